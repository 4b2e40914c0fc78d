import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.get_invoices_response import GetInvoicesResponse
from ...models.get_invoices_sort_by import GetInvoicesSortBy
from ...models.get_invoices_sort_order import GetInvoicesSortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    transaction_identifier_name: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    date_end: datetime.datetime | Unset = UNSET,
    marketplace_id: str,
    transaction_type: str | Unset = UNSET,
    transaction_identifier_id: str | Unset = UNSET,
    date_start: datetime.datetime | Unset = UNSET,
    series: str | Unset = UNSET,
    next_token: str | Unset = UNSET,
    sort_order: GetInvoicesSortOrder | Unset = UNSET,
    invoice_type: str | Unset = UNSET,
    statuses: list[str] | Unset = UNSET,
    external_invoice_id: str | Unset = UNSET,
    sort_by: GetInvoicesSortBy | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["transactionIdentifierName"] = transaction_identifier_name

    params["pageSize"] = page_size

    json_date_end: str | Unset = UNSET
    if not isinstance(date_end, Unset):
        json_date_end = date_end.isoformat()
    params["dateEnd"] = json_date_end

    params["marketplaceId"] = marketplace_id

    params["transactionType"] = transaction_type

    params["transactionIdentifierId"] = transaction_identifier_id

    json_date_start: str | Unset = UNSET
    if not isinstance(date_start, Unset):
        json_date_start = date_start.isoformat()
    params["dateStart"] = json_date_start

    params["series"] = series

    params["nextToken"] = next_token

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    params["invoiceType"] = invoice_type

    json_statuses: list[str] | Unset = UNSET
    if not isinstance(statuses, Unset):
        json_statuses = statuses

    params["statuses"] = json_statuses

    params["externalInvoiceId"] = external_invoice_id

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sortBy"] = json_sort_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tax/invoices/2024-06-19/invoices",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | GetInvoicesResponse | None:
    if response.status_code == 200:
        response_200 = GetInvoicesResponse.from_dict(response.json())

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
) -> Response[ErrorList | GetInvoicesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    transaction_identifier_name: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    date_end: datetime.datetime | Unset = UNSET,
    marketplace_id: str,
    transaction_type: str | Unset = UNSET,
    transaction_identifier_id: str | Unset = UNSET,
    date_start: datetime.datetime | Unset = UNSET,
    series: str | Unset = UNSET,
    next_token: str | Unset = UNSET,
    sort_order: GetInvoicesSortOrder | Unset = UNSET,
    invoice_type: str | Unset = UNSET,
    statuses: list[str] | Unset = UNSET,
    external_invoice_id: str | Unset = UNSET,
    sort_by: GetInvoicesSortBy | Unset = UNSET,
) -> Response[ErrorList | GetInvoicesResponse]:
    """GET /tax/invoices/2024-06-19/invoices

    Rate limit: 0.1 requests/second, burst 20. (From spec/usage_plans.toml.)

    Reference: https://developer-docs.amazon.com/sp-api/reference/getinvoices

    Args:
        transaction_identifier_name (str | Unset):
        page_size (int | Unset):
        date_end (datetime.datetime | Unset):
        marketplace_id (str):
        transaction_type (str | Unset):
        transaction_identifier_id (str | Unset):
        date_start (datetime.datetime | Unset):
        series (str | Unset):
        next_token (str | Unset):
        sort_order (GetInvoicesSortOrder | Unset):
        invoice_type (str | Unset):
        statuses (list[str] | Unset):
        external_invoice_id (str | Unset):
        sort_by (GetInvoicesSortBy | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | GetInvoicesResponse]
    """

    kwargs = _get_kwargs(
        transaction_identifier_name=transaction_identifier_name,
        page_size=page_size,
        date_end=date_end,
        marketplace_id=marketplace_id,
        transaction_type=transaction_type,
        transaction_identifier_id=transaction_identifier_id,
        date_start=date_start,
        series=series,
        next_token=next_token,
        sort_order=sort_order,
        invoice_type=invoice_type,
        statuses=statuses,
        external_invoice_id=external_invoice_id,
        sort_by=sort_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    transaction_identifier_name: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    date_end: datetime.datetime | Unset = UNSET,
    marketplace_id: str,
    transaction_type: str | Unset = UNSET,
    transaction_identifier_id: str | Unset = UNSET,
    date_start: datetime.datetime | Unset = UNSET,
    series: str | Unset = UNSET,
    next_token: str | Unset = UNSET,
    sort_order: GetInvoicesSortOrder | Unset = UNSET,
    invoice_type: str | Unset = UNSET,
    statuses: list[str] | Unset = UNSET,
    external_invoice_id: str | Unset = UNSET,
    sort_by: GetInvoicesSortBy | Unset = UNSET,
) -> ErrorList | GetInvoicesResponse | None:
    """GET /tax/invoices/2024-06-19/invoices

    Rate limit: 0.1 requests/second, burst 20. (From spec/usage_plans.toml.)

    Reference: https://developer-docs.amazon.com/sp-api/reference/getinvoices

    Args:
        transaction_identifier_name (str | Unset):
        page_size (int | Unset):
        date_end (datetime.datetime | Unset):
        marketplace_id (str):
        transaction_type (str | Unset):
        transaction_identifier_id (str | Unset):
        date_start (datetime.datetime | Unset):
        series (str | Unset):
        next_token (str | Unset):
        sort_order (GetInvoicesSortOrder | Unset):
        invoice_type (str | Unset):
        statuses (list[str] | Unset):
        external_invoice_id (str | Unset):
        sort_by (GetInvoicesSortBy | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | GetInvoicesResponse
    """

    return sync_detailed(
        client=client,
        transaction_identifier_name=transaction_identifier_name,
        page_size=page_size,
        date_end=date_end,
        marketplace_id=marketplace_id,
        transaction_type=transaction_type,
        transaction_identifier_id=transaction_identifier_id,
        date_start=date_start,
        series=series,
        next_token=next_token,
        sort_order=sort_order,
        invoice_type=invoice_type,
        statuses=statuses,
        external_invoice_id=external_invoice_id,
        sort_by=sort_by,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    transaction_identifier_name: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    date_end: datetime.datetime | Unset = UNSET,
    marketplace_id: str,
    transaction_type: str | Unset = UNSET,
    transaction_identifier_id: str | Unset = UNSET,
    date_start: datetime.datetime | Unset = UNSET,
    series: str | Unset = UNSET,
    next_token: str | Unset = UNSET,
    sort_order: GetInvoicesSortOrder | Unset = UNSET,
    invoice_type: str | Unset = UNSET,
    statuses: list[str] | Unset = UNSET,
    external_invoice_id: str | Unset = UNSET,
    sort_by: GetInvoicesSortBy | Unset = UNSET,
) -> Response[ErrorList | GetInvoicesResponse]:
    """GET /tax/invoices/2024-06-19/invoices

    Rate limit: 0.1 requests/second, burst 20. (From spec/usage_plans.toml.)

    Reference: https://developer-docs.amazon.com/sp-api/reference/getinvoices

    Args:
        transaction_identifier_name (str | Unset):
        page_size (int | Unset):
        date_end (datetime.datetime | Unset):
        marketplace_id (str):
        transaction_type (str | Unset):
        transaction_identifier_id (str | Unset):
        date_start (datetime.datetime | Unset):
        series (str | Unset):
        next_token (str | Unset):
        sort_order (GetInvoicesSortOrder | Unset):
        invoice_type (str | Unset):
        statuses (list[str] | Unset):
        external_invoice_id (str | Unset):
        sort_by (GetInvoicesSortBy | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | GetInvoicesResponse]
    """

    kwargs = _get_kwargs(
        transaction_identifier_name=transaction_identifier_name,
        page_size=page_size,
        date_end=date_end,
        marketplace_id=marketplace_id,
        transaction_type=transaction_type,
        transaction_identifier_id=transaction_identifier_id,
        date_start=date_start,
        series=series,
        next_token=next_token,
        sort_order=sort_order,
        invoice_type=invoice_type,
        statuses=statuses,
        external_invoice_id=external_invoice_id,
        sort_by=sort_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    transaction_identifier_name: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    date_end: datetime.datetime | Unset = UNSET,
    marketplace_id: str,
    transaction_type: str | Unset = UNSET,
    transaction_identifier_id: str | Unset = UNSET,
    date_start: datetime.datetime | Unset = UNSET,
    series: str | Unset = UNSET,
    next_token: str | Unset = UNSET,
    sort_order: GetInvoicesSortOrder | Unset = UNSET,
    invoice_type: str | Unset = UNSET,
    statuses: list[str] | Unset = UNSET,
    external_invoice_id: str | Unset = UNSET,
    sort_by: GetInvoicesSortBy | Unset = UNSET,
) -> ErrorList | GetInvoicesResponse | None:
    """GET /tax/invoices/2024-06-19/invoices

    Rate limit: 0.1 requests/second, burst 20. (From spec/usage_plans.toml.)

    Reference: https://developer-docs.amazon.com/sp-api/reference/getinvoices

    Args:
        transaction_identifier_name (str | Unset):
        page_size (int | Unset):
        date_end (datetime.datetime | Unset):
        marketplace_id (str):
        transaction_type (str | Unset):
        transaction_identifier_id (str | Unset):
        date_start (datetime.datetime | Unset):
        series (str | Unset):
        next_token (str | Unset):
        sort_order (GetInvoicesSortOrder | Unset):
        invoice_type (str | Unset):
        statuses (list[str] | Unset):
        external_invoice_id (str | Unset):
        sort_by (GetInvoicesSortBy | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | GetInvoicesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            transaction_identifier_name=transaction_identifier_name,
            page_size=page_size,
            date_end=date_end,
            marketplace_id=marketplace_id,
            transaction_type=transaction_type,
            transaction_identifier_id=transaction_identifier_id,
            date_start=date_start,
            series=series,
            next_token=next_token,
            sort_order=sort_order,
            invoice_type=invoice_type,
            statuses=statuses,
            external_invoice_id=external_invoice_id,
            sort_by=sort_by,
        )
    ).parsed
