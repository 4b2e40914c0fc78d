from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_eligible_shipment_services_request import (
    GetEligibleShipmentServicesRequest,
)
from ...models.get_eligible_shipment_services_response import (
    GetEligibleShipmentServicesResponse,
)
from ...types import Response


def _get_kwargs(
    *,
    body: GetEligibleShipmentServicesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/mfn/v0/eligibleShippingServices",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetEligibleShipmentServicesResponse | None:
    if response.status_code == 200:
        response_200 = GetEligibleShipmentServicesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetEligibleShipmentServicesResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetEligibleShipmentServicesResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetEligibleShipmentServicesResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetEligibleShipmentServicesResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetEligibleShipmentServicesResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetEligibleShipmentServicesResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetEligibleShipmentServicesResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetEligibleShipmentServicesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetEligibleShipmentServicesRequest,
) -> Response[GetEligibleShipmentServicesResponse]:
    """POST /mfn/v0/eligibleShippingServices

    Rate limit: 6 requests/second, burst 12.

    Reference: https://developer-docs.amazon.com/sp-api/reference/geteligibleshipmentservices

    Args:
        body (GetEligibleShipmentServicesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetEligibleShipmentServicesResponse]
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
    body: GetEligibleShipmentServicesRequest,
) -> GetEligibleShipmentServicesResponse | None:
    """POST /mfn/v0/eligibleShippingServices

    Rate limit: 6 requests/second, burst 12.

    Reference: https://developer-docs.amazon.com/sp-api/reference/geteligibleshipmentservices

    Args:
        body (GetEligibleShipmentServicesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetEligibleShipmentServicesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetEligibleShipmentServicesRequest,
) -> Response[GetEligibleShipmentServicesResponse]:
    """POST /mfn/v0/eligibleShippingServices

    Rate limit: 6 requests/second, burst 12.

    Reference: https://developer-docs.amazon.com/sp-api/reference/geteligibleshipmentservices

    Args:
        body (GetEligibleShipmentServicesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetEligibleShipmentServicesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetEligibleShipmentServicesRequest,
) -> GetEligibleShipmentServicesResponse | None:
    """POST /mfn/v0/eligibleShippingServices

    Rate limit: 6 requests/second, burst 12.

    Reference: https://developer-docs.amazon.com/sp-api/reference/geteligibleshipmentservices

    Args:
        body (GetEligibleShipmentServicesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetEligibleShipmentServicesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
