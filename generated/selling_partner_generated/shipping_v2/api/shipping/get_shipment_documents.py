from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.get_shipment_documents_response import GetShipmentDocumentsResponse
from ...models.get_shipment_documents_x_amzn_shipping_business_id import (
    GetShipmentDocumentsXAmznShippingBusinessId,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    shipment_id: str,
    *,
    package_client_reference_id: str,
    format_: str | Unset = UNSET,
    dpi: float | Unset = UNSET,
    x_amzn_shipping_business_id: GetShipmentDocumentsXAmznShippingBusinessId
    | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_amzn_shipping_business_id, Unset):
        headers["x-amzn-shipping-business-id"] = str(x_amzn_shipping_business_id)

    params: dict[str, Any] = {}

    params["packageClientReferenceId"] = package_client_reference_id

    params["format"] = format_

    params["dpi"] = dpi

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/shipping/v2/shipments/{shipment_id}/documents".format(
            shipment_id=quote(str(shipment_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | GetShipmentDocumentsResponse | None:
    if response.status_code == 200:
        response_200 = GetShipmentDocumentsResponse.from_dict(response.json())

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
) -> Response[ErrorList | GetShipmentDocumentsResponse]:
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
    package_client_reference_id: str,
    format_: str | Unset = UNSET,
    dpi: float | Unset = UNSET,
    x_amzn_shipping_business_id: GetShipmentDocumentsXAmznShippingBusinessId
    | Unset = UNSET,
) -> Response[ErrorList | GetShipmentDocumentsResponse]:
    """GET /shipping/v2/shipments/{shipmentId}/documents

    Rate limit: 80 requests/second, burst 100.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getshipmentdocuments

    Args:
        shipment_id (str):
        package_client_reference_id (str):
        format_ (str | Unset):
        dpi (float | Unset):
        x_amzn_shipping_business_id (GetShipmentDocumentsXAmznShippingBusinessId | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | GetShipmentDocumentsResponse]
    """

    kwargs = _get_kwargs(
        shipment_id=shipment_id,
        package_client_reference_id=package_client_reference_id,
        format_=format_,
        dpi=dpi,
        x_amzn_shipping_business_id=x_amzn_shipping_business_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
    package_client_reference_id: str,
    format_: str | Unset = UNSET,
    dpi: float | Unset = UNSET,
    x_amzn_shipping_business_id: GetShipmentDocumentsXAmznShippingBusinessId
    | Unset = UNSET,
) -> ErrorList | GetShipmentDocumentsResponse | None:
    """GET /shipping/v2/shipments/{shipmentId}/documents

    Rate limit: 80 requests/second, burst 100.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getshipmentdocuments

    Args:
        shipment_id (str):
        package_client_reference_id (str):
        format_ (str | Unset):
        dpi (float | Unset):
        x_amzn_shipping_business_id (GetShipmentDocumentsXAmznShippingBusinessId | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | GetShipmentDocumentsResponse
    """

    return sync_detailed(
        shipment_id=shipment_id,
        client=client,
        package_client_reference_id=package_client_reference_id,
        format_=format_,
        dpi=dpi,
        x_amzn_shipping_business_id=x_amzn_shipping_business_id,
    ).parsed


async def asyncio_detailed(
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
    package_client_reference_id: str,
    format_: str | Unset = UNSET,
    dpi: float | Unset = UNSET,
    x_amzn_shipping_business_id: GetShipmentDocumentsXAmznShippingBusinessId
    | Unset = UNSET,
) -> Response[ErrorList | GetShipmentDocumentsResponse]:
    """GET /shipping/v2/shipments/{shipmentId}/documents

    Rate limit: 80 requests/second, burst 100.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getshipmentdocuments

    Args:
        shipment_id (str):
        package_client_reference_id (str):
        format_ (str | Unset):
        dpi (float | Unset):
        x_amzn_shipping_business_id (GetShipmentDocumentsXAmznShippingBusinessId | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | GetShipmentDocumentsResponse]
    """

    kwargs = _get_kwargs(
        shipment_id=shipment_id,
        package_client_reference_id=package_client_reference_id,
        format_=format_,
        dpi=dpi,
        x_amzn_shipping_business_id=x_amzn_shipping_business_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
    package_client_reference_id: str,
    format_: str | Unset = UNSET,
    dpi: float | Unset = UNSET,
    x_amzn_shipping_business_id: GetShipmentDocumentsXAmznShippingBusinessId
    | Unset = UNSET,
) -> ErrorList | GetShipmentDocumentsResponse | None:
    """GET /shipping/v2/shipments/{shipmentId}/documents

    Rate limit: 80 requests/second, burst 100.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getshipmentdocuments

    Args:
        shipment_id (str):
        package_client_reference_id (str):
        format_ (str | Unset):
        dpi (float | Unset):
        x_amzn_shipping_business_id (GetShipmentDocumentsXAmznShippingBusinessId | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | GetShipmentDocumentsResponse
    """

    return (
        await asyncio_detailed(
            shipment_id=shipment_id,
            client=client,
            package_client_reference_id=package_client_reference_id,
            format_=format_,
            dpi=dpi,
            x_amzn_shipping_business_id=x_amzn_shipping_business_id,
        )
    ).parsed
