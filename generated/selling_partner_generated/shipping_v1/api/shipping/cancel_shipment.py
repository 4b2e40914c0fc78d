from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_shipment_response import CancelShipmentResponse
from ...types import Response


def _get_kwargs(
    shipment_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/shipping/v1/shipments/{shipment_id}/cancel".format(
            shipment_id=quote(str(shipment_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CancelShipmentResponse | None:
    if response.status_code == 200:
        response_200 = CancelShipmentResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CancelShipmentResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CancelShipmentResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CancelShipmentResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = CancelShipmentResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = CancelShipmentResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = CancelShipmentResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = CancelShipmentResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CancelShipmentResponse]:
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
) -> Response[CancelShipmentResponse]:
    """POST /shipping/v1/shipments/{shipmentId}/cancel

    Rate limit: 5 requests/second, burst 15.

    Reference: https://developer-docs.amazon.com/sp-api/reference/cancelshipment

    Args:
        shipment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelShipmentResponse]
    """

    kwargs = _get_kwargs(
        shipment_id=shipment_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CancelShipmentResponse | None:
    """POST /shipping/v1/shipments/{shipmentId}/cancel

    Rate limit: 5 requests/second, burst 15.

    Reference: https://developer-docs.amazon.com/sp-api/reference/cancelshipment

    Args:
        shipment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelShipmentResponse
    """

    return sync_detailed(
        shipment_id=shipment_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CancelShipmentResponse]:
    """POST /shipping/v1/shipments/{shipmentId}/cancel

    Rate limit: 5 requests/second, burst 15.

    Reference: https://developer-docs.amazon.com/sp-api/reference/cancelshipment

    Args:
        shipment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelShipmentResponse]
    """

    kwargs = _get_kwargs(
        shipment_id=shipment_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CancelShipmentResponse | None:
    """POST /shipping/v1/shipments/{shipmentId}/cancel

    Rate limit: 5 requests/second, burst 15.

    Reference: https://developer-docs.amazon.com/sp-api/reference/cancelshipment

    Args:
        shipment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelShipmentResponse
    """

    return (
        await asyncio_detailed(
            shipment_id=shipment_id,
            client=client,
        )
    ).parsed
