import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_purchase_orders_status_item_confirmation_status import (
    GetPurchaseOrdersStatusItemConfirmationStatus,
)
from ...models.get_purchase_orders_status_item_receive_status import (
    GetPurchaseOrdersStatusItemReceiveStatus,
)
from ...models.get_purchase_orders_status_purchase_order_status import (
    GetPurchaseOrdersStatusPurchaseOrderStatus,
)
from ...models.get_purchase_orders_status_response import (
    GetPurchaseOrdersStatusResponse,
)
from ...models.get_purchase_orders_status_sort_order import (
    GetPurchaseOrdersStatusSortOrder,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    sort_order: GetPurchaseOrdersStatusSortOrder | Unset = UNSET,
    next_token: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    updated_before: datetime.datetime | Unset = UNSET,
    purchase_order_number: str | Unset = UNSET,
    purchase_order_status: GetPurchaseOrdersStatusPurchaseOrderStatus | Unset = UNSET,
    item_confirmation_status: GetPurchaseOrdersStatusItemConfirmationStatus
    | Unset = UNSET,
    item_receive_status: GetPurchaseOrdersStatusItemReceiveStatus | Unset = UNSET,
    ordering_vendor_code: str | Unset = UNSET,
    ship_to_party_id: str | Unset = UNSET,
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

    json_updated_after: str | Unset = UNSET
    if not isinstance(updated_after, Unset):
        json_updated_after = updated_after.isoformat()
    params["updatedAfter"] = json_updated_after

    json_updated_before: str | Unset = UNSET
    if not isinstance(updated_before, Unset):
        json_updated_before = updated_before.isoformat()
    params["updatedBefore"] = json_updated_before

    params["purchaseOrderNumber"] = purchase_order_number

    json_purchase_order_status: str | Unset = UNSET
    if not isinstance(purchase_order_status, Unset):
        json_purchase_order_status = purchase_order_status.value

    params["purchaseOrderStatus"] = json_purchase_order_status

    json_item_confirmation_status: str | Unset = UNSET
    if not isinstance(item_confirmation_status, Unset):
        json_item_confirmation_status = item_confirmation_status.value

    params["itemConfirmationStatus"] = json_item_confirmation_status

    json_item_receive_status: str | Unset = UNSET
    if not isinstance(item_receive_status, Unset):
        json_item_receive_status = item_receive_status.value

    params["itemReceiveStatus"] = json_item_receive_status

    params["orderingVendorCode"] = ordering_vendor_code

    params["shipToPartyId"] = ship_to_party_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/vendor/orders/v1/purchaseOrdersStatus",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetPurchaseOrdersStatusResponse | None:
    if response.status_code == 200:
        response_200 = GetPurchaseOrdersStatusResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetPurchaseOrdersStatusResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = GetPurchaseOrdersStatusResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetPurchaseOrdersStatusResponse.from_dict(response.json())

        return response_404

    if response.status_code == 415:
        response_415 = GetPurchaseOrdersStatusResponse.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = GetPurchaseOrdersStatusResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetPurchaseOrdersStatusResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetPurchaseOrdersStatusResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetPurchaseOrdersStatusResponse]:
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
    sort_order: GetPurchaseOrdersStatusSortOrder | Unset = UNSET,
    next_token: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    updated_before: datetime.datetime | Unset = UNSET,
    purchase_order_number: str | Unset = UNSET,
    purchase_order_status: GetPurchaseOrdersStatusPurchaseOrderStatus | Unset = UNSET,
    item_confirmation_status: GetPurchaseOrdersStatusItemConfirmationStatus
    | Unset = UNSET,
    item_receive_status: GetPurchaseOrdersStatusItemReceiveStatus | Unset = UNSET,
    ordering_vendor_code: str | Unset = UNSET,
    ship_to_party_id: str | Unset = UNSET,
) -> Response[GetPurchaseOrdersStatusResponse]:
    """GET /vendor/orders/v1/purchaseOrdersStatus

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getpurchaseordersstatus

    Args:
        limit (int | Unset):
        sort_order (GetPurchaseOrdersStatusSortOrder | Unset):
        next_token (str | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        updated_after (datetime.datetime | Unset):
        updated_before (datetime.datetime | Unset):
        purchase_order_number (str | Unset):
        purchase_order_status (GetPurchaseOrdersStatusPurchaseOrderStatus | Unset):
        item_confirmation_status (GetPurchaseOrdersStatusItemConfirmationStatus | Unset):
        item_receive_status (GetPurchaseOrdersStatusItemReceiveStatus | Unset):
        ordering_vendor_code (str | Unset):
        ship_to_party_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPurchaseOrdersStatusResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        sort_order=sort_order,
        next_token=next_token,
        created_after=created_after,
        created_before=created_before,
        updated_after=updated_after,
        updated_before=updated_before,
        purchase_order_number=purchase_order_number,
        purchase_order_status=purchase_order_status,
        item_confirmation_status=item_confirmation_status,
        item_receive_status=item_receive_status,
        ordering_vendor_code=ordering_vendor_code,
        ship_to_party_id=ship_to_party_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    sort_order: GetPurchaseOrdersStatusSortOrder | Unset = UNSET,
    next_token: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    updated_before: datetime.datetime | Unset = UNSET,
    purchase_order_number: str | Unset = UNSET,
    purchase_order_status: GetPurchaseOrdersStatusPurchaseOrderStatus | Unset = UNSET,
    item_confirmation_status: GetPurchaseOrdersStatusItemConfirmationStatus
    | Unset = UNSET,
    item_receive_status: GetPurchaseOrdersStatusItemReceiveStatus | Unset = UNSET,
    ordering_vendor_code: str | Unset = UNSET,
    ship_to_party_id: str | Unset = UNSET,
) -> GetPurchaseOrdersStatusResponse | None:
    """GET /vendor/orders/v1/purchaseOrdersStatus

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getpurchaseordersstatus

    Args:
        limit (int | Unset):
        sort_order (GetPurchaseOrdersStatusSortOrder | Unset):
        next_token (str | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        updated_after (datetime.datetime | Unset):
        updated_before (datetime.datetime | Unset):
        purchase_order_number (str | Unset):
        purchase_order_status (GetPurchaseOrdersStatusPurchaseOrderStatus | Unset):
        item_confirmation_status (GetPurchaseOrdersStatusItemConfirmationStatus | Unset):
        item_receive_status (GetPurchaseOrdersStatusItemReceiveStatus | Unset):
        ordering_vendor_code (str | Unset):
        ship_to_party_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPurchaseOrdersStatusResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        sort_order=sort_order,
        next_token=next_token,
        created_after=created_after,
        created_before=created_before,
        updated_after=updated_after,
        updated_before=updated_before,
        purchase_order_number=purchase_order_number,
        purchase_order_status=purchase_order_status,
        item_confirmation_status=item_confirmation_status,
        item_receive_status=item_receive_status,
        ordering_vendor_code=ordering_vendor_code,
        ship_to_party_id=ship_to_party_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    sort_order: GetPurchaseOrdersStatusSortOrder | Unset = UNSET,
    next_token: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    updated_before: datetime.datetime | Unset = UNSET,
    purchase_order_number: str | Unset = UNSET,
    purchase_order_status: GetPurchaseOrdersStatusPurchaseOrderStatus | Unset = UNSET,
    item_confirmation_status: GetPurchaseOrdersStatusItemConfirmationStatus
    | Unset = UNSET,
    item_receive_status: GetPurchaseOrdersStatusItemReceiveStatus | Unset = UNSET,
    ordering_vendor_code: str | Unset = UNSET,
    ship_to_party_id: str | Unset = UNSET,
) -> Response[GetPurchaseOrdersStatusResponse]:
    """GET /vendor/orders/v1/purchaseOrdersStatus

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getpurchaseordersstatus

    Args:
        limit (int | Unset):
        sort_order (GetPurchaseOrdersStatusSortOrder | Unset):
        next_token (str | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        updated_after (datetime.datetime | Unset):
        updated_before (datetime.datetime | Unset):
        purchase_order_number (str | Unset):
        purchase_order_status (GetPurchaseOrdersStatusPurchaseOrderStatus | Unset):
        item_confirmation_status (GetPurchaseOrdersStatusItemConfirmationStatus | Unset):
        item_receive_status (GetPurchaseOrdersStatusItemReceiveStatus | Unset):
        ordering_vendor_code (str | Unset):
        ship_to_party_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPurchaseOrdersStatusResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        sort_order=sort_order,
        next_token=next_token,
        created_after=created_after,
        created_before=created_before,
        updated_after=updated_after,
        updated_before=updated_before,
        purchase_order_number=purchase_order_number,
        purchase_order_status=purchase_order_status,
        item_confirmation_status=item_confirmation_status,
        item_receive_status=item_receive_status,
        ordering_vendor_code=ordering_vendor_code,
        ship_to_party_id=ship_to_party_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    sort_order: GetPurchaseOrdersStatusSortOrder | Unset = UNSET,
    next_token: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    updated_before: datetime.datetime | Unset = UNSET,
    purchase_order_number: str | Unset = UNSET,
    purchase_order_status: GetPurchaseOrdersStatusPurchaseOrderStatus | Unset = UNSET,
    item_confirmation_status: GetPurchaseOrdersStatusItemConfirmationStatus
    | Unset = UNSET,
    item_receive_status: GetPurchaseOrdersStatusItemReceiveStatus | Unset = UNSET,
    ordering_vendor_code: str | Unset = UNSET,
    ship_to_party_id: str | Unset = UNSET,
) -> GetPurchaseOrdersStatusResponse | None:
    """GET /vendor/orders/v1/purchaseOrdersStatus

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getpurchaseordersstatus

    Args:
        limit (int | Unset):
        sort_order (GetPurchaseOrdersStatusSortOrder | Unset):
        next_token (str | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        updated_after (datetime.datetime | Unset):
        updated_before (datetime.datetime | Unset):
        purchase_order_number (str | Unset):
        purchase_order_status (GetPurchaseOrdersStatusPurchaseOrderStatus | Unset):
        item_confirmation_status (GetPurchaseOrdersStatusItemConfirmationStatus | Unset):
        item_receive_status (GetPurchaseOrdersStatusItemReceiveStatus | Unset):
        ordering_vendor_code (str | Unset):
        ship_to_party_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPurchaseOrdersStatusResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            sort_order=sort_order,
            next_token=next_token,
            created_after=created_after,
            created_before=created_before,
            updated_after=updated_after,
            updated_before=updated_before,
            purchase_order_number=purchase_order_number,
            purchase_order_status=purchase_order_status,
            item_confirmation_status=item_confirmation_status,
            item_receive_status=item_receive_status,
            ordering_vendor_code=ordering_vendor_code,
            ship_to_party_id=ship_to_party_id,
        )
    ).parsed
