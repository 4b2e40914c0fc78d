from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_packing_slip_response import GetPackingSlipResponse
from ...types import Response


def _get_kwargs(
    purchase_order_number: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/vendor/directFulfillment/shipping/v1/packingSlips/{purchase_order_number}".format(
            purchase_order_number=quote(str(purchase_order_number), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetPackingSlipResponse | None:
    if response.status_code == 200:
        response_200 = GetPackingSlipResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetPackingSlipResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetPackingSlipResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetPackingSlipResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetPackingSlipResponse.from_dict(response.json())

        return response_404

    if response.status_code == 415:
        response_415 = GetPackingSlipResponse.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = GetPackingSlipResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetPackingSlipResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetPackingSlipResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetPackingSlipResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    purchase_order_number: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetPackingSlipResponse]:
    """GET /vendor/directFulfillment/shipping/v1/packingSlips/{purchaseOrderNumber}

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getpackingslip

    Args:
        purchase_order_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPackingSlipResponse]
    """

    kwargs = _get_kwargs(
        purchase_order_number=purchase_order_number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    purchase_order_number: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetPackingSlipResponse | None:
    """GET /vendor/directFulfillment/shipping/v1/packingSlips/{purchaseOrderNumber}

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getpackingslip

    Args:
        purchase_order_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPackingSlipResponse
    """

    return sync_detailed(
        purchase_order_number=purchase_order_number,
        client=client,
    ).parsed


async def asyncio_detailed(
    purchase_order_number: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetPackingSlipResponse]:
    """GET /vendor/directFulfillment/shipping/v1/packingSlips/{purchaseOrderNumber}

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getpackingslip

    Args:
        purchase_order_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPackingSlipResponse]
    """

    kwargs = _get_kwargs(
        purchase_order_number=purchase_order_number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    purchase_order_number: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetPackingSlipResponse | None:
    """GET /vendor/directFulfillment/shipping/v1/packingSlips/{purchaseOrderNumber}

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getpackingslip

    Args:
        purchase_order_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPackingSlipResponse
    """

    return (
        await asyncio_detailed(
            purchase_order_number=purchase_order_number,
            client=client,
        )
    ).parsed
