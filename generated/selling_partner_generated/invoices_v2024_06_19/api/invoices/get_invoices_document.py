from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.get_invoices_document_response import GetInvoicesDocumentResponse
from ...types import Response


def _get_kwargs(
    invoices_document_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tax/invoices/2024-06-19/documents/{invoices_document_id}".format(
            invoices_document_id=quote(str(invoices_document_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | GetInvoicesDocumentResponse | None:
    if response.status_code == 200:
        response_200 = GetInvoicesDocumentResponse.from_dict(response.json())

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
) -> Response[ErrorList | GetInvoicesDocumentResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    invoices_document_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorList | GetInvoicesDocumentResponse]:
    """GET /tax/invoices/2024-06-19/documents/{invoicesDocumentId}

    Rate limit: 0.0167 requests/second, burst 1. (From spec/usage_plans.toml.)

    Reference: https://developer-docs.amazon.com/sp-api/reference/getinvoicesdocument

    Args:
        invoices_document_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | GetInvoicesDocumentResponse]
    """

    kwargs = _get_kwargs(
        invoices_document_id=invoices_document_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    invoices_document_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorList | GetInvoicesDocumentResponse | None:
    """GET /tax/invoices/2024-06-19/documents/{invoicesDocumentId}

    Rate limit: 0.0167 requests/second, burst 1. (From spec/usage_plans.toml.)

    Reference: https://developer-docs.amazon.com/sp-api/reference/getinvoicesdocument

    Args:
        invoices_document_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | GetInvoicesDocumentResponse
    """

    return sync_detailed(
        invoices_document_id=invoices_document_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    invoices_document_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorList | GetInvoicesDocumentResponse]:
    """GET /tax/invoices/2024-06-19/documents/{invoicesDocumentId}

    Rate limit: 0.0167 requests/second, burst 1. (From spec/usage_plans.toml.)

    Reference: https://developer-docs.amazon.com/sp-api/reference/getinvoicesdocument

    Args:
        invoices_document_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | GetInvoicesDocumentResponse]
    """

    kwargs = _get_kwargs(
        invoices_document_id=invoices_document_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoices_document_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorList | GetInvoicesDocumentResponse | None:
    """GET /tax/invoices/2024-06-19/documents/{invoicesDocumentId}

    Rate limit: 0.0167 requests/second, burst 1. (From spec/usage_plans.toml.)

    Reference: https://developer-docs.amazon.com/sp-api/reference/getinvoicesdocument

    Args:
        invoices_document_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | GetInvoicesDocumentResponse
    """

    return (
        await asyncio_detailed(
            invoices_document_id=invoices_document_id,
            client=client,
        )
    ).parsed
