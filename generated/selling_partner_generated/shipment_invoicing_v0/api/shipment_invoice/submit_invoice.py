from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.submit_invoice_request import SubmitInvoiceRequest
from ...models.submit_invoice_response import SubmitInvoiceResponse
from ...types import Response


def _get_kwargs(
    shipment_id: str,
    *,
    body: SubmitInvoiceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fba/outbound/brazil/v0/shipments/{shipment_id}/invoice".format(
            shipment_id=quote(str(shipment_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SubmitInvoiceResponse | None:
    if response.status_code == 200:
        response_200 = SubmitInvoiceResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = SubmitInvoiceResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = SubmitInvoiceResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = SubmitInvoiceResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = SubmitInvoiceResponse.from_dict(response.json())

        return response_404

    if response.status_code == 415:
        response_415 = SubmitInvoiceResponse.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = SubmitInvoiceResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = SubmitInvoiceResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = SubmitInvoiceResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SubmitInvoiceResponse]:
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
    body: SubmitInvoiceRequest,
) -> Response[SubmitInvoiceResponse]:
    """POST /fba/outbound/brazil/v0/shipments/{shipmentId}/invoice

    Rate limit: 1.133 requests/second, burst 25.

    Reference: https://developer-docs.amazon.com/sp-api/reference/submitinvoice

    Args:
        shipment_id (str):
        body (SubmitInvoiceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubmitInvoiceResponse]
    """

    kwargs = _get_kwargs(
        shipment_id=shipment_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubmitInvoiceRequest,
) -> SubmitInvoiceResponse | None:
    """POST /fba/outbound/brazil/v0/shipments/{shipmentId}/invoice

    Rate limit: 1.133 requests/second, burst 25.

    Reference: https://developer-docs.amazon.com/sp-api/reference/submitinvoice

    Args:
        shipment_id (str):
        body (SubmitInvoiceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubmitInvoiceResponse
    """

    return sync_detailed(
        shipment_id=shipment_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubmitInvoiceRequest,
) -> Response[SubmitInvoiceResponse]:
    """POST /fba/outbound/brazil/v0/shipments/{shipmentId}/invoice

    Rate limit: 1.133 requests/second, burst 25.

    Reference: https://developer-docs.amazon.com/sp-api/reference/submitinvoice

    Args:
        shipment_id (str):
        body (SubmitInvoiceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubmitInvoiceResponse]
    """

    kwargs = _get_kwargs(
        shipment_id=shipment_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubmitInvoiceRequest,
) -> SubmitInvoiceResponse | None:
    """POST /fba/outbound/brazil/v0/shipments/{shipmentId}/invoice

    Rate limit: 1.133 requests/second, burst 25.

    Reference: https://developer-docs.amazon.com/sp-api/reference/submitinvoice

    Args:
        shipment_id (str):
        body (SubmitInvoiceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubmitInvoiceResponse
    """

    return (
        await asyncio_detailed(
            shipment_id=shipment_id,
            client=client,
            body=body,
        )
    ).parsed
