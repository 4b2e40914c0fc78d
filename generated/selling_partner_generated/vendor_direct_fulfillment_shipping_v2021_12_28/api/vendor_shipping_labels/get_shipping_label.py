from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.shipping_label import ShippingLabel
from ...types import Response


def _get_kwargs(
    purchase_order_number: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/vendor/directFulfillment/shipping/2021-12-28/shippingLabels/{purchase_order_number}".format(
            purchase_order_number=quote(str(purchase_order_number), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | ShippingLabel | None:
    if response.status_code == 200:
        response_200 = ShippingLabel.from_dict(response.json())

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
) -> Response[ErrorList | ShippingLabel]:
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
) -> Response[ErrorList | ShippingLabel]:
    """GET /vendor/directFulfillment/shipping/2021-12-28/shippingLabels/{purchaseOrderNumber}

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getshippinglabel

    Args:
        purchase_order_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ShippingLabel]
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
) -> ErrorList | ShippingLabel | None:
    """GET /vendor/directFulfillment/shipping/2021-12-28/shippingLabels/{purchaseOrderNumber}

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getshippinglabel

    Args:
        purchase_order_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ShippingLabel
    """

    return sync_detailed(
        purchase_order_number=purchase_order_number,
        client=client,
    ).parsed


async def asyncio_detailed(
    purchase_order_number: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorList | ShippingLabel]:
    """GET /vendor/directFulfillment/shipping/2021-12-28/shippingLabels/{purchaseOrderNumber}

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getshippinglabel

    Args:
        purchase_order_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ShippingLabel]
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
) -> ErrorList | ShippingLabel | None:
    """GET /vendor/directFulfillment/shipping/2021-12-28/shippingLabels/{purchaseOrderNumber}

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getshippinglabel

    Args:
        purchase_order_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ShippingLabel
    """

    return (
        await asyncio_detailed(
            purchase_order_number=purchase_order_number,
            client=client,
        )
    ).parsed
