from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.retrieve_shipping_label_request import RetrieveShippingLabelRequest
from ...models.retrieve_shipping_label_response import RetrieveShippingLabelResponse
from ...types import Response


def _get_kwargs(
    shipment_id: str,
    tracking_id: str,
    *,
    body: RetrieveShippingLabelRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/shipping/v1/shipments/{shipment_id}/containers/{tracking_id}/label".format(
            shipment_id=quote(str(shipment_id), safe=""),
            tracking_id=quote(str(tracking_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RetrieveShippingLabelResponse | None:
    if response.status_code == 200:
        response_200 = RetrieveShippingLabelResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = RetrieveShippingLabelResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = RetrieveShippingLabelResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = RetrieveShippingLabelResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = RetrieveShippingLabelResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = RetrieveShippingLabelResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = RetrieveShippingLabelResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = RetrieveShippingLabelResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RetrieveShippingLabelResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    shipment_id: str,
    tracking_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RetrieveShippingLabelRequest,
) -> Response[RetrieveShippingLabelResponse]:
    """POST /shipping/v1/shipments/{shipmentId}/containers/{trackingId}/label

    Rate limit: 5 requests/second, burst 15.

    Reference: https://developer-docs.amazon.com/sp-api/reference/retrieveshippinglabel

    Args:
        shipment_id (str):
        tracking_id (str):
        body (RetrieveShippingLabelRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RetrieveShippingLabelResponse]
    """

    kwargs = _get_kwargs(
        shipment_id=shipment_id,
        tracking_id=tracking_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shipment_id: str,
    tracking_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RetrieveShippingLabelRequest,
) -> RetrieveShippingLabelResponse | None:
    """POST /shipping/v1/shipments/{shipmentId}/containers/{trackingId}/label

    Rate limit: 5 requests/second, burst 15.

    Reference: https://developer-docs.amazon.com/sp-api/reference/retrieveshippinglabel

    Args:
        shipment_id (str):
        tracking_id (str):
        body (RetrieveShippingLabelRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RetrieveShippingLabelResponse
    """

    return sync_detailed(
        shipment_id=shipment_id,
        tracking_id=tracking_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    shipment_id: str,
    tracking_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RetrieveShippingLabelRequest,
) -> Response[RetrieveShippingLabelResponse]:
    """POST /shipping/v1/shipments/{shipmentId}/containers/{trackingId}/label

    Rate limit: 5 requests/second, burst 15.

    Reference: https://developer-docs.amazon.com/sp-api/reference/retrieveshippinglabel

    Args:
        shipment_id (str):
        tracking_id (str):
        body (RetrieveShippingLabelRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RetrieveShippingLabelResponse]
    """

    kwargs = _get_kwargs(
        shipment_id=shipment_id,
        tracking_id=tracking_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shipment_id: str,
    tracking_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RetrieveShippingLabelRequest,
) -> RetrieveShippingLabelResponse | None:
    """POST /shipping/v1/shipments/{shipmentId}/containers/{trackingId}/label

    Rate limit: 5 requests/second, burst 15.

    Reference: https://developer-docs.amazon.com/sp-api/reference/retrieveshippinglabel

    Args:
        shipment_id (str):
        tracking_id (str):
        body (RetrieveShippingLabelRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RetrieveShippingLabelResponse
    """

    return (
        await asyncio_detailed(
            shipment_id=shipment_id,
            tracking_id=tracking_id,
            client=client,
            body=body,
        )
    ).parsed
