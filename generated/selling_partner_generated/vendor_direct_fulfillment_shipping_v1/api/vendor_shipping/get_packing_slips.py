import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_packing_slip_list_response import GetPackingSlipListResponse
from ...models.get_packing_slips_sort_order import GetPackingSlipsSortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    ship_from_party_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    created_after: datetime.datetime,
    created_before: datetime.datetime,
    sort_order: GetPackingSlipsSortOrder | Unset = GetPackingSlipsSortOrder.ASC,
    next_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["shipFromPartyId"] = ship_from_party_id

    params["limit"] = limit

    json_created_after = created_after.isoformat()
    params["createdAfter"] = json_created_after

    json_created_before = created_before.isoformat()
    params["createdBefore"] = json_created_before

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    params["nextToken"] = next_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/vendor/directFulfillment/shipping/v1/packingSlips",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetPackingSlipListResponse | None:
    if response.status_code == 200:
        response_200 = GetPackingSlipListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetPackingSlipListResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetPackingSlipListResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetPackingSlipListResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetPackingSlipListResponse.from_dict(response.json())

        return response_404

    if response.status_code == 415:
        response_415 = GetPackingSlipListResponse.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = GetPackingSlipListResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetPackingSlipListResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetPackingSlipListResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetPackingSlipListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    ship_from_party_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    created_after: datetime.datetime,
    created_before: datetime.datetime,
    sort_order: GetPackingSlipsSortOrder | Unset = GetPackingSlipsSortOrder.ASC,
    next_token: str | Unset = UNSET,
) -> Response[GetPackingSlipListResponse]:
    """GET /vendor/directFulfillment/shipping/v1/packingSlips

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getpackingslips

    Args:
        ship_from_party_id (str | Unset):
        limit (int | Unset):
        created_after (datetime.datetime):
        created_before (datetime.datetime):
        sort_order (GetPackingSlipsSortOrder | Unset):  Default: GetPackingSlipsSortOrder.ASC.
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPackingSlipListResponse]
    """

    kwargs = _get_kwargs(
        ship_from_party_id=ship_from_party_id,
        limit=limit,
        created_after=created_after,
        created_before=created_before,
        sort_order=sort_order,
        next_token=next_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    ship_from_party_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    created_after: datetime.datetime,
    created_before: datetime.datetime,
    sort_order: GetPackingSlipsSortOrder | Unset = GetPackingSlipsSortOrder.ASC,
    next_token: str | Unset = UNSET,
) -> GetPackingSlipListResponse | None:
    """GET /vendor/directFulfillment/shipping/v1/packingSlips

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getpackingslips

    Args:
        ship_from_party_id (str | Unset):
        limit (int | Unset):
        created_after (datetime.datetime):
        created_before (datetime.datetime):
        sort_order (GetPackingSlipsSortOrder | Unset):  Default: GetPackingSlipsSortOrder.ASC.
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPackingSlipListResponse
    """

    return sync_detailed(
        client=client,
        ship_from_party_id=ship_from_party_id,
        limit=limit,
        created_after=created_after,
        created_before=created_before,
        sort_order=sort_order,
        next_token=next_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ship_from_party_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    created_after: datetime.datetime,
    created_before: datetime.datetime,
    sort_order: GetPackingSlipsSortOrder | Unset = GetPackingSlipsSortOrder.ASC,
    next_token: str | Unset = UNSET,
) -> Response[GetPackingSlipListResponse]:
    """GET /vendor/directFulfillment/shipping/v1/packingSlips

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getpackingslips

    Args:
        ship_from_party_id (str | Unset):
        limit (int | Unset):
        created_after (datetime.datetime):
        created_before (datetime.datetime):
        sort_order (GetPackingSlipsSortOrder | Unset):  Default: GetPackingSlipsSortOrder.ASC.
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPackingSlipListResponse]
    """

    kwargs = _get_kwargs(
        ship_from_party_id=ship_from_party_id,
        limit=limit,
        created_after=created_after,
        created_before=created_before,
        sort_order=sort_order,
        next_token=next_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    ship_from_party_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    created_after: datetime.datetime,
    created_before: datetime.datetime,
    sort_order: GetPackingSlipsSortOrder | Unset = GetPackingSlipsSortOrder.ASC,
    next_token: str | Unset = UNSET,
) -> GetPackingSlipListResponse | None:
    """GET /vendor/directFulfillment/shipping/v1/packingSlips

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getpackingslips

    Args:
        ship_from_party_id (str | Unset):
        limit (int | Unset):
        created_after (datetime.datetime):
        created_before (datetime.datetime):
        sort_order (GetPackingSlipsSortOrder | Unset):  Default: GetPackingSlipsSortOrder.ASC.
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPackingSlipListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            ship_from_party_id=ship_from_party_id,
            limit=limit,
            created_after=created_after,
            created_before=created_before,
            sort_order=sort_order,
            next_token=next_token,
        )
    ).parsed
