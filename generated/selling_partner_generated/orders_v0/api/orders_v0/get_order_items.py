from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_order_items_response import GetOrderItemsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    order_id: str,
    *,
    next_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["NextToken"] = next_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/orders/v0/orders/{order_id}/orderItems".format(
            order_id=quote(str(order_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetOrderItemsResponse | None:
    if response.status_code == 200:
        response_200 = GetOrderItemsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetOrderItemsResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = GetOrderItemsResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetOrderItemsResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetOrderItemsResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetOrderItemsResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetOrderItemsResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetOrderItemsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    next_token: str | Unset = UNSET,
) -> Response[GetOrderItemsResponse]:
    """GET /orders/v0/orders/{orderId}/orderItems

    Rate limit: 0.5 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getorderitems

    Args:
        order_id (str):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetOrderItemsResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        next_token=next_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    next_token: str | Unset = UNSET,
) -> GetOrderItemsResponse | None:
    """GET /orders/v0/orders/{orderId}/orderItems

    Rate limit: 0.5 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getorderitems

    Args:
        order_id (str):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetOrderItemsResponse
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
        next_token=next_token,
    ).parsed


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    next_token: str | Unset = UNSET,
) -> Response[GetOrderItemsResponse]:
    """GET /orders/v0/orders/{orderId}/orderItems

    Rate limit: 0.5 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getorderitems

    Args:
        order_id (str):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetOrderItemsResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        next_token=next_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    next_token: str | Unset = UNSET,
) -> GetOrderItemsResponse | None:
    """GET /orders/v0/orders/{orderId}/orderItems

    Rate limit: 0.5 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getorderitems

    Args:
        order_id (str):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetOrderItemsResponse
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            next_token=next_token,
        )
    ).parsed
