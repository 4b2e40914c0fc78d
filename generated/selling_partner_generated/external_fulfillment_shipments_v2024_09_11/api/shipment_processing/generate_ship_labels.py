from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.generate_ship_labels_operation import GenerateShipLabelsOperation
from ...models.ship_labels_input import ShipLabelsInput
from ...models.ship_labels_response import ShipLabelsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    shipment_id: str,
    *,
    body: ShipLabelsInput | Unset = UNSET,
    shipping_option_id: str | Unset = UNSET,
    operation: GenerateShipLabelsOperation,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["shippingOptionId"] = shipping_option_id

    json_operation = operation.value
    params["operation"] = json_operation

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/externalFulfillment/2024-09-11/shipments/{shipment_id}/shipLabels".format(
            shipment_id=quote(str(shipment_id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | ShipLabelsResponse | None:
    if response.status_code == 200:
        response_200 = ShipLabelsResponse.from_dict(response.json())

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
) -> Response[ErrorList | ShipLabelsResponse]:
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
    body: ShipLabelsInput | Unset = UNSET,
    shipping_option_id: str | Unset = UNSET,
    operation: GenerateShipLabelsOperation,
) -> Response[ErrorList | ShipLabelsResponse]:
    """PUT /externalFulfillment/2024-09-11/shipments/{shipmentId}/shipLabels

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/generateshiplabels

    Args:
        shipment_id (str):
        shipping_option_id (str | Unset):
        operation (GenerateShipLabelsOperation):
        body (ShipLabelsInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ShipLabelsResponse]
    """

    kwargs = _get_kwargs(
        shipment_id=shipment_id,
        body=body,
        shipping_option_id=shipping_option_id,
        operation=operation,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ShipLabelsInput | Unset = UNSET,
    shipping_option_id: str | Unset = UNSET,
    operation: GenerateShipLabelsOperation,
) -> ErrorList | ShipLabelsResponse | None:
    """PUT /externalFulfillment/2024-09-11/shipments/{shipmentId}/shipLabels

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/generateshiplabels

    Args:
        shipment_id (str):
        shipping_option_id (str | Unset):
        operation (GenerateShipLabelsOperation):
        body (ShipLabelsInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ShipLabelsResponse
    """

    return sync_detailed(
        shipment_id=shipment_id,
        client=client,
        body=body,
        shipping_option_id=shipping_option_id,
        operation=operation,
    ).parsed


async def asyncio_detailed(
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ShipLabelsInput | Unset = UNSET,
    shipping_option_id: str | Unset = UNSET,
    operation: GenerateShipLabelsOperation,
) -> Response[ErrorList | ShipLabelsResponse]:
    """PUT /externalFulfillment/2024-09-11/shipments/{shipmentId}/shipLabels

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/generateshiplabels

    Args:
        shipment_id (str):
        shipping_option_id (str | Unset):
        operation (GenerateShipLabelsOperation):
        body (ShipLabelsInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ShipLabelsResponse]
    """

    kwargs = _get_kwargs(
        shipment_id=shipment_id,
        body=body,
        shipping_option_id=shipping_option_id,
        operation=operation,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ShipLabelsInput | Unset = UNSET,
    shipping_option_id: str | Unset = UNSET,
    operation: GenerateShipLabelsOperation,
) -> ErrorList | ShipLabelsResponse | None:
    """PUT /externalFulfillment/2024-09-11/shipments/{shipmentId}/shipLabels

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/generateshiplabels

    Args:
        shipment_id (str):
        shipping_option_id (str | Unset):
        operation (GenerateShipLabelsOperation):
        body (ShipLabelsInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ShipLabelsResponse
    """

    return (
        await asyncio_detailed(
            shipment_id=shipment_id,
            client=client,
            body=body,
            shipping_option_id=shipping_option_id,
            operation=operation,
        )
    ).parsed
