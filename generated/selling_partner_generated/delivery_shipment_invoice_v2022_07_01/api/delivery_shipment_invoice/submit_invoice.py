from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.submit_invoice_request import SubmitInvoiceRequest
from ...models.submit_invoice_response import SubmitInvoiceResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SubmitInvoiceRequest,
    order_id: str | Unset = UNSET,
    shipment_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["orderId"] = order_id

    params["shipmentId"] = shipment_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/delivery/2022-07-01/invoice",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SubmitInvoiceResponse | list[Error] | None:
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
) -> Response[SubmitInvoiceResponse | list[Error]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubmitInvoiceRequest,
    order_id: str | Unset = UNSET,
    shipment_id: str | Unset = UNSET,
) -> Response[SubmitInvoiceResponse | list[Error]]:
    """POST /delivery/2022-07-01/invoice

    Rate limit: 1.133 requests/second, burst 25.

    Reference: https://developer-docs.amazon.com/sp-api/reference/submitinvoice

    Args:
        order_id (str | Unset):
        shipment_id (str | Unset):
        body (SubmitInvoiceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubmitInvoiceResponse | list[Error]]
    """

    kwargs = _get_kwargs(
        body=body,
        order_id=order_id,
        shipment_id=shipment_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SubmitInvoiceRequest,
    order_id: str | Unset = UNSET,
    shipment_id: str | Unset = UNSET,
) -> SubmitInvoiceResponse | list[Error] | None:
    """POST /delivery/2022-07-01/invoice

    Rate limit: 1.133 requests/second, burst 25.

    Reference: https://developer-docs.amazon.com/sp-api/reference/submitinvoice

    Args:
        order_id (str | Unset):
        shipment_id (str | Unset):
        body (SubmitInvoiceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubmitInvoiceResponse | list[Error]
    """

    return sync_detailed(
        client=client,
        body=body,
        order_id=order_id,
        shipment_id=shipment_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubmitInvoiceRequest,
    order_id: str | Unset = UNSET,
    shipment_id: str | Unset = UNSET,
) -> Response[SubmitInvoiceResponse | list[Error]]:
    """POST /delivery/2022-07-01/invoice

    Rate limit: 1.133 requests/second, burst 25.

    Reference: https://developer-docs.amazon.com/sp-api/reference/submitinvoice

    Args:
        order_id (str | Unset):
        shipment_id (str | Unset):
        body (SubmitInvoiceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubmitInvoiceResponse | list[Error]]
    """

    kwargs = _get_kwargs(
        body=body,
        order_id=order_id,
        shipment_id=shipment_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SubmitInvoiceRequest,
    order_id: str | Unset = UNSET,
    shipment_id: str | Unset = UNSET,
) -> SubmitInvoiceResponse | list[Error] | None:
    """POST /delivery/2022-07-01/invoice

    Rate limit: 1.133 requests/second, burst 25.

    Reference: https://developer-docs.amazon.com/sp-api/reference/submitinvoice

    Args:
        order_id (str | Unset):
        shipment_id (str | Unset):
        body (SubmitInvoiceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubmitInvoiceResponse | list[Error]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            order_id=order_id,
            shipment_id=shipment_id,
        )
    ).parsed
