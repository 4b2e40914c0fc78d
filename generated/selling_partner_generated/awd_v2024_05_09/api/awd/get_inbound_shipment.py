from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.get_inbound_shipment_sku_quantities import (
    GetInboundShipmentSkuQuantities,
)
from ...models.inbound_shipment import InboundShipment
from ...types import UNSET, Response, Unset


def _get_kwargs(
    shipment_id: str,
    *,
    sku_quantities: GetInboundShipmentSkuQuantities | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_sku_quantities: str | Unset = UNSET
    if not isinstance(sku_quantities, Unset):
        json_sku_quantities = sku_quantities.value

    params["skuQuantities"] = json_sku_quantities

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/awd/2024-05-09/inboundShipments/{shipment_id}".format(
            shipment_id=quote(str(shipment_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | InboundShipment | None:
    if response.status_code == 200:
        response_200 = InboundShipment.from_dict(response.json())

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
) -> Response[ErrorList | InboundShipment]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
    sku_quantities: GetInboundShipmentSkuQuantities | Unset = UNSET,
) -> Response[ErrorList | InboundShipment]:
    """GET /awd/2024-05-09/inboundShipments/{shipmentId}

    Rate limit: 2 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getinboundshipment

    Args:
        shipment_id (str):
        sku_quantities (GetInboundShipmentSkuQuantities | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | InboundShipment]
    """

    kwargs = _get_kwargs(
        shipment_id=shipment_id,
        sku_quantities=sku_quantities,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
    sku_quantities: GetInboundShipmentSkuQuantities | Unset = UNSET,
) -> ErrorList | InboundShipment | None:
    """GET /awd/2024-05-09/inboundShipments/{shipmentId}

    Rate limit: 2 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getinboundshipment

    Args:
        shipment_id (str):
        sku_quantities (GetInboundShipmentSkuQuantities | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | InboundShipment
    """

    return sync_detailed(
        shipment_id=shipment_id,
        client=client,
        sku_quantities=sku_quantities,
    ).parsed


async def asyncio_detailed(
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
    sku_quantities: GetInboundShipmentSkuQuantities | Unset = UNSET,
) -> Response[ErrorList | InboundShipment]:
    """GET /awd/2024-05-09/inboundShipments/{shipmentId}

    Rate limit: 2 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getinboundshipment

    Args:
        shipment_id (str):
        sku_quantities (GetInboundShipmentSkuQuantities | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | InboundShipment]
    """

    kwargs = _get_kwargs(
        shipment_id=shipment_id,
        sku_quantities=sku_quantities,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
    sku_quantities: GetInboundShipmentSkuQuantities | Unset = UNSET,
) -> ErrorList | InboundShipment | None:
    """GET /awd/2024-05-09/inboundShipments/{shipmentId}

    Rate limit: 2 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getinboundshipment

    Args:
        shipment_id (str):
        sku_quantities (GetInboundShipmentSkuQuantities | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | InboundShipment
    """

    return (
        await asyncio_detailed(
            shipment_id=shipment_id,
            client=client,
            sku_quantities=sku_quantities,
        )
    ).parsed
