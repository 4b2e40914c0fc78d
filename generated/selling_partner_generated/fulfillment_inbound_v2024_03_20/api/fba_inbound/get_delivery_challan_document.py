from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.get_delivery_challan_document_response import (
    GetDeliveryChallanDocumentResponse,
)
from ...types import Response


def _get_kwargs(
    inbound_plan_id: str,
    shipment_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/inbound/fba/2024-03-20/inboundPlans/{inbound_plan_id}/shipments/{shipment_id}/deliveryChallanDocument".format(
            inbound_plan_id=quote(str(inbound_plan_id), safe=""),
            shipment_id=quote(str(shipment_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | GetDeliveryChallanDocumentResponse | None:
    if response.status_code == 200:
        response_200 = GetDeliveryChallanDocumentResponse.from_dict(response.json())

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
) -> Response[ErrorList | GetDeliveryChallanDocumentResponse]:
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
) -> Response[ErrorList | GetDeliveryChallanDocumentResponse]:
    """GET
    /inbound/fba/2024-03-20/inboundPlans/{inboundPlanId}/shipments/{shipmentId}/deliveryChallanDocument

    Rate limit: 2 requests/second, burst 6.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getdeliverychallandocument

    Args:
        inbound_plan_id (str):
        shipment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | GetDeliveryChallanDocumentResponse]
    """

    kwargs = _get_kwargs(
        inbound_plan_id=inbound_plan_id,
        shipment_id=shipment_id,
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
) -> ErrorList | GetDeliveryChallanDocumentResponse | None:
    """GET
    /inbound/fba/2024-03-20/inboundPlans/{inboundPlanId}/shipments/{shipmentId}/deliveryChallanDocument

    Rate limit: 2 requests/second, burst 6.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getdeliverychallandocument

    Args:
        inbound_plan_id (str):
        shipment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | GetDeliveryChallanDocumentResponse
    """

    return sync_detailed(
        inbound_plan_id=inbound_plan_id,
        shipment_id=shipment_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    inbound_plan_id: str,
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorList | GetDeliveryChallanDocumentResponse]:
    """GET
    /inbound/fba/2024-03-20/inboundPlans/{inboundPlanId}/shipments/{shipmentId}/deliveryChallanDocument

    Rate limit: 2 requests/second, burst 6.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getdeliverychallandocument

    Args:
        inbound_plan_id (str):
        shipment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | GetDeliveryChallanDocumentResponse]
    """

    kwargs = _get_kwargs(
        inbound_plan_id=inbound_plan_id,
        shipment_id=shipment_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    inbound_plan_id: str,
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorList | GetDeliveryChallanDocumentResponse | None:
    """GET
    /inbound/fba/2024-03-20/inboundPlans/{inboundPlanId}/shipments/{shipmentId}/deliveryChallanDocument

    Rate limit: 2 requests/second, burst 6.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getdeliverychallandocument

    Args:
        inbound_plan_id (str):
        shipment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | GetDeliveryChallanDocumentResponse
    """

    return (
        await asyncio_detailed(
            inbound_plan_id=inbound_plan_id,
            shipment_id=shipment_id,
            client=client,
        )
    ).parsed
