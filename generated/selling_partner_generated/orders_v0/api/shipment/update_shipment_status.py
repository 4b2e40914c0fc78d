from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_shipment_status_error_response import (
    UpdateShipmentStatusErrorResponse,
)
from ...models.update_shipment_status_request import UpdateShipmentStatusRequest
from ...types import Response


def _get_kwargs(
    order_id: str,
    *,
    body: UpdateShipmentStatusRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/orders/v0/orders/{order_id}/shipment".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | UpdateShipmentStatusErrorResponse | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = UpdateShipmentStatusErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = UpdateShipmentStatusErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = UpdateShipmentStatusErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = UpdateShipmentStatusErrorResponse.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = UpdateShipmentStatusErrorResponse.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = UpdateShipmentStatusErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = UpdateShipmentStatusErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = UpdateShipmentStatusErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | UpdateShipmentStatusErrorResponse]:
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
    body: UpdateShipmentStatusRequest,
) -> Response[Any | UpdateShipmentStatusErrorResponse]:
    """POST /orders/v0/orders/{orderId}/shipment

    Rate limit: 5 requests/second, burst 15.

    Reference: https://developer-docs.amazon.com/sp-api/reference/updateshipmentstatus

    Args:
        order_id (str):
        body (UpdateShipmentStatusRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateShipmentStatusErrorResponse]
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
    body: UpdateShipmentStatusRequest,
) -> Any | UpdateShipmentStatusErrorResponse | None:
    """POST /orders/v0/orders/{orderId}/shipment

    Rate limit: 5 requests/second, burst 15.

    Reference: https://developer-docs.amazon.com/sp-api/reference/updateshipmentstatus

    Args:
        order_id (str):
        body (UpdateShipmentStatusRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateShipmentStatusErrorResponse
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
    body: UpdateShipmentStatusRequest,
) -> Response[Any | UpdateShipmentStatusErrorResponse]:
    """POST /orders/v0/orders/{orderId}/shipment

    Rate limit: 5 requests/second, burst 15.

    Reference: https://developer-docs.amazon.com/sp-api/reference/updateshipmentstatus

    Args:
        order_id (str):
        body (UpdateShipmentStatusRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateShipmentStatusErrorResponse]
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
    body: UpdateShipmentStatusRequest,
) -> Any | UpdateShipmentStatusErrorResponse | None:
    """POST /orders/v0/orders/{orderId}/shipment

    Rate limit: 5 requests/second, burst 15.

    Reference: https://developer-docs.amazon.com/sp-api/reference/updateshipmentstatus

    Args:
        order_id (str):
        body (UpdateShipmentStatusRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateShipmentStatusErrorResponse
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            body=body,
        )
    ).parsed
