from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.list_shipment_content_update_previews_response import (
    ListShipmentContentUpdatePreviewsResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    inbound_plan_id: str,
    shipment_id: str,
    *,
    page_size: int | Unset = 10,
    pagination_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageSize"] = page_size

    params["paginationToken"] = pagination_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/inbound/fba/2024-03-20/inboundPlans/{inbound_plan_id}/shipments/{shipment_id}/contentUpdatePreviews".format(
            inbound_plan_id=quote(str(inbound_plan_id), safe=""),
            shipment_id=quote(str(shipment_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | ListShipmentContentUpdatePreviewsResponse | None:
    if response.status_code == 200:
        response_200 = ListShipmentContentUpdatePreviewsResponse.from_dict(
            response.json()
        )

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
) -> Response[ErrorList | ListShipmentContentUpdatePreviewsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    inbound_plan_id: str,
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 10,
    pagination_token: str | Unset = UNSET,
) -> Response[ErrorList | ListShipmentContentUpdatePreviewsResponse]:
    """GET
    /inbound/fba/2024-03-20/inboundPlans/{inboundPlanId}/shipments/{shipmentId}/contentUpdatePreviews

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listshipmentcontentupdatepreviews

    Args:
        inbound_plan_id (str):
        shipment_id (str):
        page_size (int | Unset):  Default: 10.
        pagination_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ListShipmentContentUpdatePreviewsResponse]
    """

    kwargs = _get_kwargs(
        inbound_plan_id=inbound_plan_id,
        shipment_id=shipment_id,
        page_size=page_size,
        pagination_token=pagination_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    inbound_plan_id: str,
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 10,
    pagination_token: str | Unset = UNSET,
) -> ErrorList | ListShipmentContentUpdatePreviewsResponse | None:
    """GET
    /inbound/fba/2024-03-20/inboundPlans/{inboundPlanId}/shipments/{shipmentId}/contentUpdatePreviews

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listshipmentcontentupdatepreviews

    Args:
        inbound_plan_id (str):
        shipment_id (str):
        page_size (int | Unset):  Default: 10.
        pagination_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ListShipmentContentUpdatePreviewsResponse
    """

    return sync_detailed(
        inbound_plan_id=inbound_plan_id,
        shipment_id=shipment_id,
        client=client,
        page_size=page_size,
        pagination_token=pagination_token,
    ).parsed


async def asyncio_detailed(
    inbound_plan_id: str,
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 10,
    pagination_token: str | Unset = UNSET,
) -> Response[ErrorList | ListShipmentContentUpdatePreviewsResponse]:
    """GET
    /inbound/fba/2024-03-20/inboundPlans/{inboundPlanId}/shipments/{shipmentId}/contentUpdatePreviews

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listshipmentcontentupdatepreviews

    Args:
        inbound_plan_id (str):
        shipment_id (str):
        page_size (int | Unset):  Default: 10.
        pagination_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ListShipmentContentUpdatePreviewsResponse]
    """

    kwargs = _get_kwargs(
        inbound_plan_id=inbound_plan_id,
        shipment_id=shipment_id,
        page_size=page_size,
        pagination_token=pagination_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    inbound_plan_id: str,
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 10,
    pagination_token: str | Unset = UNSET,
) -> ErrorList | ListShipmentContentUpdatePreviewsResponse | None:
    """GET
    /inbound/fba/2024-03-20/inboundPlans/{inboundPlanId}/shipments/{shipmentId}/contentUpdatePreviews

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listshipmentcontentupdatepreviews

    Args:
        inbound_plan_id (str):
        shipment_id (str):
        page_size (int | Unset):  Default: 10.
        pagination_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ListShipmentContentUpdatePreviewsResponse
    """

    return (
        await asyncio_detailed(
            inbound_plan_id=inbound_plan_id,
            shipment_id=shipment_id,
            client=client,
            page_size=page_size,
            pagination_token=pagination_token,
        )
    ).parsed
