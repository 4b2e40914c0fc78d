from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.govt_invoice_document_response import GovtInvoiceDocumentResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    shipment_id: str,
    *,
    marketplace_id: str,
    transaction_type: str,
    invoice_type: str,
    inbound_plan_id: str | Unset = UNSET,
    file_format: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["marketplaceId"] = marketplace_id

    params["transactionType"] = transaction_type

    params["invoiceType"] = invoice_type

    params["inboundPlanId"] = inbound_plan_id

    params["fileFormat"] = file_format

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tax/invoices/2024-06-19/governmentInvoiceRequests/{shipment_id}".format(
            shipment_id=quote(str(shipment_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | GovtInvoiceDocumentResponse | None:
    if response.status_code == 200:
        response_200 = GovtInvoiceDocumentResponse.from_dict(response.json())

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
) -> Response[ErrorList | GovtInvoiceDocumentResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
    transaction_type: str,
    invoice_type: str,
    inbound_plan_id: str | Unset = UNSET,
    file_format: str | Unset = UNSET,
) -> Response[ErrorList | GovtInvoiceDocumentResponse]:
    """GET /tax/invoices/2024-06-19/governmentInvoiceRequests/{shipmentId}

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getgovernmentinvoicedocument

    Args:
        shipment_id (str):
        marketplace_id (str):
        transaction_type (str):
        invoice_type (str):
        inbound_plan_id (str | Unset):
        file_format (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | GovtInvoiceDocumentResponse]
    """

    kwargs = _get_kwargs(
        shipment_id=shipment_id,
        marketplace_id=marketplace_id,
        transaction_type=transaction_type,
        invoice_type=invoice_type,
        inbound_plan_id=inbound_plan_id,
        file_format=file_format,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
    transaction_type: str,
    invoice_type: str,
    inbound_plan_id: str | Unset = UNSET,
    file_format: str | Unset = UNSET,
) -> ErrorList | GovtInvoiceDocumentResponse | None:
    """GET /tax/invoices/2024-06-19/governmentInvoiceRequests/{shipmentId}

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getgovernmentinvoicedocument

    Args:
        shipment_id (str):
        marketplace_id (str):
        transaction_type (str):
        invoice_type (str):
        inbound_plan_id (str | Unset):
        file_format (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | GovtInvoiceDocumentResponse
    """

    return sync_detailed(
        shipment_id=shipment_id,
        client=client,
        marketplace_id=marketplace_id,
        transaction_type=transaction_type,
        invoice_type=invoice_type,
        inbound_plan_id=inbound_plan_id,
        file_format=file_format,
    ).parsed


async def asyncio_detailed(
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
    transaction_type: str,
    invoice_type: str,
    inbound_plan_id: str | Unset = UNSET,
    file_format: str | Unset = UNSET,
) -> Response[ErrorList | GovtInvoiceDocumentResponse]:
    """GET /tax/invoices/2024-06-19/governmentInvoiceRequests/{shipmentId}

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getgovernmentinvoicedocument

    Args:
        shipment_id (str):
        marketplace_id (str):
        transaction_type (str):
        invoice_type (str):
        inbound_plan_id (str | Unset):
        file_format (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | GovtInvoiceDocumentResponse]
    """

    kwargs = _get_kwargs(
        shipment_id=shipment_id,
        marketplace_id=marketplace_id,
        transaction_type=transaction_type,
        invoice_type=invoice_type,
        inbound_plan_id=inbound_plan_id,
        file_format=file_format,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
    transaction_type: str,
    invoice_type: str,
    inbound_plan_id: str | Unset = UNSET,
    file_format: str | Unset = UNSET,
) -> ErrorList | GovtInvoiceDocumentResponse | None:
    """GET /tax/invoices/2024-06-19/governmentInvoiceRequests/{shipmentId}

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getgovernmentinvoicedocument

    Args:
        shipment_id (str):
        marketplace_id (str):
        transaction_type (str):
        invoice_type (str):
        inbound_plan_id (str | Unset):
        file_format (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | GovtInvoiceDocumentResponse
    """

    return (
        await asyncio_detailed(
            shipment_id=shipment_id,
            client=client,
            marketplace_id=marketplace_id,
            transaction_type=transaction_type,
            invoice_type=invoice_type,
            inbound_plan_id=inbound_plan_id,
            file_format=file_format,
        )
    ).parsed
