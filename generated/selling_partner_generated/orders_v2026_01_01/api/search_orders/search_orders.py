import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.search_orders_fulfilled_by_item import SearchOrdersFulfilledByItem
from ...models.search_orders_fulfillment_statuses_item import (
    SearchOrdersFulfillmentStatusesItem,
)
from ...models.search_orders_included_data_item import SearchOrdersIncludedDataItem
from ...models.search_orders_response import SearchOrdersResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    last_updated_after: datetime.datetime | Unset = UNSET,
    last_updated_before: datetime.datetime | Unset = UNSET,
    fulfillment_statuses: list[SearchOrdersFulfillmentStatusesItem] | Unset = UNSET,
    marketplace_ids: list[str] | Unset = UNSET,
    fulfilled_by: list[SearchOrdersFulfilledByItem] | Unset = UNSET,
    max_results_per_page: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
    included_data: list[SearchOrdersIncludedDataItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = created_after.isoformat()
    params["createdAfter"] = json_created_after

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["createdBefore"] = json_created_before

    json_last_updated_after: str | Unset = UNSET
    if not isinstance(last_updated_after, Unset):
        json_last_updated_after = last_updated_after.isoformat()
    params["lastUpdatedAfter"] = json_last_updated_after

    json_last_updated_before: str | Unset = UNSET
    if not isinstance(last_updated_before, Unset):
        json_last_updated_before = last_updated_before.isoformat()
    params["lastUpdatedBefore"] = json_last_updated_before

    json_fulfillment_statuses: list[str] | Unset = UNSET
    if not isinstance(fulfillment_statuses, Unset):
        json_fulfillment_statuses = []
        for fulfillment_statuses_item_data in fulfillment_statuses:
            fulfillment_statuses_item = fulfillment_statuses_item_data.value
            json_fulfillment_statuses.append(fulfillment_statuses_item)

    params["fulfillmentStatuses"] = json_fulfillment_statuses

    json_marketplace_ids: list[str] | Unset = UNSET
    if not isinstance(marketplace_ids, Unset):
        json_marketplace_ids = marketplace_ids

    params["marketplaceIds"] = json_marketplace_ids

    json_fulfilled_by: list[str] | Unset = UNSET
    if not isinstance(fulfilled_by, Unset):
        json_fulfilled_by = []
        for fulfilled_by_item_data in fulfilled_by:
            fulfilled_by_item = fulfilled_by_item_data.value
            json_fulfilled_by.append(fulfilled_by_item)

    params["fulfilledBy"] = json_fulfilled_by

    params["maxResultsPerPage"] = max_results_per_page

    params["paginationToken"] = pagination_token

    json_included_data: list[str] | Unset = UNSET
    if not isinstance(included_data, Unset):
        json_included_data = []
        for included_data_item_data in included_data:
            included_data_item = included_data_item_data.value
            json_included_data.append(included_data_item)

    params["includedData"] = json_included_data

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/orders/2026-01-01/orders",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | SearchOrdersResponse | None:
    if response.status_code == 200:
        response_200 = SearchOrdersResponse.from_dict(response.json())

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
) -> Response[ErrorList | SearchOrdersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    last_updated_after: datetime.datetime | Unset = UNSET,
    last_updated_before: datetime.datetime | Unset = UNSET,
    fulfillment_statuses: list[SearchOrdersFulfillmentStatusesItem] | Unset = UNSET,
    marketplace_ids: list[str] | Unset = UNSET,
    fulfilled_by: list[SearchOrdersFulfilledByItem] | Unset = UNSET,
    max_results_per_page: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
    included_data: list[SearchOrdersIncludedDataItem] | Unset = UNSET,
) -> Response[ErrorList | SearchOrdersResponse]:
    """GET /orders/2026-01-01/orders

    Rate limit: 0.0056 requests/second, burst 20.

    Reference: https://developer-docs.amazon.com/sp-api/reference/searchorders

    Args:
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        last_updated_after (datetime.datetime | Unset):
        last_updated_before (datetime.datetime | Unset):
        fulfillment_statuses (list[SearchOrdersFulfillmentStatusesItem] | Unset):
        marketplace_ids (list[str] | Unset):
        fulfilled_by (list[SearchOrdersFulfilledByItem] | Unset):
        max_results_per_page (int | Unset):
        pagination_token (str | Unset):
        included_data (list[SearchOrdersIncludedDataItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | SearchOrdersResponse]
    """

    kwargs = _get_kwargs(
        created_after=created_after,
        created_before=created_before,
        last_updated_after=last_updated_after,
        last_updated_before=last_updated_before,
        fulfillment_statuses=fulfillment_statuses,
        marketplace_ids=marketplace_ids,
        fulfilled_by=fulfilled_by,
        max_results_per_page=max_results_per_page,
        pagination_token=pagination_token,
        included_data=included_data,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    last_updated_after: datetime.datetime | Unset = UNSET,
    last_updated_before: datetime.datetime | Unset = UNSET,
    fulfillment_statuses: list[SearchOrdersFulfillmentStatusesItem] | Unset = UNSET,
    marketplace_ids: list[str] | Unset = UNSET,
    fulfilled_by: list[SearchOrdersFulfilledByItem] | Unset = UNSET,
    max_results_per_page: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
    included_data: list[SearchOrdersIncludedDataItem] | Unset = UNSET,
) -> ErrorList | SearchOrdersResponse | None:
    """GET /orders/2026-01-01/orders

    Rate limit: 0.0056 requests/second, burst 20.

    Reference: https://developer-docs.amazon.com/sp-api/reference/searchorders

    Args:
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        last_updated_after (datetime.datetime | Unset):
        last_updated_before (datetime.datetime | Unset):
        fulfillment_statuses (list[SearchOrdersFulfillmentStatusesItem] | Unset):
        marketplace_ids (list[str] | Unset):
        fulfilled_by (list[SearchOrdersFulfilledByItem] | Unset):
        max_results_per_page (int | Unset):
        pagination_token (str | Unset):
        included_data (list[SearchOrdersIncludedDataItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | SearchOrdersResponse
    """

    return sync_detailed(
        client=client,
        created_after=created_after,
        created_before=created_before,
        last_updated_after=last_updated_after,
        last_updated_before=last_updated_before,
        fulfillment_statuses=fulfillment_statuses,
        marketplace_ids=marketplace_ids,
        fulfilled_by=fulfilled_by,
        max_results_per_page=max_results_per_page,
        pagination_token=pagination_token,
        included_data=included_data,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    last_updated_after: datetime.datetime | Unset = UNSET,
    last_updated_before: datetime.datetime | Unset = UNSET,
    fulfillment_statuses: list[SearchOrdersFulfillmentStatusesItem] | Unset = UNSET,
    marketplace_ids: list[str] | Unset = UNSET,
    fulfilled_by: list[SearchOrdersFulfilledByItem] | Unset = UNSET,
    max_results_per_page: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
    included_data: list[SearchOrdersIncludedDataItem] | Unset = UNSET,
) -> Response[ErrorList | SearchOrdersResponse]:
    """GET /orders/2026-01-01/orders

    Rate limit: 0.0056 requests/second, burst 20.

    Reference: https://developer-docs.amazon.com/sp-api/reference/searchorders

    Args:
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        last_updated_after (datetime.datetime | Unset):
        last_updated_before (datetime.datetime | Unset):
        fulfillment_statuses (list[SearchOrdersFulfillmentStatusesItem] | Unset):
        marketplace_ids (list[str] | Unset):
        fulfilled_by (list[SearchOrdersFulfilledByItem] | Unset):
        max_results_per_page (int | Unset):
        pagination_token (str | Unset):
        included_data (list[SearchOrdersIncludedDataItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | SearchOrdersResponse]
    """

    kwargs = _get_kwargs(
        created_after=created_after,
        created_before=created_before,
        last_updated_after=last_updated_after,
        last_updated_before=last_updated_before,
        fulfillment_statuses=fulfillment_statuses,
        marketplace_ids=marketplace_ids,
        fulfilled_by=fulfilled_by,
        max_results_per_page=max_results_per_page,
        pagination_token=pagination_token,
        included_data=included_data,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    last_updated_after: datetime.datetime | Unset = UNSET,
    last_updated_before: datetime.datetime | Unset = UNSET,
    fulfillment_statuses: list[SearchOrdersFulfillmentStatusesItem] | Unset = UNSET,
    marketplace_ids: list[str] | Unset = UNSET,
    fulfilled_by: list[SearchOrdersFulfilledByItem] | Unset = UNSET,
    max_results_per_page: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
    included_data: list[SearchOrdersIncludedDataItem] | Unset = UNSET,
) -> ErrorList | SearchOrdersResponse | None:
    """GET /orders/2026-01-01/orders

    Rate limit: 0.0056 requests/second, burst 20.

    Reference: https://developer-docs.amazon.com/sp-api/reference/searchorders

    Args:
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        last_updated_after (datetime.datetime | Unset):
        last_updated_before (datetime.datetime | Unset):
        fulfillment_statuses (list[SearchOrdersFulfillmentStatusesItem] | Unset):
        marketplace_ids (list[str] | Unset):
        fulfilled_by (list[SearchOrdersFulfilledByItem] | Unset):
        max_results_per_page (int | Unset):
        pagination_token (str | Unset):
        included_data (list[SearchOrdersIncludedDataItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | SearchOrdersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            created_after=created_after,
            created_before=created_before,
            last_updated_after=last_updated_after,
            last_updated_before=last_updated_before,
            fulfillment_statuses=fulfillment_statuses,
            marketplace_ids=marketplace_ids,
            fulfilled_by=fulfilled_by,
            max_results_per_page=max_results_per_page,
            pagination_token=pagination_token,
            included_data=included_data,
        )
    ).parsed
