from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_shipment_items_response import GetShipmentItemsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    shipment_id: str,
    *,
    marketplace_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["MarketplaceId"] = marketplace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fba/inbound/v0/shipments/{shipment_id}/items".format(
            shipment_id=quote(str(shipment_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetShipmentItemsResponse | None:
    if response.status_code == 200:
        response_200 = GetShipmentItemsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetShipmentItemsResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetShipmentItemsResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetShipmentItemsResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetShipmentItemsResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetShipmentItemsResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetShipmentItemsResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetShipmentItemsResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetShipmentItemsResponse]:
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
    marketplace_id: str | Unset = UNSET,
) -> Response[GetShipmentItemsResponse]:
    """GET /fba/inbound/v0/shipments/{shipmentId}/items

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getshipmentitemsbyshipmentid

    Args:
        shipment_id (str):
        marketplace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetShipmentItemsResponse]
    """

    kwargs = _get_kwargs(
        shipment_id=shipment_id,
        marketplace_id=marketplace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str | Unset = UNSET,
) -> GetShipmentItemsResponse | None:
    """GET /fba/inbound/v0/shipments/{shipmentId}/items

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getshipmentitemsbyshipmentid

    Args:
        shipment_id (str):
        marketplace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetShipmentItemsResponse
    """

    return sync_detailed(
        shipment_id=shipment_id,
        client=client,
        marketplace_id=marketplace_id,
    ).parsed


async def asyncio_detailed(
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str | Unset = UNSET,
) -> Response[GetShipmentItemsResponse]:
    """GET /fba/inbound/v0/shipments/{shipmentId}/items

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getshipmentitemsbyshipmentid

    Args:
        shipment_id (str):
        marketplace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetShipmentItemsResponse]
    """

    kwargs = _get_kwargs(
        shipment_id=shipment_id,
        marketplace_id=marketplace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str | Unset = UNSET,
) -> GetShipmentItemsResponse | None:
    """GET /fba/inbound/v0/shipments/{shipmentId}/items

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getshipmentitemsbyshipmentid

    Args:
        shipment_id (str):
        marketplace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetShipmentItemsResponse
    """

    return (
        await asyncio_detailed(
            shipment_id=shipment_id,
            client=client,
            marketplace_id=marketplace_id,
        )
    ).parsed
