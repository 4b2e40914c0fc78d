from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_shipment_request import CreateShipmentRequest
from ...models.create_shipment_response import CreateShipmentResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateShipmentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/mfn/v0/shipments",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateShipmentResponse | None:
    if response.status_code == 200:
        response_200 = CreateShipmentResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateShipmentResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateShipmentResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateShipmentResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = CreateShipmentResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = CreateShipmentResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = CreateShipmentResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = CreateShipmentResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateShipmentResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateShipmentRequest,
) -> Response[CreateShipmentResponse]:
    """POST /mfn/v0/shipments

    Rate limit: 2 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/createshipment

    Args:
        body (CreateShipmentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateShipmentResponse]
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
    body: CreateShipmentRequest,
) -> CreateShipmentResponse | None:
    """POST /mfn/v0/shipments

    Rate limit: 2 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/createshipment

    Args:
        body (CreateShipmentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateShipmentResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateShipmentRequest,
) -> Response[CreateShipmentResponse]:
    """POST /mfn/v0/shipments

    Rate limit: 2 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/createshipment

    Args:
        body (CreateShipmentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateShipmentResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateShipmentRequest,
) -> CreateShipmentResponse | None:
    """POST /mfn/v0/shipments

    Rate limit: 2 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/createshipment

    Args:
        body (CreateShipmentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateShipmentResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
