import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_inventory_summaries_granularity_type import (
    GetInventorySummariesGranularityType,
)
from ...models.get_inventory_summaries_response import GetInventorySummariesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    details: bool | Unset = False,
    granularity_type: GetInventorySummariesGranularityType,
    granularity_id: str,
    start_date_time: datetime.datetime | Unset = UNSET,
    seller_skus: list[str] | Unset = UNSET,
    seller_sku: str | Unset = UNSET,
    next_token: str | Unset = UNSET,
    marketplace_ids: list[str],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["details"] = details

    json_granularity_type = granularity_type.value
    params["granularityType"] = json_granularity_type

    params["granularityId"] = granularity_id

    json_start_date_time: str | Unset = UNSET
    if not isinstance(start_date_time, Unset):
        json_start_date_time = start_date_time.isoformat()
    params["startDateTime"] = json_start_date_time

    json_seller_skus: list[str] | Unset = UNSET
    if not isinstance(seller_skus, Unset):
        json_seller_skus = seller_skus

    params["sellerSkus"] = json_seller_skus

    params["sellerSku"] = seller_sku

    params["nextToken"] = next_token

    json_marketplace_ids = marketplace_ids

    params["marketplaceIds"] = json_marketplace_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fba/inventory/v1/summaries",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetInventorySummariesResponse | None:
    if response.status_code == 200:
        response_200 = GetInventorySummariesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetInventorySummariesResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = GetInventorySummariesResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetInventorySummariesResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetInventorySummariesResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetInventorySummariesResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetInventorySummariesResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetInventorySummariesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    details: bool | Unset = False,
    granularity_type: GetInventorySummariesGranularityType,
    granularity_id: str,
    start_date_time: datetime.datetime | Unset = UNSET,
    seller_skus: list[str] | Unset = UNSET,
    seller_sku: str | Unset = UNSET,
    next_token: str | Unset = UNSET,
    marketplace_ids: list[str],
) -> Response[GetInventorySummariesResponse]:
    """GET /fba/inventory/v1/summaries

    Rate limit: 2 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getinventorysummaries

    Args:
        details (bool | Unset):  Default: False.
        granularity_type (GetInventorySummariesGranularityType):
        granularity_id (str):
        start_date_time (datetime.datetime | Unset):
        seller_skus (list[str] | Unset):
        seller_sku (str | Unset):
        next_token (str | Unset):
        marketplace_ids (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetInventorySummariesResponse]
    """

    kwargs = _get_kwargs(
        details=details,
        granularity_type=granularity_type,
        granularity_id=granularity_id,
        start_date_time=start_date_time,
        seller_skus=seller_skus,
        seller_sku=seller_sku,
        next_token=next_token,
        marketplace_ids=marketplace_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    details: bool | Unset = False,
    granularity_type: GetInventorySummariesGranularityType,
    granularity_id: str,
    start_date_time: datetime.datetime | Unset = UNSET,
    seller_skus: list[str] | Unset = UNSET,
    seller_sku: str | Unset = UNSET,
    next_token: str | Unset = UNSET,
    marketplace_ids: list[str],
) -> GetInventorySummariesResponse | None:
    """GET /fba/inventory/v1/summaries

    Rate limit: 2 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getinventorysummaries

    Args:
        details (bool | Unset):  Default: False.
        granularity_type (GetInventorySummariesGranularityType):
        granularity_id (str):
        start_date_time (datetime.datetime | Unset):
        seller_skus (list[str] | Unset):
        seller_sku (str | Unset):
        next_token (str | Unset):
        marketplace_ids (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetInventorySummariesResponse
    """

    return sync_detailed(
        client=client,
        details=details,
        granularity_type=granularity_type,
        granularity_id=granularity_id,
        start_date_time=start_date_time,
        seller_skus=seller_skus,
        seller_sku=seller_sku,
        next_token=next_token,
        marketplace_ids=marketplace_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    details: bool | Unset = False,
    granularity_type: GetInventorySummariesGranularityType,
    granularity_id: str,
    start_date_time: datetime.datetime | Unset = UNSET,
    seller_skus: list[str] | Unset = UNSET,
    seller_sku: str | Unset = UNSET,
    next_token: str | Unset = UNSET,
    marketplace_ids: list[str],
) -> Response[GetInventorySummariesResponse]:
    """GET /fba/inventory/v1/summaries

    Rate limit: 2 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getinventorysummaries

    Args:
        details (bool | Unset):  Default: False.
        granularity_type (GetInventorySummariesGranularityType):
        granularity_id (str):
        start_date_time (datetime.datetime | Unset):
        seller_skus (list[str] | Unset):
        seller_sku (str | Unset):
        next_token (str | Unset):
        marketplace_ids (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetInventorySummariesResponse]
    """

    kwargs = _get_kwargs(
        details=details,
        granularity_type=granularity_type,
        granularity_id=granularity_id,
        start_date_time=start_date_time,
        seller_skus=seller_skus,
        seller_sku=seller_sku,
        next_token=next_token,
        marketplace_ids=marketplace_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    details: bool | Unset = False,
    granularity_type: GetInventorySummariesGranularityType,
    granularity_id: str,
    start_date_time: datetime.datetime | Unset = UNSET,
    seller_skus: list[str] | Unset = UNSET,
    seller_sku: str | Unset = UNSET,
    next_token: str | Unset = UNSET,
    marketplace_ids: list[str],
) -> GetInventorySummariesResponse | None:
    """GET /fba/inventory/v1/summaries

    Rate limit: 2 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getinventorysummaries

    Args:
        details (bool | Unset):  Default: False.
        granularity_type (GetInventorySummariesGranularityType):
        granularity_id (str):
        start_date_time (datetime.datetime | Unset):
        seller_skus (list[str] | Unset):
        seller_sku (str | Unset):
        next_token (str | Unset):
        marketplace_ids (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetInventorySummariesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            details=details,
            granularity_type=granularity_type,
            granularity_id=granularity_id,
            start_date_time=start_date_time,
            seller_skus=seller_skus,
            seller_sku=seller_sku,
            next_token=next_token,
            marketplace_ids=marketplace_ids,
        )
    ).parsed
