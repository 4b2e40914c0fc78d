from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.confirm_shipment_error_response import ConfirmShipmentErrorResponse
from ...models.confirm_shipment_request import ConfirmShipmentRequest
from ...types import Response


def _get_kwargs(
    order_id: str,
    *,
    body: ConfirmShipmentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/orders/v0/orders/{order_id}/shipmentConfirmation".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ConfirmShipmentErrorResponse | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = ConfirmShipmentErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ConfirmShipmentErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ConfirmShipmentErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ConfirmShipmentErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ConfirmShipmentErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ConfirmShipmentErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ConfirmShipmentErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ConfirmShipmentErrorResponse]:
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
    body: ConfirmShipmentRequest,
) -> Response[Any | ConfirmShipmentErrorResponse]:
    """POST /orders/v0/orders/{orderId}/shipmentConfirmation

    Rate limit: 2 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/confirmshipment

    Args:
        order_id (str):
        body (ConfirmShipmentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ConfirmShipmentErrorResponse]
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
    body: ConfirmShipmentRequest,
) -> Any | ConfirmShipmentErrorResponse | None:
    """POST /orders/v0/orders/{orderId}/shipmentConfirmation

    Rate limit: 2 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/confirmshipment

    Args:
        order_id (str):
        body (ConfirmShipmentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ConfirmShipmentErrorResponse
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
    body: ConfirmShipmentRequest,
) -> Response[Any | ConfirmShipmentErrorResponse]:
    """POST /orders/v0/orders/{orderId}/shipmentConfirmation

    Rate limit: 2 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/confirmshipment

    Args:
        order_id (str):
        body (ConfirmShipmentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ConfirmShipmentErrorResponse]
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
    body: ConfirmShipmentRequest,
) -> Any | ConfirmShipmentErrorResponse | None:
    """POST /orders/v0/orders/{orderId}/shipmentConfirmation

    Rate limit: 2 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/confirmshipment

    Args:
        order_id (str):
        body (ConfirmShipmentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ConfirmShipmentErrorResponse
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            body=body,
        )
    ).parsed
