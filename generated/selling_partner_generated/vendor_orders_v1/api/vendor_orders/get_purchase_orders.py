import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_purchase_orders_po_item_state import GetPurchaseOrdersPoItemState
from ...models.get_purchase_orders_purchase_order_state import (
    GetPurchaseOrdersPurchaseOrderState,
)
from ...models.get_purchase_orders_response import GetPurchaseOrdersResponse
from ...models.get_purchase_orders_sort_order import GetPurchaseOrdersSortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    sort_order: GetPurchaseOrdersSortOrder | Unset = UNSET,
    next_token: str | Unset = UNSET,
    include_details: str | Unset = UNSET,
    changed_after: datetime.datetime | Unset = UNSET,
    changed_before: datetime.datetime | Unset = UNSET,
    po_item_state: GetPurchaseOrdersPoItemState | Unset = UNSET,
    is_po_changed: str | Unset = UNSET,
    purchase_order_state: GetPurchaseOrdersPurchaseOrderState | Unset = UNSET,
    ordering_vendor_code: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = created_after.isoformat()
    params["createdAfter"] = json_created_after

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["createdBefore"] = json_created_before

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    params["nextToken"] = next_token

    params["includeDetails"] = include_details

    json_changed_after: str | Unset = UNSET
    if not isinstance(changed_after, Unset):
        json_changed_after = changed_after.isoformat()
    params["changedAfter"] = json_changed_after

    json_changed_before: str | Unset = UNSET
    if not isinstance(changed_before, Unset):
        json_changed_before = changed_before.isoformat()
    params["changedBefore"] = json_changed_before

    json_po_item_state: str | Unset = UNSET
    if not isinstance(po_item_state, Unset):
        json_po_item_state = po_item_state.value

    params["poItemState"] = json_po_item_state

    params["isPOChanged"] = is_po_changed

    json_purchase_order_state: str | Unset = UNSET
    if not isinstance(purchase_order_state, Unset):
        json_purchase_order_state = purchase_order_state.value

    params["purchaseOrderState"] = json_purchase_order_state

    params["orderingVendorCode"] = ordering_vendor_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/vendor/orders/v1/purchaseOrders",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetPurchaseOrdersResponse | None:
    if response.status_code == 200:
        response_200 = GetPurchaseOrdersResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetPurchaseOrdersResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = GetPurchaseOrdersResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetPurchaseOrdersResponse.from_dict(response.json())

        return response_404

    if response.status_code == 415:
        response_415 = GetPurchaseOrdersResponse.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = GetPurchaseOrdersResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetPurchaseOrdersResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetPurchaseOrdersResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetPurchaseOrdersResponse]:
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
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    sort_order: GetPurchaseOrdersSortOrder | Unset = UNSET,
    next_token: str | Unset = UNSET,
    include_details: str | Unset = UNSET,
    changed_after: datetime.datetime | Unset = UNSET,
    changed_before: datetime.datetime | Unset = UNSET,
    po_item_state: GetPurchaseOrdersPoItemState | Unset = UNSET,
    is_po_changed: str | Unset = UNSET,
    purchase_order_state: GetPurchaseOrdersPurchaseOrderState | Unset = UNSET,
    ordering_vendor_code: str | Unset = UNSET,
) -> Response[GetPurchaseOrdersResponse]:
    """GET /vendor/orders/v1/purchaseOrders

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getpurchaseorders

    Args:
        limit (int | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        sort_order (GetPurchaseOrdersSortOrder | Unset):
        next_token (str | Unset):
        include_details (str | Unset):
        changed_after (datetime.datetime | Unset):
        changed_before (datetime.datetime | Unset):
        po_item_state (GetPurchaseOrdersPoItemState | Unset):
        is_po_changed (str | Unset):
        purchase_order_state (GetPurchaseOrdersPurchaseOrderState | Unset):
        ordering_vendor_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPurchaseOrdersResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        created_after=created_after,
        created_before=created_before,
        sort_order=sort_order,
        next_token=next_token,
        include_details=include_details,
        changed_after=changed_after,
        changed_before=changed_before,
        po_item_state=po_item_state,
        is_po_changed=is_po_changed,
        purchase_order_state=purchase_order_state,
        ordering_vendor_code=ordering_vendor_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    sort_order: GetPurchaseOrdersSortOrder | Unset = UNSET,
    next_token: str | Unset = UNSET,
    include_details: str | Unset = UNSET,
    changed_after: datetime.datetime | Unset = UNSET,
    changed_before: datetime.datetime | Unset = UNSET,
    po_item_state: GetPurchaseOrdersPoItemState | Unset = UNSET,
    is_po_changed: str | Unset = UNSET,
    purchase_order_state: GetPurchaseOrdersPurchaseOrderState | Unset = UNSET,
    ordering_vendor_code: str | Unset = UNSET,
) -> GetPurchaseOrdersResponse | None:
    """GET /vendor/orders/v1/purchaseOrders

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getpurchaseorders

    Args:
        limit (int | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        sort_order (GetPurchaseOrdersSortOrder | Unset):
        next_token (str | Unset):
        include_details (str | Unset):
        changed_after (datetime.datetime | Unset):
        changed_before (datetime.datetime | Unset):
        po_item_state (GetPurchaseOrdersPoItemState | Unset):
        is_po_changed (str | Unset):
        purchase_order_state (GetPurchaseOrdersPurchaseOrderState | Unset):
        ordering_vendor_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPurchaseOrdersResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        created_after=created_after,
        created_before=created_before,
        sort_order=sort_order,
        next_token=next_token,
        include_details=include_details,
        changed_after=changed_after,
        changed_before=changed_before,
        po_item_state=po_item_state,
        is_po_changed=is_po_changed,
        purchase_order_state=purchase_order_state,
        ordering_vendor_code=ordering_vendor_code,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    sort_order: GetPurchaseOrdersSortOrder | Unset = UNSET,
    next_token: str | Unset = UNSET,
    include_details: str | Unset = UNSET,
    changed_after: datetime.datetime | Unset = UNSET,
    changed_before: datetime.datetime | Unset = UNSET,
    po_item_state: GetPurchaseOrdersPoItemState | Unset = UNSET,
    is_po_changed: str | Unset = UNSET,
    purchase_order_state: GetPurchaseOrdersPurchaseOrderState | Unset = UNSET,
    ordering_vendor_code: str | Unset = UNSET,
) -> Response[GetPurchaseOrdersResponse]:
    """GET /vendor/orders/v1/purchaseOrders

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getpurchaseorders

    Args:
        limit (int | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        sort_order (GetPurchaseOrdersSortOrder | Unset):
        next_token (str | Unset):
        include_details (str | Unset):
        changed_after (datetime.datetime | Unset):
        changed_before (datetime.datetime | Unset):
        po_item_state (GetPurchaseOrdersPoItemState | Unset):
        is_po_changed (str | Unset):
        purchase_order_state (GetPurchaseOrdersPurchaseOrderState | Unset):
        ordering_vendor_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPurchaseOrdersResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        created_after=created_after,
        created_before=created_before,
        sort_order=sort_order,
        next_token=next_token,
        include_details=include_details,
        changed_after=changed_after,
        changed_before=changed_before,
        po_item_state=po_item_state,
        is_po_changed=is_po_changed,
        purchase_order_state=purchase_order_state,
        ordering_vendor_code=ordering_vendor_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    sort_order: GetPurchaseOrdersSortOrder | Unset = UNSET,
    next_token: str | Unset = UNSET,
    include_details: str | Unset = UNSET,
    changed_after: datetime.datetime | Unset = UNSET,
    changed_before: datetime.datetime | Unset = UNSET,
    po_item_state: GetPurchaseOrdersPoItemState | Unset = UNSET,
    is_po_changed: str | Unset = UNSET,
    purchase_order_state: GetPurchaseOrdersPurchaseOrderState | Unset = UNSET,
    ordering_vendor_code: str | Unset = UNSET,
) -> GetPurchaseOrdersResponse | None:
    """GET /vendor/orders/v1/purchaseOrders

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getpurchaseorders

    Args:
        limit (int | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        sort_order (GetPurchaseOrdersSortOrder | Unset):
        next_token (str | Unset):
        include_details (str | Unset):
        changed_after (datetime.datetime | Unset):
        changed_before (datetime.datetime | Unset):
        po_item_state (GetPurchaseOrdersPoItemState | Unset):
        is_po_changed (str | Unset):
        purchase_order_state (GetPurchaseOrdersPurchaseOrderState | Unset):
        ordering_vendor_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPurchaseOrdersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            created_after=created_after,
            created_before=created_before,
            sort_order=sort_order,
            next_token=next_token,
            include_details=include_details,
            changed_after=changed_after,
            changed_before=changed_before,
            po_item_state=po_item_state,
            is_po_changed=is_po_changed,
            purchase_order_state=purchase_order_state,
            ordering_vendor_code=ordering_vendor_code,
        )
    ).parsed
