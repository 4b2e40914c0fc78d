from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_fulfillment_order_response import GetFulfillmentOrderResponse
from ...types import Response


def _get_kwargs(
    seller_fulfillment_order_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fba/outbound/2020-07-01/fulfillmentOrders/{seller_fulfillment_order_id}".format(
            seller_fulfillment_order_id=quote(
                str(seller_fulfillment_order_id), safe=""
            ),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetFulfillmentOrderResponse | None:
    if response.status_code == 200:
        response_200 = GetFulfillmentOrderResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetFulfillmentOrderResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetFulfillmentOrderResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetFulfillmentOrderResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetFulfillmentOrderResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetFulfillmentOrderResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetFulfillmentOrderResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetFulfillmentOrderResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetFulfillmentOrderResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    seller_fulfillment_order_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetFulfillmentOrderResponse]:
    """GET /fba/outbound/2020-07-01/fulfillmentOrders/{sellerFulfillmentOrderId}

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getfulfillmentorder

    Args:
        seller_fulfillment_order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetFulfillmentOrderResponse]
    """

    kwargs = _get_kwargs(
        seller_fulfillment_order_id=seller_fulfillment_order_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    seller_fulfillment_order_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetFulfillmentOrderResponse | None:
    """GET /fba/outbound/2020-07-01/fulfillmentOrders/{sellerFulfillmentOrderId}

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getfulfillmentorder

    Args:
        seller_fulfillment_order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetFulfillmentOrderResponse
    """

    return sync_detailed(
        seller_fulfillment_order_id=seller_fulfillment_order_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    seller_fulfillment_order_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetFulfillmentOrderResponse]:
    """GET /fba/outbound/2020-07-01/fulfillmentOrders/{sellerFulfillmentOrderId}

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getfulfillmentorder

    Args:
        seller_fulfillment_order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetFulfillmentOrderResponse]
    """

    kwargs = _get_kwargs(
        seller_fulfillment_order_id=seller_fulfillment_order_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    seller_fulfillment_order_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetFulfillmentOrderResponse | None:
    """GET /fba/outbound/2020-07-01/fulfillmentOrders/{sellerFulfillmentOrderId}

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getfulfillmentorder

    Args:
        seller_fulfillment_order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetFulfillmentOrderResponse
    """

    return (
        await asyncio_detailed(
            seller_fulfillment_order_id=seller_fulfillment_order_id,
            client=client,
        )
    ).parsed
