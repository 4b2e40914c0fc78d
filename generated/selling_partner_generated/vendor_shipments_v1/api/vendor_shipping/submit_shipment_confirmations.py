from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.submit_shipment_confirmations_request import (
    SubmitShipmentConfirmationsRequest,
)
from ...models.submit_shipment_confirmations_response import (
    SubmitShipmentConfirmationsResponse,
)
from ...types import Response


def _get_kwargs(
    *,
    body: SubmitShipmentConfirmationsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/vendor/shipping/v1/shipmentConfirmations",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SubmitShipmentConfirmationsResponse | None:
    if response.status_code == 202:
        response_202 = SubmitShipmentConfirmationsResponse.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = SubmitShipmentConfirmationsResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = SubmitShipmentConfirmationsResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = SubmitShipmentConfirmationsResponse.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = SubmitShipmentConfirmationsResponse.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = SubmitShipmentConfirmationsResponse.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = SubmitShipmentConfirmationsResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = SubmitShipmentConfirmationsResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = SubmitShipmentConfirmationsResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SubmitShipmentConfirmationsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubmitShipmentConfirmationsRequest,
) -> Response[SubmitShipmentConfirmationsResponse]:
    """POST /vendor/shipping/v1/shipmentConfirmations

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/submitshipmentconfirmations

    Args:
        body (SubmitShipmentConfirmationsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubmitShipmentConfirmationsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SubmitShipmentConfirmationsRequest,
) -> SubmitShipmentConfirmationsResponse | None:
    """POST /vendor/shipping/v1/shipmentConfirmations

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/submitshipmentconfirmations

    Args:
        body (SubmitShipmentConfirmationsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubmitShipmentConfirmationsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubmitShipmentConfirmationsRequest,
) -> Response[SubmitShipmentConfirmationsResponse]:
    """POST /vendor/shipping/v1/shipmentConfirmations

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/submitshipmentconfirmations

    Args:
        body (SubmitShipmentConfirmationsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubmitShipmentConfirmationsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SubmitShipmentConfirmationsRequest,
) -> SubmitShipmentConfirmationsResponse | None:
    """POST /vendor/shipping/v1/shipmentConfirmations

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/submitshipmentconfirmations

    Args:
        body (SubmitShipmentConfirmationsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubmitShipmentConfirmationsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
