from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.get_inbound_shipment_labels_format_type import (
    GetInboundShipmentLabelsFormatType,
)
from ...models.get_inbound_shipment_labels_page_type import (
    GetInboundShipmentLabelsPageType,
)
from ...models.shipment_labels import ShipmentLabels
from ...types import UNSET, Response, Unset


def _get_kwargs(
    shipment_id: str,
    *,
    page_type: GetInboundShipmentLabelsPageType | Unset = UNSET,
    format_type: GetInboundShipmentLabelsFormatType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_page_type: str | Unset = UNSET
    if not isinstance(page_type, Unset):
        json_page_type = page_type.value

    params["pageType"] = json_page_type

    json_format_type: str | Unset = UNSET
    if not isinstance(format_type, Unset):
        json_format_type = format_type.value

    params["formatType"] = json_format_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/awd/2024-05-09/inboundShipments/{shipment_id}/labels".format(
            shipment_id=quote(str(shipment_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | ShipmentLabels | None:
    if response.status_code == 200:
        response_200 = ShipmentLabels.from_dict(response.json())

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
) -> Response[ErrorList | ShipmentLabels]:
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
    page_type: GetInboundShipmentLabelsPageType | Unset = UNSET,
    format_type: GetInboundShipmentLabelsFormatType | Unset = UNSET,
) -> Response[ErrorList | ShipmentLabels]:
    """GET /awd/2024-05-09/inboundShipments/{shipmentId}/labels

    Rate limit: 1 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getinboundshipmentlabels

    Args:
        shipment_id (str):
        page_type (GetInboundShipmentLabelsPageType | Unset):
        format_type (GetInboundShipmentLabelsFormatType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ShipmentLabels]
    """

    kwargs = _get_kwargs(
        shipment_id=shipment_id,
        page_type=page_type,
        format_type=format_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_type: GetInboundShipmentLabelsPageType | Unset = UNSET,
    format_type: GetInboundShipmentLabelsFormatType | Unset = UNSET,
) -> ErrorList | ShipmentLabels | None:
    """GET /awd/2024-05-09/inboundShipments/{shipmentId}/labels

    Rate limit: 1 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getinboundshipmentlabels

    Args:
        shipment_id (str):
        page_type (GetInboundShipmentLabelsPageType | Unset):
        format_type (GetInboundShipmentLabelsFormatType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ShipmentLabels
    """

    return sync_detailed(
        shipment_id=shipment_id,
        client=client,
        page_type=page_type,
        format_type=format_type,
    ).parsed


async def asyncio_detailed(
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_type: GetInboundShipmentLabelsPageType | Unset = UNSET,
    format_type: GetInboundShipmentLabelsFormatType | Unset = UNSET,
) -> Response[ErrorList | ShipmentLabels]:
    """GET /awd/2024-05-09/inboundShipments/{shipmentId}/labels

    Rate limit: 1 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getinboundshipmentlabels

    Args:
        shipment_id (str):
        page_type (GetInboundShipmentLabelsPageType | Unset):
        format_type (GetInboundShipmentLabelsFormatType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ShipmentLabels]
    """

    kwargs = _get_kwargs(
        shipment_id=shipment_id,
        page_type=page_type,
        format_type=format_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_type: GetInboundShipmentLabelsPageType | Unset = UNSET,
    format_type: GetInboundShipmentLabelsFormatType | Unset = UNSET,
) -> ErrorList | ShipmentLabels | None:
    """GET /awd/2024-05-09/inboundShipments/{shipmentId}/labels

    Rate limit: 1 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getinboundshipmentlabels

    Args:
        shipment_id (str):
        page_type (GetInboundShipmentLabelsPageType | Unset):
        format_type (GetInboundShipmentLabelsFormatType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ShipmentLabels
    """

    return (
        await asyncio_detailed(
            shipment_id=shipment_id,
            client=client,
            page_type=page_type,
            format_type=format_type,
        )
    ).parsed
