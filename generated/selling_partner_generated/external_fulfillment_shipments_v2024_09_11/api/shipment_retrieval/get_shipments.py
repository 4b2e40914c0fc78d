import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.get_shipments_status import GetShipmentsStatus
from ...models.shipments_response import ShipmentsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    location_id: str | Unset = UNSET,
    marketplace_id: str | Unset = UNSET,
    channel_name: str | Unset = UNSET,
    status: GetShipmentsStatus,
    last_updated_after: datetime.datetime | Unset = UNSET,
    last_updated_before: datetime.datetime | Unset = UNSET,
    max_results: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["locationId"] = location_id

    params["marketplaceId"] = marketplace_id

    params["channelName"] = channel_name

    json_status = status.value
    params["status"] = json_status

    json_last_updated_after: str | Unset = UNSET
    if not isinstance(last_updated_after, Unset):
        json_last_updated_after = last_updated_after.isoformat()
    params["lastUpdatedAfter"] = json_last_updated_after

    json_last_updated_before: str | Unset = UNSET
    if not isinstance(last_updated_before, Unset):
        json_last_updated_before = last_updated_before.isoformat()
    params["lastUpdatedBefore"] = json_last_updated_before

    params["maxResults"] = max_results

    params["paginationToken"] = pagination_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/externalFulfillment/2024-09-11/shipments",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | ShipmentsResponse | None:
    if response.status_code == 200:
        response_200 = ShipmentsResponse.from_dict(response.json())

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
) -> Response[ErrorList | ShipmentsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    location_id: str | Unset = UNSET,
    marketplace_id: str | Unset = UNSET,
    channel_name: str | Unset = UNSET,
    status: GetShipmentsStatus,
    last_updated_after: datetime.datetime | Unset = UNSET,
    last_updated_before: datetime.datetime | Unset = UNSET,
    max_results: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
) -> Response[ErrorList | ShipmentsResponse]:
    """GET /externalFulfillment/2024-09-11/shipments

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getshipments

    Args:
        location_id (str | Unset):
        marketplace_id (str | Unset):
        channel_name (str | Unset):
        status (GetShipmentsStatus):
        last_updated_after (datetime.datetime | Unset):
        last_updated_before (datetime.datetime | Unset):
        max_results (int | Unset):
        pagination_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ShipmentsResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        marketplace_id=marketplace_id,
        channel_name=channel_name,
        status=status,
        last_updated_after=last_updated_after,
        last_updated_before=last_updated_before,
        max_results=max_results,
        pagination_token=pagination_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    location_id: str | Unset = UNSET,
    marketplace_id: str | Unset = UNSET,
    channel_name: str | Unset = UNSET,
    status: GetShipmentsStatus,
    last_updated_after: datetime.datetime | Unset = UNSET,
    last_updated_before: datetime.datetime | Unset = UNSET,
    max_results: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
) -> ErrorList | ShipmentsResponse | None:
    """GET /externalFulfillment/2024-09-11/shipments

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getshipments

    Args:
        location_id (str | Unset):
        marketplace_id (str | Unset):
        channel_name (str | Unset):
        status (GetShipmentsStatus):
        last_updated_after (datetime.datetime | Unset):
        last_updated_before (datetime.datetime | Unset):
        max_results (int | Unset):
        pagination_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ShipmentsResponse
    """

    return sync_detailed(
        client=client,
        location_id=location_id,
        marketplace_id=marketplace_id,
        channel_name=channel_name,
        status=status,
        last_updated_after=last_updated_after,
        last_updated_before=last_updated_before,
        max_results=max_results,
        pagination_token=pagination_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    location_id: str | Unset = UNSET,
    marketplace_id: str | Unset = UNSET,
    channel_name: str | Unset = UNSET,
    status: GetShipmentsStatus,
    last_updated_after: datetime.datetime | Unset = UNSET,
    last_updated_before: datetime.datetime | Unset = UNSET,
    max_results: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
) -> Response[ErrorList | ShipmentsResponse]:
    """GET /externalFulfillment/2024-09-11/shipments

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getshipments

    Args:
        location_id (str | Unset):
        marketplace_id (str | Unset):
        channel_name (str | Unset):
        status (GetShipmentsStatus):
        last_updated_after (datetime.datetime | Unset):
        last_updated_before (datetime.datetime | Unset):
        max_results (int | Unset):
        pagination_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ShipmentsResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        marketplace_id=marketplace_id,
        channel_name=channel_name,
        status=status,
        last_updated_after=last_updated_after,
        last_updated_before=last_updated_before,
        max_results=max_results,
        pagination_token=pagination_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    location_id: str | Unset = UNSET,
    marketplace_id: str | Unset = UNSET,
    channel_name: str | Unset = UNSET,
    status: GetShipmentsStatus,
    last_updated_after: datetime.datetime | Unset = UNSET,
    last_updated_before: datetime.datetime | Unset = UNSET,
    max_results: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
) -> ErrorList | ShipmentsResponse | None:
    """GET /externalFulfillment/2024-09-11/shipments

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getshipments

    Args:
        location_id (str | Unset):
        marketplace_id (str | Unset):
        channel_name (str | Unset):
        status (GetShipmentsStatus):
        last_updated_after (datetime.datetime | Unset):
        last_updated_before (datetime.datetime | Unset):
        max_results (int | Unset):
        pagination_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ShipmentsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            location_id=location_id,
            marketplace_id=marketplace_id,
            channel_name=channel_name,
            status=status,
            last_updated_after=last_updated_after,
            last_updated_before=last_updated_before,
            max_results=max_results,
            pagination_token=pagination_token,
        )
    ).parsed
