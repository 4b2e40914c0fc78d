from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_order_items_buyer_info_response import GetOrderItemsBuyerInfoResponse
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
        "url": "/orders/v0/orders/{order_id}/orderItems/buyerInfo".format(
            order_id=quote(str(order_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetOrderItemsBuyerInfoResponse | None:
    if response.status_code == 200:
        response_200 = GetOrderItemsBuyerInfoResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetOrderItemsBuyerInfoResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = GetOrderItemsBuyerInfoResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetOrderItemsBuyerInfoResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetOrderItemsBuyerInfoResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetOrderItemsBuyerInfoResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetOrderItemsBuyerInfoResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetOrderItemsBuyerInfoResponse]:
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
) -> Response[GetOrderItemsBuyerInfoResponse]:
    """GET /orders/v0/orders/{orderId}/orderItems/buyerInfo

    Rate limit: 0.5 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getorderitemsbuyerinfo

    Args:
        order_id (str):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetOrderItemsBuyerInfoResponse]
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
) -> GetOrderItemsBuyerInfoResponse | None:
    """GET /orders/v0/orders/{orderId}/orderItems/buyerInfo

    Rate limit: 0.5 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getorderitemsbuyerinfo

    Args:
        order_id (str):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetOrderItemsBuyerInfoResponse
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
) -> Response[GetOrderItemsBuyerInfoResponse]:
    """GET /orders/v0/orders/{orderId}/orderItems/buyerInfo

    Rate limit: 0.5 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getorderitemsbuyerinfo

    Args:
        order_id (str):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetOrderItemsBuyerInfoResponse]
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
) -> GetOrderItemsBuyerInfoResponse | None:
    """GET /orders/v0/orders/{orderId}/orderItems/buyerInfo

    Rate limit: 0.5 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getorderitemsbuyerinfo

    Args:
        order_id (str):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetOrderItemsBuyerInfoResponse
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            next_token=next_token,
        )
    ).parsed
