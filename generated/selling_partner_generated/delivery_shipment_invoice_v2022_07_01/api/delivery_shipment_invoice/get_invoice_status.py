from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_invoice_status_invoice_type import GetInvoiceStatusInvoiceType
from ...models.get_invoice_status_program_type import GetInvoiceStatusProgramType
from ...models.get_invoice_status_response import GetInvoiceStatusResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    order_id: str | Unset = UNSET,
    shipment_id: str | Unset = UNSET,
    marketplace_id: str,
    invoice_type: GetInvoiceStatusInvoiceType,
    program_type: GetInvoiceStatusProgramType,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["orderId"] = order_id

    params["shipmentId"] = shipment_id

    params["marketplaceId"] = marketplace_id

    json_invoice_type = invoice_type.value
    params["invoiceType"] = json_invoice_type

    json_program_type = program_type.value
    params["programType"] = json_program_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/delivery/2022-07-01/invoice/status",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetInvoiceStatusResponse | list[Error] | None:
    if response.status_code == 200:
        response_200 = GetInvoiceStatusResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetInvoiceStatusResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetInvoiceStatusResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetInvoiceStatusResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetInvoiceStatusResponse.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = []
        _response_413 = response.json()
        for componentsschemas_error_list_item_data in _response_413:
            componentsschemas_error_list_item = Error.from_dict(
                componentsschemas_error_list_item_data
            )

            response_413.append(componentsschemas_error_list_item)

        return response_413

    if response.status_code == 415:
        response_415 = GetInvoiceStatusResponse.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = GetInvoiceStatusResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetInvoiceStatusResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetInvoiceStatusResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetInvoiceStatusResponse | list[Error]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    order_id: str | Unset = UNSET,
    shipment_id: str | Unset = UNSET,
    marketplace_id: str,
    invoice_type: GetInvoiceStatusInvoiceType,
    program_type: GetInvoiceStatusProgramType,
) -> Response[GetInvoiceStatusResponse | list[Error]]:
    """GET /delivery/2022-07-01/invoice/status

    Rate limit: 1.133 requests/second, burst 25.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getinvoicestatus

    Args:
        order_id (str | Unset):
        shipment_id (str | Unset):
        marketplace_id (str):
        invoice_type (GetInvoiceStatusInvoiceType):
        program_type (GetInvoiceStatusProgramType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetInvoiceStatusResponse | list[Error]]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        shipment_id=shipment_id,
        marketplace_id=marketplace_id,
        invoice_type=invoice_type,
        program_type=program_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    order_id: str | Unset = UNSET,
    shipment_id: str | Unset = UNSET,
    marketplace_id: str,
    invoice_type: GetInvoiceStatusInvoiceType,
    program_type: GetInvoiceStatusProgramType,
) -> GetInvoiceStatusResponse | list[Error] | None:
    """GET /delivery/2022-07-01/invoice/status

    Rate limit: 1.133 requests/second, burst 25.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getinvoicestatus

    Args:
        order_id (str | Unset):
        shipment_id (str | Unset):
        marketplace_id (str):
        invoice_type (GetInvoiceStatusInvoiceType):
        program_type (GetInvoiceStatusProgramType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetInvoiceStatusResponse | list[Error]
    """

    return sync_detailed(
        client=client,
        order_id=order_id,
        shipment_id=shipment_id,
        marketplace_id=marketplace_id,
        invoice_type=invoice_type,
        program_type=program_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    order_id: str | Unset = UNSET,
    shipment_id: str | Unset = UNSET,
    marketplace_id: str,
    invoice_type: GetInvoiceStatusInvoiceType,
    program_type: GetInvoiceStatusProgramType,
) -> Response[GetInvoiceStatusResponse | list[Error]]:
    """GET /delivery/2022-07-01/invoice/status

    Rate limit: 1.133 requests/second, burst 25.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getinvoicestatus

    Args:
        order_id (str | Unset):
        shipment_id (str | Unset):
        marketplace_id (str):
        invoice_type (GetInvoiceStatusInvoiceType):
        program_type (GetInvoiceStatusProgramType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetInvoiceStatusResponse | list[Error]]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        shipment_id=shipment_id,
        marketplace_id=marketplace_id,
        invoice_type=invoice_type,
        program_type=program_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    order_id: str | Unset = UNSET,
    shipment_id: str | Unset = UNSET,
    marketplace_id: str,
    invoice_type: GetInvoiceStatusInvoiceType,
    program_type: GetInvoiceStatusProgramType,
) -> GetInvoiceStatusResponse | list[Error] | None:
    """GET /delivery/2022-07-01/invoice/status

    Rate limit: 1.133 requests/second, burst 25.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getinvoicestatus

    Args:
        order_id (str | Unset):
        shipment_id (str | Unset):
        marketplace_id (str):
        invoice_type (GetInvoiceStatusInvoiceType):
        program_type (GetInvoiceStatusProgramType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetInvoiceStatusResponse | list[Error]
    """

    return (
        await asyncio_detailed(
            client=client,
            order_id=order_id,
            shipment_id=shipment_id,
            marketplace_id=marketplace_id,
            invoice_type=invoice_type,
            program_type=program_type,
        )
    ).parsed
