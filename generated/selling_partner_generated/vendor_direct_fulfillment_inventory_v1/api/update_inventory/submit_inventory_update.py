from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.submit_inventory_update_request import SubmitInventoryUpdateRequest
from ...models.submit_inventory_update_response import SubmitInventoryUpdateResponse
from ...types import Response


def _get_kwargs(
    warehouse_id: str,
    *,
    body: SubmitInventoryUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/vendor/directFulfillment/inventory/v1/warehouses/{warehouse_id}/items".format(
            warehouse_id=quote(str(warehouse_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SubmitInventoryUpdateResponse | None:
    if response.status_code == 202:
        response_202 = SubmitInventoryUpdateResponse.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = SubmitInventoryUpdateResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = SubmitInventoryUpdateResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = SubmitInventoryUpdateResponse.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = SubmitInventoryUpdateResponse.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = SubmitInventoryUpdateResponse.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = SubmitInventoryUpdateResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = SubmitInventoryUpdateResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = SubmitInventoryUpdateResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SubmitInventoryUpdateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    warehouse_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubmitInventoryUpdateRequest,
) -> Response[SubmitInventoryUpdateResponse]:
    """POST /vendor/directFulfillment/inventory/v1/warehouses/{warehouseId}/items

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/submitinventoryupdate

    Args:
        warehouse_id (str):
        body (SubmitInventoryUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubmitInventoryUpdateResponse]
    """

    kwargs = _get_kwargs(
        warehouse_id=warehouse_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    warehouse_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubmitInventoryUpdateRequest,
) -> SubmitInventoryUpdateResponse | None:
    """POST /vendor/directFulfillment/inventory/v1/warehouses/{warehouseId}/items

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/submitinventoryupdate

    Args:
        warehouse_id (str):
        body (SubmitInventoryUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubmitInventoryUpdateResponse
    """

    return sync_detailed(
        warehouse_id=warehouse_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    warehouse_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubmitInventoryUpdateRequest,
) -> Response[SubmitInventoryUpdateResponse]:
    """POST /vendor/directFulfillment/inventory/v1/warehouses/{warehouseId}/items

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/submitinventoryupdate

    Args:
        warehouse_id (str):
        body (SubmitInventoryUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubmitInventoryUpdateResponse]
    """

    kwargs = _get_kwargs(
        warehouse_id=warehouse_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    warehouse_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubmitInventoryUpdateRequest,
) -> SubmitInventoryUpdateResponse | None:
    """POST /vendor/directFulfillment/inventory/v1/warehouses/{warehouseId}/items

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/submitinventoryupdate

    Args:
        warehouse_id (str):
        body (SubmitInventoryUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubmitInventoryUpdateResponse
    """

    return (
        await asyncio_detailed(
            warehouse_id=warehouse_id,
            client=client,
            body=body,
        )
    ).parsed
