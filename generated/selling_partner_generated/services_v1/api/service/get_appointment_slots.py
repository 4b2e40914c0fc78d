from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_appointment_slots_response import GetAppointmentSlotsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    asin: str,
    store_id: str,
    marketplace_ids: list[str],
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["asin"] = asin

    params["storeId"] = store_id

    json_marketplace_ids = marketplace_ids

    params["marketplaceIds"] = json_marketplace_ids

    params["startTime"] = start_time

    params["endTime"] = end_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/service/v1/appointmentSlots",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetAppointmentSlotsResponse | None:
    if response.status_code == 200:
        response_200 = GetAppointmentSlotsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetAppointmentSlotsResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = GetAppointmentSlotsResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetAppointmentSlotsResponse.from_dict(response.json())

        return response_404

    if response.status_code == 415:
        response_415 = GetAppointmentSlotsResponse.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = GetAppointmentSlotsResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetAppointmentSlotsResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetAppointmentSlotsResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetAppointmentSlotsResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetAppointmentSlotsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    asin: str,
    store_id: str,
    marketplace_ids: list[str],
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
) -> Response[GetAppointmentSlotsResponse]:
    """GET /service/v1/appointmentSlots

    Rate limit: 20 requests/second, burst 40.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getappointmentslots

    Args:
        asin (str):
        store_id (str):
        marketplace_ids (list[str]):
        start_time (str | Unset):
        end_time (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAppointmentSlotsResponse]
    """

    kwargs = _get_kwargs(
        asin=asin,
        store_id=store_id,
        marketplace_ids=marketplace_ids,
        start_time=start_time,
        end_time=end_time,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    asin: str,
    store_id: str,
    marketplace_ids: list[str],
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
) -> GetAppointmentSlotsResponse | None:
    """GET /service/v1/appointmentSlots

    Rate limit: 20 requests/second, burst 40.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getappointmentslots

    Args:
        asin (str):
        store_id (str):
        marketplace_ids (list[str]):
        start_time (str | Unset):
        end_time (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAppointmentSlotsResponse
    """

    return sync_detailed(
        client=client,
        asin=asin,
        store_id=store_id,
        marketplace_ids=marketplace_ids,
        start_time=start_time,
        end_time=end_time,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    asin: str,
    store_id: str,
    marketplace_ids: list[str],
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
) -> Response[GetAppointmentSlotsResponse]:
    """GET /service/v1/appointmentSlots

    Rate limit: 20 requests/second, burst 40.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getappointmentslots

    Args:
        asin (str):
        store_id (str):
        marketplace_ids (list[str]):
        start_time (str | Unset):
        end_time (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAppointmentSlotsResponse]
    """

    kwargs = _get_kwargs(
        asin=asin,
        store_id=store_id,
        marketplace_ids=marketplace_ids,
        start_time=start_time,
        end_time=end_time,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    asin: str,
    store_id: str,
    marketplace_ids: list[str],
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
) -> GetAppointmentSlotsResponse | None:
    """GET /service/v1/appointmentSlots

    Rate limit: 20 requests/second, burst 40.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getappointmentslots

    Args:
        asin (str):
        store_id (str):
        marketplace_ids (list[str]):
        start_time (str | Unset):
        end_time (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAppointmentSlotsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            asin=asin,
            store_id=store_id,
            marketplace_ids=marketplace_ids,
            start_time=start_time,
            end_time=end_time,
        )
    ).parsed
