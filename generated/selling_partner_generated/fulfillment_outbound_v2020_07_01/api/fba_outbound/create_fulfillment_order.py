from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_fulfillment_order_request import CreateFulfillmentOrderRequest
from ...models.create_fulfillment_order_response import CreateFulfillmentOrderResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateFulfillmentOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fba/outbound/2020-07-01/fulfillmentOrders",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateFulfillmentOrderResponse | None:
    if response.status_code == 200:
        response_200 = CreateFulfillmentOrderResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateFulfillmentOrderResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateFulfillmentOrderResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateFulfillmentOrderResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = CreateFulfillmentOrderResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = CreateFulfillmentOrderResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = CreateFulfillmentOrderResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = CreateFulfillmentOrderResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateFulfillmentOrderResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFulfillmentOrderRequest,
) -> Response[CreateFulfillmentOrderResponse]:
    """POST /fba/outbound/2020-07-01/fulfillmentOrders

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/createfulfillmentorder

    Args:
        body (CreateFulfillmentOrderRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateFulfillmentOrderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFulfillmentOrderRequest,
) -> CreateFulfillmentOrderResponse | None:
    """POST /fba/outbound/2020-07-01/fulfillmentOrders

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/createfulfillmentorder

    Args:
        body (CreateFulfillmentOrderRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateFulfillmentOrderResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFulfillmentOrderRequest,
) -> Response[CreateFulfillmentOrderResponse]:
    """POST /fba/outbound/2020-07-01/fulfillmentOrders

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/createfulfillmentorder

    Args:
        body (CreateFulfillmentOrderRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateFulfillmentOrderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFulfillmentOrderRequest,
) -> CreateFulfillmentOrderResponse | None:
    """POST /fba/outbound/2020-07-01/fulfillmentOrders

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/createfulfillmentorder

    Args:
        body (CreateFulfillmentOrderRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateFulfillmentOrderResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
