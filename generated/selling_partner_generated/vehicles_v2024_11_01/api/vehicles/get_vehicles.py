from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.get_vehicles_vehicle_type import GetVehiclesVehicleType
from ...models.vehicles_response import VehiclesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_token: str | Unset = UNSET,
    marketplace_id: str,
    vehicle_type: GetVehiclesVehicleType,
    updated_after: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageToken"] = page_token

    params["marketplaceId"] = marketplace_id

    json_vehicle_type = vehicle_type.value
    params["vehicleType"] = json_vehicle_type

    params["updatedAfter"] = updated_after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/catalog/2024-11-01/automotive/vehicles",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | VehiclesResponse | None:
    if response.status_code == 200:
        response_200 = VehiclesResponse.from_dict(response.json())

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
) -> Response[ErrorList | VehiclesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_token: str | Unset = UNSET,
    marketplace_id: str,
    vehicle_type: GetVehiclesVehicleType,
    updated_after: str | Unset = UNSET,
) -> Response[ErrorList | VehiclesResponse]:
    """GET /catalog/2024-11-01/automotive/vehicles

    Rate limit: 20 requests/second, burst 5. (From spec/usage_plans.toml.)

    Reference: https://developer-docs.amazon.com/sp-api/reference/getvehicles

    Args:
        page_token (str | Unset):
        marketplace_id (str):
        vehicle_type (GetVehiclesVehicleType):
        updated_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | VehiclesResponse]
    """

    kwargs = _get_kwargs(
        page_token=page_token,
        marketplace_id=marketplace_id,
        vehicle_type=vehicle_type,
        updated_after=updated_after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_token: str | Unset = UNSET,
    marketplace_id: str,
    vehicle_type: GetVehiclesVehicleType,
    updated_after: str | Unset = UNSET,
) -> ErrorList | VehiclesResponse | None:
    """GET /catalog/2024-11-01/automotive/vehicles

    Rate limit: 20 requests/second, burst 5. (From spec/usage_plans.toml.)

    Reference: https://developer-docs.amazon.com/sp-api/reference/getvehicles

    Args:
        page_token (str | Unset):
        marketplace_id (str):
        vehicle_type (GetVehiclesVehicleType):
        updated_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | VehiclesResponse
    """

    return sync_detailed(
        client=client,
        page_token=page_token,
        marketplace_id=marketplace_id,
        vehicle_type=vehicle_type,
        updated_after=updated_after,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_token: str | Unset = UNSET,
    marketplace_id: str,
    vehicle_type: GetVehiclesVehicleType,
    updated_after: str | Unset = UNSET,
) -> Response[ErrorList | VehiclesResponse]:
    """GET /catalog/2024-11-01/automotive/vehicles

    Rate limit: 20 requests/second, burst 5. (From spec/usage_plans.toml.)

    Reference: https://developer-docs.amazon.com/sp-api/reference/getvehicles

    Args:
        page_token (str | Unset):
        marketplace_id (str):
        vehicle_type (GetVehiclesVehicleType):
        updated_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | VehiclesResponse]
    """

    kwargs = _get_kwargs(
        page_token=page_token,
        marketplace_id=marketplace_id,
        vehicle_type=vehicle_type,
        updated_after=updated_after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_token: str | Unset = UNSET,
    marketplace_id: str,
    vehicle_type: GetVehiclesVehicleType,
    updated_after: str | Unset = UNSET,
) -> ErrorList | VehiclesResponse | None:
    """GET /catalog/2024-11-01/automotive/vehicles

    Rate limit: 20 requests/second, burst 5. (From spec/usage_plans.toml.)

    Reference: https://developer-docs.amazon.com/sp-api/reference/getvehicles

    Args:
        page_token (str | Unset):
        marketplace_id (str):
        vehicle_type (GetVehiclesVehicleType):
        updated_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | VehiclesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page_token=page_token,
            marketplace_id=marketplace_id,
            vehicle_type=vehicle_type,
            updated_after=updated_after,
        )
    ).parsed
