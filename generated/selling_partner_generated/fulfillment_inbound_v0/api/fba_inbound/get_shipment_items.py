import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_shipment_items_query_type import GetShipmentItemsQueryType
from ...models.get_shipment_items_response import GetShipmentItemsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    last_updated_after: datetime.datetime | Unset = UNSET,
    last_updated_before: datetime.datetime | Unset = UNSET,
    query_type: GetShipmentItemsQueryType,
    next_token: str | Unset = UNSET,
    marketplace_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_last_updated_after: str | Unset = UNSET
    if not isinstance(last_updated_after, Unset):
        json_last_updated_after = last_updated_after.isoformat()
    params["LastUpdatedAfter"] = json_last_updated_after

    json_last_updated_before: str | Unset = UNSET
    if not isinstance(last_updated_before, Unset):
        json_last_updated_before = last_updated_before.isoformat()
    params["LastUpdatedBefore"] = json_last_updated_before

    json_query_type = query_type.value
    params["QueryType"] = json_query_type

    params["NextToken"] = next_token

    params["MarketplaceId"] = marketplace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fba/inbound/v0/shipmentItems",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetShipmentItemsResponse | None:
    if response.status_code == 200:
        response_200 = GetShipmentItemsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetShipmentItemsResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetShipmentItemsResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetShipmentItemsResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetShipmentItemsResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetShipmentItemsResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetShipmentItemsResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetShipmentItemsResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetShipmentItemsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    last_updated_after: datetime.datetime | Unset = UNSET,
    last_updated_before: datetime.datetime | Unset = UNSET,
    query_type: GetShipmentItemsQueryType,
    next_token: str | Unset = UNSET,
    marketplace_id: str,
) -> Response[GetShipmentItemsResponse]:
    """GET /fba/inbound/v0/shipmentItems

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getshipmentitems

    Args:
        last_updated_after (datetime.datetime | Unset):
        last_updated_before (datetime.datetime | Unset):
        query_type (GetShipmentItemsQueryType):
        next_token (str | Unset):
        marketplace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetShipmentItemsResponse]
    """

    kwargs = _get_kwargs(
        last_updated_after=last_updated_after,
        last_updated_before=last_updated_before,
        query_type=query_type,
        next_token=next_token,
        marketplace_id=marketplace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    last_updated_after: datetime.datetime | Unset = UNSET,
    last_updated_before: datetime.datetime | Unset = UNSET,
    query_type: GetShipmentItemsQueryType,
    next_token: str | Unset = UNSET,
    marketplace_id: str,
) -> GetShipmentItemsResponse | None:
    """GET /fba/inbound/v0/shipmentItems

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getshipmentitems

    Args:
        last_updated_after (datetime.datetime | Unset):
        last_updated_before (datetime.datetime | Unset):
        query_type (GetShipmentItemsQueryType):
        next_token (str | Unset):
        marketplace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetShipmentItemsResponse
    """

    return sync_detailed(
        client=client,
        last_updated_after=last_updated_after,
        last_updated_before=last_updated_before,
        query_type=query_type,
        next_token=next_token,
        marketplace_id=marketplace_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    last_updated_after: datetime.datetime | Unset = UNSET,
    last_updated_before: datetime.datetime | Unset = UNSET,
    query_type: GetShipmentItemsQueryType,
    next_token: str | Unset = UNSET,
    marketplace_id: str,
) -> Response[GetShipmentItemsResponse]:
    """GET /fba/inbound/v0/shipmentItems

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getshipmentitems

    Args:
        last_updated_after (datetime.datetime | Unset):
        last_updated_before (datetime.datetime | Unset):
        query_type (GetShipmentItemsQueryType):
        next_token (str | Unset):
        marketplace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetShipmentItemsResponse]
    """

    kwargs = _get_kwargs(
        last_updated_after=last_updated_after,
        last_updated_before=last_updated_before,
        query_type=query_type,
        next_token=next_token,
        marketplace_id=marketplace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    last_updated_after: datetime.datetime | Unset = UNSET,
    last_updated_before: datetime.datetime | Unset = UNSET,
    query_type: GetShipmentItemsQueryType,
    next_token: str | Unset = UNSET,
    marketplace_id: str,
) -> GetShipmentItemsResponse | None:
    """GET /fba/inbound/v0/shipmentItems

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getshipmentitems

    Args:
        last_updated_after (datetime.datetime | Unset):
        last_updated_before (datetime.datetime | Unset):
        query_type (GetShipmentItemsQueryType):
        next_token (str | Unset):
        marketplace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetShipmentItemsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            last_updated_after=last_updated_after,
            last_updated_before=last_updated_before,
            query_type=query_type,
            next_token=next_token,
            marketplace_id=marketplace_id,
        )
    ).parsed
