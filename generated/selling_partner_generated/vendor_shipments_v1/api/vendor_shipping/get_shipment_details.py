import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_shipment_details_response import GetShipmentDetailsResponse
from ...models.get_shipment_details_sort_order import GetShipmentDetailsSortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    sort_order: GetShipmentDetailsSortOrder | Unset = UNSET,
    next_token: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    shipment_confirmed_before: datetime.datetime | Unset = UNSET,
    shipment_confirmed_after: datetime.datetime | Unset = UNSET,
    package_label_created_before: datetime.datetime | Unset = UNSET,
    package_label_created_after: datetime.datetime | Unset = UNSET,
    shipped_before: datetime.datetime | Unset = UNSET,
    shipped_after: datetime.datetime | Unset = UNSET,
    estimated_delivery_before: datetime.datetime | Unset = UNSET,
    estimated_delivery_after: datetime.datetime | Unset = UNSET,
    shipment_delivery_before: datetime.datetime | Unset = UNSET,
    shipment_delivery_after: datetime.datetime | Unset = UNSET,
    requested_pick_up_before: datetime.datetime | Unset = UNSET,
    requested_pick_up_after: datetime.datetime | Unset = UNSET,
    scheduled_pick_up_before: datetime.datetime | Unset = UNSET,
    scheduled_pick_up_after: datetime.datetime | Unset = UNSET,
    current_shipment_status: str | Unset = UNSET,
    vendor_shipment_identifier: str | Unset = UNSET,
    buyer_reference_number: str | Unset = UNSET,
    buyer_warehouse_code: str | Unset = UNSET,
    seller_warehouse_code: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    params["nextToken"] = next_token

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = created_after.isoformat()
    params["createdAfter"] = json_created_after

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["createdBefore"] = json_created_before

    json_shipment_confirmed_before: str | Unset = UNSET
    if not isinstance(shipment_confirmed_before, Unset):
        json_shipment_confirmed_before = shipment_confirmed_before.isoformat()
    params["shipmentConfirmedBefore"] = json_shipment_confirmed_before

    json_shipment_confirmed_after: str | Unset = UNSET
    if not isinstance(shipment_confirmed_after, Unset):
        json_shipment_confirmed_after = shipment_confirmed_after.isoformat()
    params["shipmentConfirmedAfter"] = json_shipment_confirmed_after

    json_package_label_created_before: str | Unset = UNSET
    if not isinstance(package_label_created_before, Unset):
        json_package_label_created_before = package_label_created_before.isoformat()
    params["packageLabelCreatedBefore"] = json_package_label_created_before

    json_package_label_created_after: str | Unset = UNSET
    if not isinstance(package_label_created_after, Unset):
        json_package_label_created_after = package_label_created_after.isoformat()
    params["packageLabelCreatedAfter"] = json_package_label_created_after

    json_shipped_before: str | Unset = UNSET
    if not isinstance(shipped_before, Unset):
        json_shipped_before = shipped_before.isoformat()
    params["shippedBefore"] = json_shipped_before

    json_shipped_after: str | Unset = UNSET
    if not isinstance(shipped_after, Unset):
        json_shipped_after = shipped_after.isoformat()
    params["shippedAfter"] = json_shipped_after

    json_estimated_delivery_before: str | Unset = UNSET
    if not isinstance(estimated_delivery_before, Unset):
        json_estimated_delivery_before = estimated_delivery_before.isoformat()
    params["estimatedDeliveryBefore"] = json_estimated_delivery_before

    json_estimated_delivery_after: str | Unset = UNSET
    if not isinstance(estimated_delivery_after, Unset):
        json_estimated_delivery_after = estimated_delivery_after.isoformat()
    params["estimatedDeliveryAfter"] = json_estimated_delivery_after

    json_shipment_delivery_before: str | Unset = UNSET
    if not isinstance(shipment_delivery_before, Unset):
        json_shipment_delivery_before = shipment_delivery_before.isoformat()
    params["shipmentDeliveryBefore"] = json_shipment_delivery_before

    json_shipment_delivery_after: str | Unset = UNSET
    if not isinstance(shipment_delivery_after, Unset):
        json_shipment_delivery_after = shipment_delivery_after.isoformat()
    params["shipmentDeliveryAfter"] = json_shipment_delivery_after

    json_requested_pick_up_before: str | Unset = UNSET
    if not isinstance(requested_pick_up_before, Unset):
        json_requested_pick_up_before = requested_pick_up_before.isoformat()
    params["requestedPickUpBefore"] = json_requested_pick_up_before

    json_requested_pick_up_after: str | Unset = UNSET
    if not isinstance(requested_pick_up_after, Unset):
        json_requested_pick_up_after = requested_pick_up_after.isoformat()
    params["requestedPickUpAfter"] = json_requested_pick_up_after

    json_scheduled_pick_up_before: str | Unset = UNSET
    if not isinstance(scheduled_pick_up_before, Unset):
        json_scheduled_pick_up_before = scheduled_pick_up_before.isoformat()
    params["scheduledPickUpBefore"] = json_scheduled_pick_up_before

    json_scheduled_pick_up_after: str | Unset = UNSET
    if not isinstance(scheduled_pick_up_after, Unset):
        json_scheduled_pick_up_after = scheduled_pick_up_after.isoformat()
    params["scheduledPickUpAfter"] = json_scheduled_pick_up_after

    params["currentShipmentStatus"] = current_shipment_status

    params["vendorShipmentIdentifier"] = vendor_shipment_identifier

    params["buyerReferenceNumber"] = buyer_reference_number

    params["buyerWarehouseCode"] = buyer_warehouse_code

    params["sellerWarehouseCode"] = seller_warehouse_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/vendor/shipping/v1/shipments",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetShipmentDetailsResponse | None:
    if response.status_code == 200:
        response_200 = GetShipmentDetailsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetShipmentDetailsResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetShipmentDetailsResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetShipmentDetailsResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetShipmentDetailsResponse.from_dict(response.json())

        return response_404

    if response.status_code == 415:
        response_415 = GetShipmentDetailsResponse.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = GetShipmentDetailsResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetShipmentDetailsResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetShipmentDetailsResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetShipmentDetailsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    sort_order: GetShipmentDetailsSortOrder | Unset = UNSET,
    next_token: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    shipment_confirmed_before: datetime.datetime | Unset = UNSET,
    shipment_confirmed_after: datetime.datetime | Unset = UNSET,
    package_label_created_before: datetime.datetime | Unset = UNSET,
    package_label_created_after: datetime.datetime | Unset = UNSET,
    shipped_before: datetime.datetime | Unset = UNSET,
    shipped_after: datetime.datetime | Unset = UNSET,
    estimated_delivery_before: datetime.datetime | Unset = UNSET,
    estimated_delivery_after: datetime.datetime | Unset = UNSET,
    shipment_delivery_before: datetime.datetime | Unset = UNSET,
    shipment_delivery_after: datetime.datetime | Unset = UNSET,
    requested_pick_up_before: datetime.datetime | Unset = UNSET,
    requested_pick_up_after: datetime.datetime | Unset = UNSET,
    scheduled_pick_up_before: datetime.datetime | Unset = UNSET,
    scheduled_pick_up_after: datetime.datetime | Unset = UNSET,
    current_shipment_status: str | Unset = UNSET,
    vendor_shipment_identifier: str | Unset = UNSET,
    buyer_reference_number: str | Unset = UNSET,
    buyer_warehouse_code: str | Unset = UNSET,
    seller_warehouse_code: str | Unset = UNSET,
) -> Response[GetShipmentDetailsResponse]:
    """GET /vendor/shipping/v1/shipments

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getshipmentdetails

    Args:
        limit (int | Unset):
        sort_order (GetShipmentDetailsSortOrder | Unset):
        next_token (str | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        shipment_confirmed_before (datetime.datetime | Unset):
        shipment_confirmed_after (datetime.datetime | Unset):
        package_label_created_before (datetime.datetime | Unset):
        package_label_created_after (datetime.datetime | Unset):
        shipped_before (datetime.datetime | Unset):
        shipped_after (datetime.datetime | Unset):
        estimated_delivery_before (datetime.datetime | Unset):
        estimated_delivery_after (datetime.datetime | Unset):
        shipment_delivery_before (datetime.datetime | Unset):
        shipment_delivery_after (datetime.datetime | Unset):
        requested_pick_up_before (datetime.datetime | Unset):
        requested_pick_up_after (datetime.datetime | Unset):
        scheduled_pick_up_before (datetime.datetime | Unset):
        scheduled_pick_up_after (datetime.datetime | Unset):
        current_shipment_status (str | Unset):
        vendor_shipment_identifier (str | Unset):
        buyer_reference_number (str | Unset):
        buyer_warehouse_code (str | Unset):
        seller_warehouse_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetShipmentDetailsResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        sort_order=sort_order,
        next_token=next_token,
        created_after=created_after,
        created_before=created_before,
        shipment_confirmed_before=shipment_confirmed_before,
        shipment_confirmed_after=shipment_confirmed_after,
        package_label_created_before=package_label_created_before,
        package_label_created_after=package_label_created_after,
        shipped_before=shipped_before,
        shipped_after=shipped_after,
        estimated_delivery_before=estimated_delivery_before,
        estimated_delivery_after=estimated_delivery_after,
        shipment_delivery_before=shipment_delivery_before,
        shipment_delivery_after=shipment_delivery_after,
        requested_pick_up_before=requested_pick_up_before,
        requested_pick_up_after=requested_pick_up_after,
        scheduled_pick_up_before=scheduled_pick_up_before,
        scheduled_pick_up_after=scheduled_pick_up_after,
        current_shipment_status=current_shipment_status,
        vendor_shipment_identifier=vendor_shipment_identifier,
        buyer_reference_number=buyer_reference_number,
        buyer_warehouse_code=buyer_warehouse_code,
        seller_warehouse_code=seller_warehouse_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    sort_order: GetShipmentDetailsSortOrder | Unset = UNSET,
    next_token: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    shipment_confirmed_before: datetime.datetime | Unset = UNSET,
    shipment_confirmed_after: datetime.datetime | Unset = UNSET,
    package_label_created_before: datetime.datetime | Unset = UNSET,
    package_label_created_after: datetime.datetime | Unset = UNSET,
    shipped_before: datetime.datetime | Unset = UNSET,
    shipped_after: datetime.datetime | Unset = UNSET,
    estimated_delivery_before: datetime.datetime | Unset = UNSET,
    estimated_delivery_after: datetime.datetime | Unset = UNSET,
    shipment_delivery_before: datetime.datetime | Unset = UNSET,
    shipment_delivery_after: datetime.datetime | Unset = UNSET,
    requested_pick_up_before: datetime.datetime | Unset = UNSET,
    requested_pick_up_after: datetime.datetime | Unset = UNSET,
    scheduled_pick_up_before: datetime.datetime | Unset = UNSET,
    scheduled_pick_up_after: datetime.datetime | Unset = UNSET,
    current_shipment_status: str | Unset = UNSET,
    vendor_shipment_identifier: str | Unset = UNSET,
    buyer_reference_number: str | Unset = UNSET,
    buyer_warehouse_code: str | Unset = UNSET,
    seller_warehouse_code: str | Unset = UNSET,
) -> GetShipmentDetailsResponse | None:
    """GET /vendor/shipping/v1/shipments

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getshipmentdetails

    Args:
        limit (int | Unset):
        sort_order (GetShipmentDetailsSortOrder | Unset):
        next_token (str | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        shipment_confirmed_before (datetime.datetime | Unset):
        shipment_confirmed_after (datetime.datetime | Unset):
        package_label_created_before (datetime.datetime | Unset):
        package_label_created_after (datetime.datetime | Unset):
        shipped_before (datetime.datetime | Unset):
        shipped_after (datetime.datetime | Unset):
        estimated_delivery_before (datetime.datetime | Unset):
        estimated_delivery_after (datetime.datetime | Unset):
        shipment_delivery_before (datetime.datetime | Unset):
        shipment_delivery_after (datetime.datetime | Unset):
        requested_pick_up_before (datetime.datetime | Unset):
        requested_pick_up_after (datetime.datetime | Unset):
        scheduled_pick_up_before (datetime.datetime | Unset):
        scheduled_pick_up_after (datetime.datetime | Unset):
        current_shipment_status (str | Unset):
        vendor_shipment_identifier (str | Unset):
        buyer_reference_number (str | Unset):
        buyer_warehouse_code (str | Unset):
        seller_warehouse_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetShipmentDetailsResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        sort_order=sort_order,
        next_token=next_token,
        created_after=created_after,
        created_before=created_before,
        shipment_confirmed_before=shipment_confirmed_before,
        shipment_confirmed_after=shipment_confirmed_after,
        package_label_created_before=package_label_created_before,
        package_label_created_after=package_label_created_after,
        shipped_before=shipped_before,
        shipped_after=shipped_after,
        estimated_delivery_before=estimated_delivery_before,
        estimated_delivery_after=estimated_delivery_after,
        shipment_delivery_before=shipment_delivery_before,
        shipment_delivery_after=shipment_delivery_after,
        requested_pick_up_before=requested_pick_up_before,
        requested_pick_up_after=requested_pick_up_after,
        scheduled_pick_up_before=scheduled_pick_up_before,
        scheduled_pick_up_after=scheduled_pick_up_after,
        current_shipment_status=current_shipment_status,
        vendor_shipment_identifier=vendor_shipment_identifier,
        buyer_reference_number=buyer_reference_number,
        buyer_warehouse_code=buyer_warehouse_code,
        seller_warehouse_code=seller_warehouse_code,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    sort_order: GetShipmentDetailsSortOrder | Unset = UNSET,
    next_token: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    shipment_confirmed_before: datetime.datetime | Unset = UNSET,
    shipment_confirmed_after: datetime.datetime | Unset = UNSET,
    package_label_created_before: datetime.datetime | Unset = UNSET,
    package_label_created_after: datetime.datetime | Unset = UNSET,
    shipped_before: datetime.datetime | Unset = UNSET,
    shipped_after: datetime.datetime | Unset = UNSET,
    estimated_delivery_before: datetime.datetime | Unset = UNSET,
    estimated_delivery_after: datetime.datetime | Unset = UNSET,
    shipment_delivery_before: datetime.datetime | Unset = UNSET,
    shipment_delivery_after: datetime.datetime | Unset = UNSET,
    requested_pick_up_before: datetime.datetime | Unset = UNSET,
    requested_pick_up_after: datetime.datetime | Unset = UNSET,
    scheduled_pick_up_before: datetime.datetime | Unset = UNSET,
    scheduled_pick_up_after: datetime.datetime | Unset = UNSET,
    current_shipment_status: str | Unset = UNSET,
    vendor_shipment_identifier: str | Unset = UNSET,
    buyer_reference_number: str | Unset = UNSET,
    buyer_warehouse_code: str | Unset = UNSET,
    seller_warehouse_code: str | Unset = UNSET,
) -> Response[GetShipmentDetailsResponse]:
    """GET /vendor/shipping/v1/shipments

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getshipmentdetails

    Args:
        limit (int | Unset):
        sort_order (GetShipmentDetailsSortOrder | Unset):
        next_token (str | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        shipment_confirmed_before (datetime.datetime | Unset):
        shipment_confirmed_after (datetime.datetime | Unset):
        package_label_created_before (datetime.datetime | Unset):
        package_label_created_after (datetime.datetime | Unset):
        shipped_before (datetime.datetime | Unset):
        shipped_after (datetime.datetime | Unset):
        estimated_delivery_before (datetime.datetime | Unset):
        estimated_delivery_after (datetime.datetime | Unset):
        shipment_delivery_before (datetime.datetime | Unset):
        shipment_delivery_after (datetime.datetime | Unset):
        requested_pick_up_before (datetime.datetime | Unset):
        requested_pick_up_after (datetime.datetime | Unset):
        scheduled_pick_up_before (datetime.datetime | Unset):
        scheduled_pick_up_after (datetime.datetime | Unset):
        current_shipment_status (str | Unset):
        vendor_shipment_identifier (str | Unset):
        buyer_reference_number (str | Unset):
        buyer_warehouse_code (str | Unset):
        seller_warehouse_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetShipmentDetailsResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        sort_order=sort_order,
        next_token=next_token,
        created_after=created_after,
        created_before=created_before,
        shipment_confirmed_before=shipment_confirmed_before,
        shipment_confirmed_after=shipment_confirmed_after,
        package_label_created_before=package_label_created_before,
        package_label_created_after=package_label_created_after,
        shipped_before=shipped_before,
        shipped_after=shipped_after,
        estimated_delivery_before=estimated_delivery_before,
        estimated_delivery_after=estimated_delivery_after,
        shipment_delivery_before=shipment_delivery_before,
        shipment_delivery_after=shipment_delivery_after,
        requested_pick_up_before=requested_pick_up_before,
        requested_pick_up_after=requested_pick_up_after,
        scheduled_pick_up_before=scheduled_pick_up_before,
        scheduled_pick_up_after=scheduled_pick_up_after,
        current_shipment_status=current_shipment_status,
        vendor_shipment_identifier=vendor_shipment_identifier,
        buyer_reference_number=buyer_reference_number,
        buyer_warehouse_code=buyer_warehouse_code,
        seller_warehouse_code=seller_warehouse_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    sort_order: GetShipmentDetailsSortOrder | Unset = UNSET,
    next_token: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    shipment_confirmed_before: datetime.datetime | Unset = UNSET,
    shipment_confirmed_after: datetime.datetime | Unset = UNSET,
    package_label_created_before: datetime.datetime | Unset = UNSET,
    package_label_created_after: datetime.datetime | Unset = UNSET,
    shipped_before: datetime.datetime | Unset = UNSET,
    shipped_after: datetime.datetime | Unset = UNSET,
    estimated_delivery_before: datetime.datetime | Unset = UNSET,
    estimated_delivery_after: datetime.datetime | Unset = UNSET,
    shipment_delivery_before: datetime.datetime | Unset = UNSET,
    shipment_delivery_after: datetime.datetime | Unset = UNSET,
    requested_pick_up_before: datetime.datetime | Unset = UNSET,
    requested_pick_up_after: datetime.datetime | Unset = UNSET,
    scheduled_pick_up_before: datetime.datetime | Unset = UNSET,
    scheduled_pick_up_after: datetime.datetime | Unset = UNSET,
    current_shipment_status: str | Unset = UNSET,
    vendor_shipment_identifier: str | Unset = UNSET,
    buyer_reference_number: str | Unset = UNSET,
    buyer_warehouse_code: str | Unset = UNSET,
    seller_warehouse_code: str | Unset = UNSET,
) -> GetShipmentDetailsResponse | None:
    """GET /vendor/shipping/v1/shipments

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getshipmentdetails

    Args:
        limit (int | Unset):
        sort_order (GetShipmentDetailsSortOrder | Unset):
        next_token (str | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        shipment_confirmed_before (datetime.datetime | Unset):
        shipment_confirmed_after (datetime.datetime | Unset):
        package_label_created_before (datetime.datetime | Unset):
        package_label_created_after (datetime.datetime | Unset):
        shipped_before (datetime.datetime | Unset):
        shipped_after (datetime.datetime | Unset):
        estimated_delivery_before (datetime.datetime | Unset):
        estimated_delivery_after (datetime.datetime | Unset):
        shipment_delivery_before (datetime.datetime | Unset):
        shipment_delivery_after (datetime.datetime | Unset):
        requested_pick_up_before (datetime.datetime | Unset):
        requested_pick_up_after (datetime.datetime | Unset):
        scheduled_pick_up_before (datetime.datetime | Unset):
        scheduled_pick_up_after (datetime.datetime | Unset):
        current_shipment_status (str | Unset):
        vendor_shipment_identifier (str | Unset):
        buyer_reference_number (str | Unset):
        buyer_warehouse_code (str | Unset):
        seller_warehouse_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetShipmentDetailsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            sort_order=sort_order,
            next_token=next_token,
            created_after=created_after,
            created_before=created_before,
            shipment_confirmed_before=shipment_confirmed_before,
            shipment_confirmed_after=shipment_confirmed_after,
            package_label_created_before=package_label_created_before,
            package_label_created_after=package_label_created_after,
            shipped_before=shipped_before,
            shipped_after=shipped_after,
            estimated_delivery_before=estimated_delivery_before,
            estimated_delivery_after=estimated_delivery_after,
            shipment_delivery_before=shipment_delivery_before,
            shipment_delivery_after=shipment_delivery_after,
            requested_pick_up_before=requested_pick_up_before,
            requested_pick_up_after=requested_pick_up_after,
            scheduled_pick_up_before=scheduled_pick_up_before,
            scheduled_pick_up_after=scheduled_pick_up_after,
            current_shipment_status=current_shipment_status,
            vendor_shipment_identifier=vendor_shipment_identifier,
            buyer_reference_number=buyer_reference_number,
            buyer_warehouse_code=buyer_warehouse_code,
            seller_warehouse_code=seller_warehouse_code,
        )
    ).parsed
