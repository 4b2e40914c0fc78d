import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.get_invoices_exports_response import GetInvoicesExportsResponse
from ...models.get_invoices_exports_status import GetInvoicesExportsStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    marketplace_id: str,
    date_start: datetime.datetime | Unset = UNSET,
    next_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    date_end: datetime.datetime | Unset = UNSET,
    status: GetInvoicesExportsStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["marketplaceId"] = marketplace_id

    json_date_start: str | Unset = UNSET
    if not isinstance(date_start, Unset):
        json_date_start = date_start.isoformat()
    params["dateStart"] = json_date_start

    params["nextToken"] = next_token

    params["pageSize"] = page_size

    json_date_end: str | Unset = UNSET
    if not isinstance(date_end, Unset):
        json_date_end = date_end.isoformat()
    params["dateEnd"] = json_date_end

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tax/invoices/2024-06-19/exports",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | GetInvoicesExportsResponse | None:
    if response.status_code == 200:
        response_200 = GetInvoicesExportsResponse.from_dict(response.json())

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
) -> Response[ErrorList | GetInvoicesExportsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
    date_start: datetime.datetime | Unset = UNSET,
    next_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    date_end: datetime.datetime | Unset = UNSET,
    status: GetInvoicesExportsStatus | Unset = UNSET,
) -> Response[ErrorList | GetInvoicesExportsResponse]:
    """GET /tax/invoices/2024-06-19/exports

    Rate limit: 0.1 requests/second, burst 20. (From spec/usage_plans.toml.)

    Reference: https://developer-docs.amazon.com/sp-api/reference/getinvoicesexports

    Args:
        marketplace_id (str):
        date_start (datetime.datetime | Unset):
        next_token (str | Unset):
        page_size (int | Unset):
        date_end (datetime.datetime | Unset):
        status (GetInvoicesExportsStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | GetInvoicesExportsResponse]
    """

    kwargs = _get_kwargs(
        marketplace_id=marketplace_id,
        date_start=date_start,
        next_token=next_token,
        page_size=page_size,
        date_end=date_end,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
    date_start: datetime.datetime | Unset = UNSET,
    next_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    date_end: datetime.datetime | Unset = UNSET,
    status: GetInvoicesExportsStatus | Unset = UNSET,
) -> ErrorList | GetInvoicesExportsResponse | None:
    """GET /tax/invoices/2024-06-19/exports

    Rate limit: 0.1 requests/second, burst 20. (From spec/usage_plans.toml.)

    Reference: https://developer-docs.amazon.com/sp-api/reference/getinvoicesexports

    Args:
        marketplace_id (str):
        date_start (datetime.datetime | Unset):
        next_token (str | Unset):
        page_size (int | Unset):
        date_end (datetime.datetime | Unset):
        status (GetInvoicesExportsStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | GetInvoicesExportsResponse
    """

    return sync_detailed(
        client=client,
        marketplace_id=marketplace_id,
        date_start=date_start,
        next_token=next_token,
        page_size=page_size,
        date_end=date_end,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
    date_start: datetime.datetime | Unset = UNSET,
    next_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    date_end: datetime.datetime | Unset = UNSET,
    status: GetInvoicesExportsStatus | Unset = UNSET,
) -> Response[ErrorList | GetInvoicesExportsResponse]:
    """GET /tax/invoices/2024-06-19/exports

    Rate limit: 0.1 requests/second, burst 20. (From spec/usage_plans.toml.)

    Reference: https://developer-docs.amazon.com/sp-api/reference/getinvoicesexports

    Args:
        marketplace_id (str):
        date_start (datetime.datetime | Unset):
        next_token (str | Unset):
        page_size (int | Unset):
        date_end (datetime.datetime | Unset):
        status (GetInvoicesExportsStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | GetInvoicesExportsResponse]
    """

    kwargs = _get_kwargs(
        marketplace_id=marketplace_id,
        date_start=date_start,
        next_token=next_token,
        page_size=page_size,
        date_end=date_end,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
    date_start: datetime.datetime | Unset = UNSET,
    next_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    date_end: datetime.datetime | Unset = UNSET,
    status: GetInvoicesExportsStatus | Unset = UNSET,
) -> ErrorList | GetInvoicesExportsResponse | None:
    """GET /tax/invoices/2024-06-19/exports

    Rate limit: 0.1 requests/second, burst 20. (From spec/usage_plans.toml.)

    Reference: https://developer-docs.amazon.com/sp-api/reference/getinvoicesexports

    Args:
        marketplace_id (str):
        date_start (datetime.datetime | Unset):
        next_token (str | Unset):
        page_size (int | Unset):
        date_end (datetime.datetime | Unset):
        status (GetInvoicesExportsStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | GetInvoicesExportsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            marketplace_id=marketplace_id,
            date_start=date_start,
            next_token=next_token,
            page_size=page_size,
            date_end=date_end,
            status=status,
        )
    ).parsed
