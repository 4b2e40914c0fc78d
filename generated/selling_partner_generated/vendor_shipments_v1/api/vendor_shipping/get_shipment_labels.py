import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_shipment_labels import GetShipmentLabels
from ...models.get_shipment_labels_sort_order import GetShipmentLabelsSortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    sort_order: GetShipmentLabelsSortOrder | Unset = UNSET,
    next_token: str | Unset = UNSET,
    label_created_after: datetime.datetime | Unset = UNSET,
    label_created_before: datetime.datetime | Unset = UNSET,
    buyer_reference_number: str | Unset = UNSET,
    vendor_shipment_identifier: str | Unset = UNSET,
    seller_warehouse_code: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    params["nextToken"] = next_token

    json_label_created_after: str | Unset = UNSET
    if not isinstance(label_created_after, Unset):
        json_label_created_after = label_created_after.isoformat()
    params["labelCreatedAfter"] = json_label_created_after

    json_label_created_before: str | Unset = UNSET
    if not isinstance(label_created_before, Unset):
        json_label_created_before = label_created_before.isoformat()
    params["labelCreatedBefore"] = json_label_created_before

    params["buyerReferenceNumber"] = buyer_reference_number

    params["vendorShipmentIdentifier"] = vendor_shipment_identifier

    params["sellerWarehouseCode"] = seller_warehouse_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/vendor/shipping/v1/transportLabels",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetShipmentLabels | None:
    if response.status_code == 200:
        response_200 = GetShipmentLabels.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetShipmentLabels.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetShipmentLabels.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetShipmentLabels.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetShipmentLabels.from_dict(response.json())

        return response_404

    if response.status_code == 415:
        response_415 = GetShipmentLabels.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = GetShipmentLabels.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetShipmentLabels.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetShipmentLabels.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetShipmentLabels]:
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
    sort_order: GetShipmentLabelsSortOrder | Unset = UNSET,
    next_token: str | Unset = UNSET,
    label_created_after: datetime.datetime | Unset = UNSET,
    label_created_before: datetime.datetime | Unset = UNSET,
    buyer_reference_number: str | Unset = UNSET,
    vendor_shipment_identifier: str | Unset = UNSET,
    seller_warehouse_code: str | Unset = UNSET,
) -> Response[GetShipmentLabels]:
    """GET /vendor/shipping/v1/transportLabels

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getshipmentlabels

    Args:
        limit (int | Unset):
        sort_order (GetShipmentLabelsSortOrder | Unset):
        next_token (str | Unset):
        label_created_after (datetime.datetime | Unset):
        label_created_before (datetime.datetime | Unset):
        buyer_reference_number (str | Unset):
        vendor_shipment_identifier (str | Unset):
        seller_warehouse_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetShipmentLabels]
    """

    kwargs = _get_kwargs(
        limit=limit,
        sort_order=sort_order,
        next_token=next_token,
        label_created_after=label_created_after,
        label_created_before=label_created_before,
        buyer_reference_number=buyer_reference_number,
        vendor_shipment_identifier=vendor_shipment_identifier,
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
    sort_order: GetShipmentLabelsSortOrder | Unset = UNSET,
    next_token: str | Unset = UNSET,
    label_created_after: datetime.datetime | Unset = UNSET,
    label_created_before: datetime.datetime | Unset = UNSET,
    buyer_reference_number: str | Unset = UNSET,
    vendor_shipment_identifier: str | Unset = UNSET,
    seller_warehouse_code: str | Unset = UNSET,
) -> GetShipmentLabels | None:
    """GET /vendor/shipping/v1/transportLabels

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getshipmentlabels

    Args:
        limit (int | Unset):
        sort_order (GetShipmentLabelsSortOrder | Unset):
        next_token (str | Unset):
        label_created_after (datetime.datetime | Unset):
        label_created_before (datetime.datetime | Unset):
        buyer_reference_number (str | Unset):
        vendor_shipment_identifier (str | Unset):
        seller_warehouse_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetShipmentLabels
    """

    return sync_detailed(
        client=client,
        limit=limit,
        sort_order=sort_order,
        next_token=next_token,
        label_created_after=label_created_after,
        label_created_before=label_created_before,
        buyer_reference_number=buyer_reference_number,
        vendor_shipment_identifier=vendor_shipment_identifier,
        seller_warehouse_code=seller_warehouse_code,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    sort_order: GetShipmentLabelsSortOrder | Unset = UNSET,
    next_token: str | Unset = UNSET,
    label_created_after: datetime.datetime | Unset = UNSET,
    label_created_before: datetime.datetime | Unset = UNSET,
    buyer_reference_number: str | Unset = UNSET,
    vendor_shipment_identifier: str | Unset = UNSET,
    seller_warehouse_code: str | Unset = UNSET,
) -> Response[GetShipmentLabels]:
    """GET /vendor/shipping/v1/transportLabels

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getshipmentlabels

    Args:
        limit (int | Unset):
        sort_order (GetShipmentLabelsSortOrder | Unset):
        next_token (str | Unset):
        label_created_after (datetime.datetime | Unset):
        label_created_before (datetime.datetime | Unset):
        buyer_reference_number (str | Unset):
        vendor_shipment_identifier (str | Unset):
        seller_warehouse_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetShipmentLabels]
    """

    kwargs = _get_kwargs(
        limit=limit,
        sort_order=sort_order,
        next_token=next_token,
        label_created_after=label_created_after,
        label_created_before=label_created_before,
        buyer_reference_number=buyer_reference_number,
        vendor_shipment_identifier=vendor_shipment_identifier,
        seller_warehouse_code=seller_warehouse_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    sort_order: GetShipmentLabelsSortOrder | Unset = UNSET,
    next_token: str | Unset = UNSET,
    label_created_after: datetime.datetime | Unset = UNSET,
    label_created_before: datetime.datetime | Unset = UNSET,
    buyer_reference_number: str | Unset = UNSET,
    vendor_shipment_identifier: str | Unset = UNSET,
    seller_warehouse_code: str | Unset = UNSET,
) -> GetShipmentLabels | None:
    """GET /vendor/shipping/v1/transportLabels

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getshipmentlabels

    Args:
        limit (int | Unset):
        sort_order (GetShipmentLabelsSortOrder | Unset):
        next_token (str | Unset):
        label_created_after (datetime.datetime | Unset):
        label_created_before (datetime.datetime | Unset):
        buyer_reference_number (str | Unset):
        vendor_shipment_identifier (str | Unset):
        seller_warehouse_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetShipmentLabels
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            sort_order=sort_order,
            next_token=next_token,
            label_created_after=label_created_after,
            label_created_before=label_created_before,
            buyer_reference_number=buyer_reference_number,
            vendor_shipment_identifier=vendor_shipment_identifier,
            seller_warehouse_code=seller_warehouse_code,
        )
    ).parsed
