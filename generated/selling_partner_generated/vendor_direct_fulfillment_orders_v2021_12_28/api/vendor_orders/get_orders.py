import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.get_orders_sort_order import GetOrdersSortOrder
from ...models.get_orders_status import GetOrdersStatus
from ...models.order_list import OrderList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    ship_from_party_id: str | Unset = UNSET,
    status: GetOrdersStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    created_after: datetime.datetime,
    created_before: datetime.datetime,
    sort_order: GetOrdersSortOrder | Unset = UNSET,
    next_token: str | Unset = UNSET,
    include_details: str | Unset = "true",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["shipFromPartyId"] = ship_from_party_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["limit"] = limit

    json_created_after = created_after.isoformat()
    params["createdAfter"] = json_created_after

    json_created_before = created_before.isoformat()
    params["createdBefore"] = json_created_before

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    params["nextToken"] = next_token

    params["includeDetails"] = include_details

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/vendor/directFulfillment/orders/2021-12-28/purchaseOrders",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | OrderList | None:
    if response.status_code == 200:
        response_200 = OrderList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorList.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorList.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorList.from_dict(response.json())

        return response_404

    if response.status_code == 415:
        response_415 = ErrorList.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = ErrorList.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorList.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorList.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorList | OrderList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    ship_from_party_id: str | Unset = UNSET,
    status: GetOrdersStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    created_after: datetime.datetime,
    created_before: datetime.datetime,
    sort_order: GetOrdersSortOrder | Unset = UNSET,
    next_token: str | Unset = UNSET,
    include_details: str | Unset = "true",
) -> Response[ErrorList | OrderList]:
    """GET /vendor/directFulfillment/orders/2021-12-28/purchaseOrders

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getorders

    Args:
        ship_from_party_id (str | Unset):
        status (GetOrdersStatus | Unset):
        limit (int | Unset):
        created_after (datetime.datetime):
        created_before (datetime.datetime):
        sort_order (GetOrdersSortOrder | Unset):
        next_token (str | Unset):
        include_details (str | Unset):  Default: 'true'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | OrderList]
    """

    kwargs = _get_kwargs(
        ship_from_party_id=ship_from_party_id,
        status=status,
        limit=limit,
        created_after=created_after,
        created_before=created_before,
        sort_order=sort_order,
        next_token=next_token,
        include_details=include_details,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    ship_from_party_id: str | Unset = UNSET,
    status: GetOrdersStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    created_after: datetime.datetime,
    created_before: datetime.datetime,
    sort_order: GetOrdersSortOrder | Unset = UNSET,
    next_token: str | Unset = UNSET,
    include_details: str | Unset = "true",
) -> ErrorList | OrderList | None:
    """GET /vendor/directFulfillment/orders/2021-12-28/purchaseOrders

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getorders

    Args:
        ship_from_party_id (str | Unset):
        status (GetOrdersStatus | Unset):
        limit (int | Unset):
        created_after (datetime.datetime):
        created_before (datetime.datetime):
        sort_order (GetOrdersSortOrder | Unset):
        next_token (str | Unset):
        include_details (str | Unset):  Default: 'true'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | OrderList
    """

    return sync_detailed(
        client=client,
        ship_from_party_id=ship_from_party_id,
        status=status,
        limit=limit,
        created_after=created_after,
        created_before=created_before,
        sort_order=sort_order,
        next_token=next_token,
        include_details=include_details,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ship_from_party_id: str | Unset = UNSET,
    status: GetOrdersStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    created_after: datetime.datetime,
    created_before: datetime.datetime,
    sort_order: GetOrdersSortOrder | Unset = UNSET,
    next_token: str | Unset = UNSET,
    include_details: str | Unset = "true",
) -> Response[ErrorList | OrderList]:
    """GET /vendor/directFulfillment/orders/2021-12-28/purchaseOrders

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getorders

    Args:
        ship_from_party_id (str | Unset):
        status (GetOrdersStatus | Unset):
        limit (int | Unset):
        created_after (datetime.datetime):
        created_before (datetime.datetime):
        sort_order (GetOrdersSortOrder | Unset):
        next_token (str | Unset):
        include_details (str | Unset):  Default: 'true'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | OrderList]
    """

    kwargs = _get_kwargs(
        ship_from_party_id=ship_from_party_id,
        status=status,
        limit=limit,
        created_after=created_after,
        created_before=created_before,
        sort_order=sort_order,
        next_token=next_token,
        include_details=include_details,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    ship_from_party_id: str | Unset = UNSET,
    status: GetOrdersStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    created_after: datetime.datetime,
    created_before: datetime.datetime,
    sort_order: GetOrdersSortOrder | Unset = UNSET,
    next_token: str | Unset = UNSET,
    include_details: str | Unset = "true",
) -> ErrorList | OrderList | None:
    """GET /vendor/directFulfillment/orders/2021-12-28/purchaseOrders

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getorders

    Args:
        ship_from_party_id (str | Unset):
        status (GetOrdersStatus | Unset):
        limit (int | Unset):
        created_after (datetime.datetime):
        created_before (datetime.datetime):
        sort_order (GetOrdersSortOrder | Unset):
        next_token (str | Unset):
        include_details (str | Unset):  Default: 'true'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | OrderList
    """

    return (
        await asyncio_detailed(
            client=client,
            ship_from_party_id=ship_from_party_id,
            status=status,
            limit=limit,
            created_after=created_after,
            created_before=created_before,
            sort_order=sort_order,
            next_token=next_token,
            include_details=include_details,
        )
    ).parsed
