from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.outbound_order import OutboundOrder
from ...models.outbound_order_reference import OutboundOrderReference
from ...types import Response


def _get_kwargs(
    order_id: str,
    *,
    body: OutboundOrder,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/awd/2024-05-09/outboundOrders/{order_id}".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | OutboundOrderReference | None:
    if response.status_code == 200:
        response_200 = OutboundOrderReference.from_dict(response.json())

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

    if response.status_code == 413:
        response_413 = ErrorList.from_dict(response.json())

        return response_413

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
) -> Response[ErrorList | OutboundOrderReference]:
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
    body: OutboundOrder,
) -> Response[ErrorList | OutboundOrderReference]:
    """PUT /awd/2024-05-09/outboundOrders/{orderId}

    Rate limit: 1 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/updateoutbound

    Args:
        order_id (str):
        body (OutboundOrder):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | OutboundOrderReference]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OutboundOrder,
) -> ErrorList | OutboundOrderReference | None:
    """PUT /awd/2024-05-09/outboundOrders/{orderId}

    Rate limit: 1 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/updateoutbound

    Args:
        order_id (str):
        body (OutboundOrder):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | OutboundOrderReference
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OutboundOrder,
) -> Response[ErrorList | OutboundOrderReference]:
    """PUT /awd/2024-05-09/outboundOrders/{orderId}

    Rate limit: 1 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/updateoutbound

    Args:
        order_id (str):
        body (OutboundOrder):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | OutboundOrderReference]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OutboundOrder,
) -> ErrorList | OutboundOrderReference | None:
    """PUT /awd/2024-05-09/outboundOrders/{orderId}

    Rate limit: 1 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/updateoutbound

    Args:
        order_id (str):
        body (OutboundOrder):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | OutboundOrderReference
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            body=body,
        )
    ).parsed
