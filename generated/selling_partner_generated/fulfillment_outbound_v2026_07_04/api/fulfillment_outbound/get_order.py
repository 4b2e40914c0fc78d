from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.get_order_response import GetOrderResponse
from ...models.get_order_shipments import GetOrderShipments
from ...types import UNSET, Response, Unset


def _get_kwargs(
    order_id: str,
    *,
    shipments: GetOrderShipments | Unset = UNSET,
    x_amzn_fulfillment_service_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_amzn_fulfillment_service_id, Unset):
        headers["x-amzn-fulfillment-service-id"] = x_amzn_fulfillment_service_id

    params: dict[str, Any] = {}

    json_shipments: str | Unset = UNSET
    if not isinstance(shipments, Unset):
        json_shipments = shipments.value

    params["shipments"] = json_shipments

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fulfillment/outbound/2026-07-04/orders/{order_id}".format(
            order_id=quote(str(order_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | GetOrderResponse | None:
    if response.status_code == 200:
        response_200 = GetOrderResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorList.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorList.from_dict(response.json())

        return response_401

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
) -> Response[ErrorList | GetOrderResponse]:
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
    shipments: GetOrderShipments | Unset = UNSET,
    x_amzn_fulfillment_service_id: str | Unset = UNSET,
) -> Response[ErrorList | GetOrderResponse]:
    """GET /fulfillment/outbound/2026-07-04/orders/{orderId}

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getorder

    Args:
        order_id (str):
        shipments (GetOrderShipments | Unset):
        x_amzn_fulfillment_service_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | GetOrderResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        shipments=shipments,
        x_amzn_fulfillment_service_id=x_amzn_fulfillment_service_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    shipments: GetOrderShipments | Unset = UNSET,
    x_amzn_fulfillment_service_id: str | Unset = UNSET,
) -> ErrorList | GetOrderResponse | None:
    """GET /fulfillment/outbound/2026-07-04/orders/{orderId}

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getorder

    Args:
        order_id (str):
        shipments (GetOrderShipments | Unset):
        x_amzn_fulfillment_service_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | GetOrderResponse
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
        shipments=shipments,
        x_amzn_fulfillment_service_id=x_amzn_fulfillment_service_id,
    ).parsed


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    shipments: GetOrderShipments | Unset = UNSET,
    x_amzn_fulfillment_service_id: str | Unset = UNSET,
) -> Response[ErrorList | GetOrderResponse]:
    """GET /fulfillment/outbound/2026-07-04/orders/{orderId}

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getorder

    Args:
        order_id (str):
        shipments (GetOrderShipments | Unset):
        x_amzn_fulfillment_service_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | GetOrderResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        shipments=shipments,
        x_amzn_fulfillment_service_id=x_amzn_fulfillment_service_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    shipments: GetOrderShipments | Unset = UNSET,
    x_amzn_fulfillment_service_id: str | Unset = UNSET,
) -> ErrorList | GetOrderResponse | None:
    """GET /fulfillment/outbound/2026-07-04/orders/{orderId}

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getorder

    Args:
        order_id (str):
        shipments (GetOrderShipments | Unset):
        x_amzn_fulfillment_service_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | GetOrderResponse
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            shipments=shipments,
            x_amzn_fulfillment_service_id=x_amzn_fulfillment_service_id,
        )
    ).parsed
