import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.list_inbound_shipments_shipment_status import (
    ListInboundShipmentsShipmentStatus,
)
from ...models.list_inbound_shipments_sort_by import ListInboundShipmentsSortBy
from ...models.list_inbound_shipments_sort_order import ListInboundShipmentsSortOrder
from ...models.shipment_listing import ShipmentListing
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    sort_by: ListInboundShipmentsSortBy | Unset = UNSET,
    sort_order: ListInboundShipmentsSortOrder | Unset = UNSET,
    shipment_status: ListInboundShipmentsShipmentStatus | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    updated_before: datetime.datetime | Unset = UNSET,
    max_results: int | Unset = 25,
    next_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sortBy"] = json_sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    json_shipment_status: str | Unset = UNSET
    if not isinstance(shipment_status, Unset):
        json_shipment_status = shipment_status.value

    params["shipmentStatus"] = json_shipment_status

    json_updated_after: str | Unset = UNSET
    if not isinstance(updated_after, Unset):
        json_updated_after = updated_after.isoformat()
    params["updatedAfter"] = json_updated_after

    json_updated_before: str | Unset = UNSET
    if not isinstance(updated_before, Unset):
        json_updated_before = updated_before.isoformat()
    params["updatedBefore"] = json_updated_before

    params["maxResults"] = max_results

    params["nextToken"] = next_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/awd/2024-05-09/inboundShipments",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | ShipmentListing | None:
    if response.status_code == 200:
        response_200 = ShipmentListing.from_dict(response.json())

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
) -> Response[ErrorList | ShipmentListing]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    sort_by: ListInboundShipmentsSortBy | Unset = UNSET,
    sort_order: ListInboundShipmentsSortOrder | Unset = UNSET,
    shipment_status: ListInboundShipmentsShipmentStatus | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    updated_before: datetime.datetime | Unset = UNSET,
    max_results: int | Unset = 25,
    next_token: str | Unset = UNSET,
) -> Response[ErrorList | ShipmentListing]:
    """GET /awd/2024-05-09/inboundShipments

    Rate limit: 1 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listinboundshipments

    Args:
        sort_by (ListInboundShipmentsSortBy | Unset):
        sort_order (ListInboundShipmentsSortOrder | Unset):
        shipment_status (ListInboundShipmentsShipmentStatus | Unset):
        updated_after (datetime.datetime | Unset):
        updated_before (datetime.datetime | Unset):
        max_results (int | Unset):  Default: 25.
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ShipmentListing]
    """

    kwargs = _get_kwargs(
        sort_by=sort_by,
        sort_order=sort_order,
        shipment_status=shipment_status,
        updated_after=updated_after,
        updated_before=updated_before,
        max_results=max_results,
        next_token=next_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    sort_by: ListInboundShipmentsSortBy | Unset = UNSET,
    sort_order: ListInboundShipmentsSortOrder | Unset = UNSET,
    shipment_status: ListInboundShipmentsShipmentStatus | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    updated_before: datetime.datetime | Unset = UNSET,
    max_results: int | Unset = 25,
    next_token: str | Unset = UNSET,
) -> ErrorList | ShipmentListing | None:
    """GET /awd/2024-05-09/inboundShipments

    Rate limit: 1 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listinboundshipments

    Args:
        sort_by (ListInboundShipmentsSortBy | Unset):
        sort_order (ListInboundShipmentsSortOrder | Unset):
        shipment_status (ListInboundShipmentsShipmentStatus | Unset):
        updated_after (datetime.datetime | Unset):
        updated_before (datetime.datetime | Unset):
        max_results (int | Unset):  Default: 25.
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ShipmentListing
    """

    return sync_detailed(
        client=client,
        sort_by=sort_by,
        sort_order=sort_order,
        shipment_status=shipment_status,
        updated_after=updated_after,
        updated_before=updated_before,
        max_results=max_results,
        next_token=next_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    sort_by: ListInboundShipmentsSortBy | Unset = UNSET,
    sort_order: ListInboundShipmentsSortOrder | Unset = UNSET,
    shipment_status: ListInboundShipmentsShipmentStatus | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    updated_before: datetime.datetime | Unset = UNSET,
    max_results: int | Unset = 25,
    next_token: str | Unset = UNSET,
) -> Response[ErrorList | ShipmentListing]:
    """GET /awd/2024-05-09/inboundShipments

    Rate limit: 1 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listinboundshipments

    Args:
        sort_by (ListInboundShipmentsSortBy | Unset):
        sort_order (ListInboundShipmentsSortOrder | Unset):
        shipment_status (ListInboundShipmentsShipmentStatus | Unset):
        updated_after (datetime.datetime | Unset):
        updated_before (datetime.datetime | Unset):
        max_results (int | Unset):  Default: 25.
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ShipmentListing]
    """

    kwargs = _get_kwargs(
        sort_by=sort_by,
        sort_order=sort_order,
        shipment_status=shipment_status,
        updated_after=updated_after,
        updated_before=updated_before,
        max_results=max_results,
        next_token=next_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    sort_by: ListInboundShipmentsSortBy | Unset = UNSET,
    sort_order: ListInboundShipmentsSortOrder | Unset = UNSET,
    shipment_status: ListInboundShipmentsShipmentStatus | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    updated_before: datetime.datetime | Unset = UNSET,
    max_results: int | Unset = 25,
    next_token: str | Unset = UNSET,
) -> ErrorList | ShipmentListing | None:
    """GET /awd/2024-05-09/inboundShipments

    Rate limit: 1 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listinboundshipments

    Args:
        sort_by (ListInboundShipmentsSortBy | Unset):
        sort_order (ListInboundShipmentsSortOrder | Unset):
        shipment_status (ListInboundShipmentsShipmentStatus | Unset):
        updated_after (datetime.datetime | Unset):
        updated_before (datetime.datetime | Unset):
        max_results (int | Unset):  Default: 25.
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ShipmentListing
    """

    return (
        await asyncio_detailed(
            client=client,
            sort_by=sort_by,
            sort_order=sort_order,
            shipment_status=shipment_status,
            updated_after=updated_after,
            updated_before=updated_before,
            max_results=max_results,
            next_token=next_token,
        )
    ).parsed
