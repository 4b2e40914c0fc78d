import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.get_feeds_processing_statuses_item import GetFeedsProcessingStatusesItem
from ...models.get_feeds_response import GetFeedsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    feed_types: list[str] | Unset = UNSET,
    marketplace_ids: list[str] | Unset = UNSET,
    page_size: int | Unset = 10,
    processing_statuses: list[GetFeedsProcessingStatusesItem] | Unset = UNSET,
    created_since: datetime.datetime | Unset = UNSET,
    created_until: datetime.datetime | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_feed_types: list[str] | Unset = UNSET
    if not isinstance(feed_types, Unset):
        json_feed_types = feed_types

    params["feedTypes"] = json_feed_types

    json_marketplace_ids: list[str] | Unset = UNSET
    if not isinstance(marketplace_ids, Unset):
        json_marketplace_ids = marketplace_ids

    params["marketplaceIds"] = json_marketplace_ids

    params["pageSize"] = page_size

    json_processing_statuses: list[str] | Unset = UNSET
    if not isinstance(processing_statuses, Unset):
        json_processing_statuses = []
        for processing_statuses_item_data in processing_statuses:
            processing_statuses_item = processing_statuses_item_data.value
            json_processing_statuses.append(processing_statuses_item)

    params["processingStatuses"] = json_processing_statuses

    json_created_since: str | Unset = UNSET
    if not isinstance(created_since, Unset):
        json_created_since = created_since.isoformat()
    params["createdSince"] = json_created_since

    json_created_until: str | Unset = UNSET
    if not isinstance(created_until, Unset):
        json_created_until = created_until.isoformat()
    params["createdUntil"] = json_created_until

    params["nextToken"] = next_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/feeds/2021-06-30/feeds",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | GetFeedsResponse | None:
    if response.status_code == 200:
        response_200 = GetFeedsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorList.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorList.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorList.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorList.from_dict(response.json())

        return response_404

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
) -> Response[ErrorList | GetFeedsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    feed_types: list[str] | Unset = UNSET,
    marketplace_ids: list[str] | Unset = UNSET,
    page_size: int | Unset = 10,
    processing_statuses: list[GetFeedsProcessingStatusesItem] | Unset = UNSET,
    created_since: datetime.datetime | Unset = UNSET,
    created_until: datetime.datetime | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> Response[ErrorList | GetFeedsResponse]:
    """GET /feeds/2021-06-30/feeds

    Rate limit: 0.0222 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getfeeds

    Args:
        feed_types (list[str] | Unset):
        marketplace_ids (list[str] | Unset):
        page_size (int | Unset):  Default: 10.
        processing_statuses (list[GetFeedsProcessingStatusesItem] | Unset):
        created_since (datetime.datetime | Unset):
        created_until (datetime.datetime | Unset):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | GetFeedsResponse]
    """

    kwargs = _get_kwargs(
        feed_types=feed_types,
        marketplace_ids=marketplace_ids,
        page_size=page_size,
        processing_statuses=processing_statuses,
        created_since=created_since,
        created_until=created_until,
        next_token=next_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    feed_types: list[str] | Unset = UNSET,
    marketplace_ids: list[str] | Unset = UNSET,
    page_size: int | Unset = 10,
    processing_statuses: list[GetFeedsProcessingStatusesItem] | Unset = UNSET,
    created_since: datetime.datetime | Unset = UNSET,
    created_until: datetime.datetime | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> ErrorList | GetFeedsResponse | None:
    """GET /feeds/2021-06-30/feeds

    Rate limit: 0.0222 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getfeeds

    Args:
        feed_types (list[str] | Unset):
        marketplace_ids (list[str] | Unset):
        page_size (int | Unset):  Default: 10.
        processing_statuses (list[GetFeedsProcessingStatusesItem] | Unset):
        created_since (datetime.datetime | Unset):
        created_until (datetime.datetime | Unset):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | GetFeedsResponse
    """

    return sync_detailed(
        client=client,
        feed_types=feed_types,
        marketplace_ids=marketplace_ids,
        page_size=page_size,
        processing_statuses=processing_statuses,
        created_since=created_since,
        created_until=created_until,
        next_token=next_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    feed_types: list[str] | Unset = UNSET,
    marketplace_ids: list[str] | Unset = UNSET,
    page_size: int | Unset = 10,
    processing_statuses: list[GetFeedsProcessingStatusesItem] | Unset = UNSET,
    created_since: datetime.datetime | Unset = UNSET,
    created_until: datetime.datetime | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> Response[ErrorList | GetFeedsResponse]:
    """GET /feeds/2021-06-30/feeds

    Rate limit: 0.0222 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getfeeds

    Args:
        feed_types (list[str] | Unset):
        marketplace_ids (list[str] | Unset):
        page_size (int | Unset):  Default: 10.
        processing_statuses (list[GetFeedsProcessingStatusesItem] | Unset):
        created_since (datetime.datetime | Unset):
        created_until (datetime.datetime | Unset):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | GetFeedsResponse]
    """

    kwargs = _get_kwargs(
        feed_types=feed_types,
        marketplace_ids=marketplace_ids,
        page_size=page_size,
        processing_statuses=processing_statuses,
        created_since=created_since,
        created_until=created_until,
        next_token=next_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    feed_types: list[str] | Unset = UNSET,
    marketplace_ids: list[str] | Unset = UNSET,
    page_size: int | Unset = 10,
    processing_statuses: list[GetFeedsProcessingStatusesItem] | Unset = UNSET,
    created_since: datetime.datetime | Unset = UNSET,
    created_until: datetime.datetime | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> ErrorList | GetFeedsResponse | None:
    """GET /feeds/2021-06-30/feeds

    Rate limit: 0.0222 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getfeeds

    Args:
        feed_types (list[str] | Unset):
        marketplace_ids (list[str] | Unset):
        page_size (int | Unset):  Default: 10.
        processing_statuses (list[GetFeedsProcessingStatusesItem] | Unset):
        created_since (datetime.datetime | Unset):
        created_until (datetime.datetime | Unset):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | GetFeedsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            feed_types=feed_types,
            marketplace_ids=marketplace_ids,
            page_size=page_size,
            processing_statuses=processing_statuses,
            created_since=created_since,
            created_until=created_until,
            next_token=next_token,
        )
    ).parsed
