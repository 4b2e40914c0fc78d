from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.shipping_options_response import ShippingOptionsResponse
from ...types import UNSET, Response


def _get_kwargs(
    shipment_id: str,
    *,
    package_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["packageId"] = package_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/externalFulfillment/2024-09-11/shipments/{shipment_id}/shippingOptions".format(
            shipment_id=quote(str(shipment_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | ShippingOptionsResponse | None:
    if response.status_code == 200:
        response_200 = ShippingOptionsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorList.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorList.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorList.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorList.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ErrorList.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ErrorList.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = ErrorList.from_dict(response.json())

        return response_422

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
) -> Response[ErrorList | ShippingOptionsResponse]:
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
    package_id: str,
) -> Response[ErrorList | ShippingOptionsResponse]:
    """GET /externalFulfillment/2024-09-11/shipments/{shipmentId}/shippingOptions

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/retrieveshippingoptions

    Args:
        shipment_id (str):
        package_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ShippingOptionsResponse]
    """

    kwargs = _get_kwargs(
        shipment_id=shipment_id,
        package_id=package_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
    package_id: str,
) -> ErrorList | ShippingOptionsResponse | None:
    """GET /externalFulfillment/2024-09-11/shipments/{shipmentId}/shippingOptions

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/retrieveshippingoptions

    Args:
        shipment_id (str):
        package_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ShippingOptionsResponse
    """

    return sync_detailed(
        shipment_id=shipment_id,
        client=client,
        package_id=package_id,
    ).parsed


async def asyncio_detailed(
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
    package_id: str,
) -> Response[ErrorList | ShippingOptionsResponse]:
    """GET /externalFulfillment/2024-09-11/shipments/{shipmentId}/shippingOptions

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/retrieveshippingoptions

    Args:
        shipment_id (str):
        package_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ShippingOptionsResponse]
    """

    kwargs = _get_kwargs(
        shipment_id=shipment_id,
        package_id=package_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
    package_id: str,
) -> ErrorList | ShippingOptionsResponse | None:
    """GET /externalFulfillment/2024-09-11/shipments/{shipmentId}/shippingOptions

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/retrieveshippingoptions

    Args:
        shipment_id (str):
        package_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ShippingOptionsResponse
    """

    return (
        await asyncio_detailed(
            shipment_id=shipment_id,
            client=client,
            package_id=package_id,
        )
    ).parsed
