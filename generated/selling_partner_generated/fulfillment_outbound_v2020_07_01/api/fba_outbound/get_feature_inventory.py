import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_feature_inventory_response import GetFeatureInventoryResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    feature_name: str,
    *,
    marketplace_id: str,
    next_token: str | Unset = UNSET,
    query_start_date: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["marketplaceId"] = marketplace_id

    params["nextToken"] = next_token

    json_query_start_date: str | Unset = UNSET
    if not isinstance(query_start_date, Unset):
        json_query_start_date = query_start_date.isoformat()
    params["queryStartDate"] = json_query_start_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fba/outbound/2020-07-01/features/inventory/{feature_name}".format(
            feature_name=quote(str(feature_name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetFeatureInventoryResponse | None:
    if response.status_code == 200:
        response_200 = GetFeatureInventoryResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetFeatureInventoryResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetFeatureInventoryResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetFeatureInventoryResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetFeatureInventoryResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetFeatureInventoryResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetFeatureInventoryResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetFeatureInventoryResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetFeatureInventoryResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    feature_name: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
    next_token: str | Unset = UNSET,
    query_start_date: datetime.datetime | Unset = UNSET,
) -> Response[GetFeatureInventoryResponse]:
    """GET /fba/outbound/2020-07-01/features/inventory/{featureName}

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getfeatureinventory

    Args:
        feature_name (str):
        marketplace_id (str):
        next_token (str | Unset):
        query_start_date (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetFeatureInventoryResponse]
    """

    kwargs = _get_kwargs(
        feature_name=feature_name,
        marketplace_id=marketplace_id,
        next_token=next_token,
        query_start_date=query_start_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    feature_name: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
    next_token: str | Unset = UNSET,
    query_start_date: datetime.datetime | Unset = UNSET,
) -> GetFeatureInventoryResponse | None:
    """GET /fba/outbound/2020-07-01/features/inventory/{featureName}

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getfeatureinventory

    Args:
        feature_name (str):
        marketplace_id (str):
        next_token (str | Unset):
        query_start_date (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetFeatureInventoryResponse
    """

    return sync_detailed(
        feature_name=feature_name,
        client=client,
        marketplace_id=marketplace_id,
        next_token=next_token,
        query_start_date=query_start_date,
    ).parsed


async def asyncio_detailed(
    feature_name: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
    next_token: str | Unset = UNSET,
    query_start_date: datetime.datetime | Unset = UNSET,
) -> Response[GetFeatureInventoryResponse]:
    """GET /fba/outbound/2020-07-01/features/inventory/{featureName}

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getfeatureinventory

    Args:
        feature_name (str):
        marketplace_id (str):
        next_token (str | Unset):
        query_start_date (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetFeatureInventoryResponse]
    """

    kwargs = _get_kwargs(
        feature_name=feature_name,
        marketplace_id=marketplace_id,
        next_token=next_token,
        query_start_date=query_start_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    feature_name: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
    next_token: str | Unset = UNSET,
    query_start_date: datetime.datetime | Unset = UNSET,
) -> GetFeatureInventoryResponse | None:
    """GET /fba/outbound/2020-07-01/features/inventory/{featureName}

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getfeatureinventory

    Args:
        feature_name (str):
        marketplace_id (str):
        next_token (str | Unset):
        query_start_date (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetFeatureInventoryResponse
    """

    return (
        await asyncio_detailed(
            feature_name=feature_name,
            client=client,
            marketplace_id=marketplace_id,
            next_token=next_token,
            query_start_date=query_start_date,
        )
    ).parsed
