from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.get_shipment_tracking_response import GetShipmentTrackingResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: str | Unset = UNSET,
    acsin: str | Unset = UNSET,
    aftn: str | Unset = UNSET,
    container_number: str | Unset = UNSET,
    house_bill_of_lading_number: str | Unset = UNSET,
    carrier_tracking_tracking_number: str | Unset = UNSET,
    carrier_tracking_carrier_code: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

    params["id"] = id

    params["acsin"] = acsin

    params["aftn"] = aftn

    params["containerNumber"] = container_number

    params["houseBillOfLadingNumber"] = house_bill_of_lading_number

    params["carrierTracking.trackingNumber"] = carrier_tracking_tracking_number

    params["carrierTracking.carrierCode"] = carrier_tracking_carrier_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tracking/2026-01-30/shipments/track",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | GetShipmentTrackingResponse | None:
    if response.status_code == 200:
        response_200 = GetShipmentTrackingResponse.from_dict(response.json())

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
) -> Response[ErrorList | GetShipmentTrackingResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: str | Unset = UNSET,
    acsin: str | Unset = UNSET,
    aftn: str | Unset = UNSET,
    container_number: str | Unset = UNSET,
    house_bill_of_lading_number: str | Unset = UNSET,
    carrier_tracking_tracking_number: str | Unset = UNSET,
    carrier_tracking_carrier_code: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[ErrorList | GetShipmentTrackingResponse]:
    """GET /tracking/2026-01-30/shipments/track

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getshipmenttracking

    Args:
        id (str | Unset):
        acsin (str | Unset):
        aftn (str | Unset):
        container_number (str | Unset):
        house_bill_of_lading_number (str | Unset):
        carrier_tracking_tracking_number (str | Unset):
        carrier_tracking_carrier_code (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | GetShipmentTrackingResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        acsin=acsin,
        aftn=aftn,
        container_number=container_number,
        house_bill_of_lading_number=house_bill_of_lading_number,
        carrier_tracking_tracking_number=carrier_tracking_tracking_number,
        carrier_tracking_carrier_code=carrier_tracking_carrier_code,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    id: str | Unset = UNSET,
    acsin: str | Unset = UNSET,
    aftn: str | Unset = UNSET,
    container_number: str | Unset = UNSET,
    house_bill_of_lading_number: str | Unset = UNSET,
    carrier_tracking_tracking_number: str | Unset = UNSET,
    carrier_tracking_carrier_code: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> ErrorList | GetShipmentTrackingResponse | None:
    """GET /tracking/2026-01-30/shipments/track

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getshipmenttracking

    Args:
        id (str | Unset):
        acsin (str | Unset):
        aftn (str | Unset):
        container_number (str | Unset):
        house_bill_of_lading_number (str | Unset):
        carrier_tracking_tracking_number (str | Unset):
        carrier_tracking_carrier_code (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | GetShipmentTrackingResponse
    """

    return sync_detailed(
        client=client,
        id=id,
        acsin=acsin,
        aftn=aftn,
        container_number=container_number,
        house_bill_of_lading_number=house_bill_of_lading_number,
        carrier_tracking_tracking_number=carrier_tracking_tracking_number,
        carrier_tracking_carrier_code=carrier_tracking_carrier_code,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: str | Unset = UNSET,
    acsin: str | Unset = UNSET,
    aftn: str | Unset = UNSET,
    container_number: str | Unset = UNSET,
    house_bill_of_lading_number: str | Unset = UNSET,
    carrier_tracking_tracking_number: str | Unset = UNSET,
    carrier_tracking_carrier_code: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[ErrorList | GetShipmentTrackingResponse]:
    """GET /tracking/2026-01-30/shipments/track

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getshipmenttracking

    Args:
        id (str | Unset):
        acsin (str | Unset):
        aftn (str | Unset):
        container_number (str | Unset):
        house_bill_of_lading_number (str | Unset):
        carrier_tracking_tracking_number (str | Unset):
        carrier_tracking_carrier_code (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | GetShipmentTrackingResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        acsin=acsin,
        aftn=aftn,
        container_number=container_number,
        house_bill_of_lading_number=house_bill_of_lading_number,
        carrier_tracking_tracking_number=carrier_tracking_tracking_number,
        carrier_tracking_carrier_code=carrier_tracking_carrier_code,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    id: str | Unset = UNSET,
    acsin: str | Unset = UNSET,
    aftn: str | Unset = UNSET,
    container_number: str | Unset = UNSET,
    house_bill_of_lading_number: str | Unset = UNSET,
    carrier_tracking_tracking_number: str | Unset = UNSET,
    carrier_tracking_carrier_code: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> ErrorList | GetShipmentTrackingResponse | None:
    """GET /tracking/2026-01-30/shipments/track

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getshipmenttracking

    Args:
        id (str | Unset):
        acsin (str | Unset):
        aftn (str | Unset):
        container_number (str | Unset):
        house_bill_of_lading_number (str | Unset):
        carrier_tracking_tracking_number (str | Unset):
        carrier_tracking_carrier_code (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | GetShipmentTrackingResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            acsin=acsin,
            aftn=aftn,
            container_number=container_number,
            house_bill_of_lading_number=house_bill_of_lading_number,
            carrier_tracking_tracking_number=carrier_tracking_tracking_number,
            carrier_tracking_carrier_code=carrier_tracking_carrier_code,
            accept_language=accept_language,
        )
    ).parsed
