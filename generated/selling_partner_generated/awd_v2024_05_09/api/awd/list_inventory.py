from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.inventory_listing import InventoryListing
from ...models.list_inventory_details import ListInventoryDetails
from ...models.list_inventory_sort_order import ListInventorySortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    sku: str | Unset = UNSET,
    sort_order: ListInventorySortOrder | Unset = UNSET,
    details: ListInventoryDetails | Unset = UNSET,
    next_token: str | Unset = UNSET,
    max_results: int | Unset = 25,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sku"] = sku

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    json_details: str | Unset = UNSET
    if not isinstance(details, Unset):
        json_details = details.value

    params["details"] = json_details

    params["nextToken"] = next_token

    params["maxResults"] = max_results

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/awd/2024-05-09/inventory",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | InventoryListing | None:
    if response.status_code == 200:
        response_200 = InventoryListing.from_dict(response.json())

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
) -> Response[ErrorList | InventoryListing]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    sku: str | Unset = UNSET,
    sort_order: ListInventorySortOrder | Unset = UNSET,
    details: ListInventoryDetails | Unset = UNSET,
    next_token: str | Unset = UNSET,
    max_results: int | Unset = 25,
) -> Response[ErrorList | InventoryListing]:
    """GET /awd/2024-05-09/inventory

    Rate limit: 2 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listinventory

    Args:
        sku (str | Unset):
        sort_order (ListInventorySortOrder | Unset):
        details (ListInventoryDetails | Unset):
        next_token (str | Unset):
        max_results (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | InventoryListing]
    """

    kwargs = _get_kwargs(
        sku=sku,
        sort_order=sort_order,
        details=details,
        next_token=next_token,
        max_results=max_results,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    sku: str | Unset = UNSET,
    sort_order: ListInventorySortOrder | Unset = UNSET,
    details: ListInventoryDetails | Unset = UNSET,
    next_token: str | Unset = UNSET,
    max_results: int | Unset = 25,
) -> ErrorList | InventoryListing | None:
    """GET /awd/2024-05-09/inventory

    Rate limit: 2 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listinventory

    Args:
        sku (str | Unset):
        sort_order (ListInventorySortOrder | Unset):
        details (ListInventoryDetails | Unset):
        next_token (str | Unset):
        max_results (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | InventoryListing
    """

    return sync_detailed(
        client=client,
        sku=sku,
        sort_order=sort_order,
        details=details,
        next_token=next_token,
        max_results=max_results,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    sku: str | Unset = UNSET,
    sort_order: ListInventorySortOrder | Unset = UNSET,
    details: ListInventoryDetails | Unset = UNSET,
    next_token: str | Unset = UNSET,
    max_results: int | Unset = 25,
) -> Response[ErrorList | InventoryListing]:
    """GET /awd/2024-05-09/inventory

    Rate limit: 2 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listinventory

    Args:
        sku (str | Unset):
        sort_order (ListInventorySortOrder | Unset):
        details (ListInventoryDetails | Unset):
        next_token (str | Unset):
        max_results (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | InventoryListing]
    """

    kwargs = _get_kwargs(
        sku=sku,
        sort_order=sort_order,
        details=details,
        next_token=next_token,
        max_results=max_results,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    sku: str | Unset = UNSET,
    sort_order: ListInventorySortOrder | Unset = UNSET,
    details: ListInventoryDetails | Unset = UNSET,
    next_token: str | Unset = UNSET,
    max_results: int | Unset = 25,
) -> ErrorList | InventoryListing | None:
    """GET /awd/2024-05-09/inventory

    Rate limit: 2 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listinventory

    Args:
        sku (str | Unset):
        sort_order (ListInventorySortOrder | Unset):
        details (ListInventoryDetails | Unset):
        next_token (str | Unset):
        max_results (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | InventoryListing
    """

    return (
        await asyncio_detailed(
            client=client,
            sku=sku,
            sort_order=sort_order,
            details=details,
            next_token=next_token,
            max_results=max_results,
        )
    ).parsed
