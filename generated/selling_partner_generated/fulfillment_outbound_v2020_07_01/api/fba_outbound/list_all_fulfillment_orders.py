import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_all_fulfillment_orders_response import (
    ListAllFulfillmentOrdersResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    query_start_date: datetime.datetime | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_query_start_date: str | Unset = UNSET
    if not isinstance(query_start_date, Unset):
        json_query_start_date = query_start_date.isoformat()
    params["queryStartDate"] = json_query_start_date

    params["nextToken"] = next_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fba/outbound/2020-07-01/fulfillmentOrders",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListAllFulfillmentOrdersResponse | None:
    if response.status_code == 200:
        response_200 = ListAllFulfillmentOrdersResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListAllFulfillmentOrdersResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListAllFulfillmentOrdersResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListAllFulfillmentOrdersResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ListAllFulfillmentOrdersResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ListAllFulfillmentOrdersResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ListAllFulfillmentOrdersResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ListAllFulfillmentOrdersResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListAllFulfillmentOrdersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    query_start_date: datetime.datetime | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> Response[ListAllFulfillmentOrdersResponse]:
    """GET /fba/outbound/2020-07-01/fulfillmentOrders

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listallfulfillmentorders

    Args:
        query_start_date (datetime.datetime | Unset):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAllFulfillmentOrdersResponse]
    """

    kwargs = _get_kwargs(
        query_start_date=query_start_date,
        next_token=next_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    query_start_date: datetime.datetime | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> ListAllFulfillmentOrdersResponse | None:
    """GET /fba/outbound/2020-07-01/fulfillmentOrders

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listallfulfillmentorders

    Args:
        query_start_date (datetime.datetime | Unset):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAllFulfillmentOrdersResponse
    """

    return sync_detailed(
        client=client,
        query_start_date=query_start_date,
        next_token=next_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    query_start_date: datetime.datetime | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> Response[ListAllFulfillmentOrdersResponse]:
    """GET /fba/outbound/2020-07-01/fulfillmentOrders

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listallfulfillmentorders

    Args:
        query_start_date (datetime.datetime | Unset):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAllFulfillmentOrdersResponse]
    """

    kwargs = _get_kwargs(
        query_start_date=query_start_date,
        next_token=next_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    query_start_date: datetime.datetime | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> ListAllFulfillmentOrdersResponse | None:
    """GET /fba/outbound/2020-07-01/fulfillmentOrders

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listallfulfillmentorders

    Args:
        query_start_date (datetime.datetime | Unset):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAllFulfillmentOrdersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            query_start_date=query_start_date,
            next_token=next_token,
        )
    ).parsed
