import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.item_search_results import ItemSearchResults
from ...models.search_listings_items_identifiers_type import (
    SearchListingsItemsIdentifiersType,
)
from ...models.search_listings_items_included_data_item import (
    SearchListingsItemsIncludedDataItem,
)
from ...models.search_listings_items_sort_by import SearchListingsItemsSortBy
from ...models.search_listings_items_sort_order import SearchListingsItemsSortOrder
from ...models.search_listings_items_with_issue_severity_item import (
    SearchListingsItemsWithIssueSeverityItem,
)
from ...models.search_listings_items_with_status_item import (
    SearchListingsItemsWithStatusItem,
)
from ...models.search_listings_items_without_status_item import (
    SearchListingsItemsWithoutStatusItem,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    seller_id: str,
    *,
    marketplace_ids: list[str],
    issue_locale: str | Unset = UNSET,
    included_data: list[SearchListingsItemsIncludedDataItem] | Unset = UNSET,
    identifiers: list[str] | Unset = UNSET,
    identifiers_type: SearchListingsItemsIdentifiersType | Unset = UNSET,
    variation_parent_sku: str | Unset = UNSET,
    package_hierarchy_sku: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    last_updated_after: datetime.datetime | Unset = UNSET,
    last_updated_before: datetime.datetime | Unset = UNSET,
    with_issue_severity: list[SearchListingsItemsWithIssueSeverityItem] | Unset = UNSET,
    with_status: list[SearchListingsItemsWithStatusItem] | Unset = UNSET,
    without_status: list[SearchListingsItemsWithoutStatusItem] | Unset = UNSET,
    sort_by: SearchListingsItemsSortBy
    | Unset = SearchListingsItemsSortBy.LASTUPDATEDDATE,
    sort_order: SearchListingsItemsSortOrder
    | Unset = SearchListingsItemsSortOrder.DESC,
    page_size: int | Unset = 10,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_marketplace_ids = marketplace_ids

    params["marketplaceIds"] = json_marketplace_ids

    params["issueLocale"] = issue_locale

    json_included_data: list[str] | Unset = UNSET
    if not isinstance(included_data, Unset):
        json_included_data = []
        for included_data_item_data in included_data:
            included_data_item = included_data_item_data.value
            json_included_data.append(included_data_item)

    params["includedData"] = json_included_data

    json_identifiers: list[str] | Unset = UNSET
    if not isinstance(identifiers, Unset):
        json_identifiers = identifiers

    params["identifiers"] = json_identifiers

    json_identifiers_type: str | Unset = UNSET
    if not isinstance(identifiers_type, Unset):
        json_identifiers_type = identifiers_type.value

    params["identifiersType"] = json_identifiers_type

    params["variationParentSku"] = variation_parent_sku

    params["packageHierarchySku"] = package_hierarchy_sku

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

    json_with_issue_severity: list[str] | Unset = UNSET
    if not isinstance(with_issue_severity, Unset):
        json_with_issue_severity = []
        for with_issue_severity_item_data in with_issue_severity:
            with_issue_severity_item = with_issue_severity_item_data.value
            json_with_issue_severity.append(with_issue_severity_item)

    params["withIssueSeverity"] = json_with_issue_severity

    json_with_status: list[str] | Unset = UNSET
    if not isinstance(with_status, Unset):
        json_with_status = []
        for with_status_item_data in with_status:
            with_status_item = with_status_item_data.value
            json_with_status.append(with_status_item)

    params["withStatus"] = json_with_status

    json_without_status: list[str] | Unset = UNSET
    if not isinstance(without_status, Unset):
        json_without_status = []
        for without_status_item_data in without_status:
            without_status_item = without_status_item_data.value
            json_without_status.append(without_status_item)

    params["withoutStatus"] = json_without_status

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sortBy"] = json_sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    params["pageSize"] = page_size

    params["pageToken"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/listings/2021-08-01/items/{seller_id}".format(
            seller_id=quote(str(seller_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | ItemSearchResults | None:
    if response.status_code == 200:
        response_200 = ItemSearchResults.from_dict(response.json())

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
) -> Response[ErrorList | ItemSearchResults]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    seller_id: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_ids: list[str],
    issue_locale: str | Unset = UNSET,
    included_data: list[SearchListingsItemsIncludedDataItem] | Unset = UNSET,
    identifiers: list[str] | Unset = UNSET,
    identifiers_type: SearchListingsItemsIdentifiersType | Unset = UNSET,
    variation_parent_sku: str | Unset = UNSET,
    package_hierarchy_sku: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    last_updated_after: datetime.datetime | Unset = UNSET,
    last_updated_before: datetime.datetime | Unset = UNSET,
    with_issue_severity: list[SearchListingsItemsWithIssueSeverityItem] | Unset = UNSET,
    with_status: list[SearchListingsItemsWithStatusItem] | Unset = UNSET,
    without_status: list[SearchListingsItemsWithoutStatusItem] | Unset = UNSET,
    sort_by: SearchListingsItemsSortBy
    | Unset = SearchListingsItemsSortBy.LASTUPDATEDDATE,
    sort_order: SearchListingsItemsSortOrder
    | Unset = SearchListingsItemsSortOrder.DESC,
    page_size: int | Unset = 10,
    page_token: str | Unset = UNSET,
) -> Response[ErrorList | ItemSearchResults]:
    """GET /listings/2021-08-01/items/{sellerId}

    Rate limit: 5 requests/second, burst 5.

    Reference: https://developer-docs.amazon.com/sp-api/reference/searchlistingsitems

    Args:
        seller_id (str):
        marketplace_ids (list[str]):
        issue_locale (str | Unset):
        included_data (list[SearchListingsItemsIncludedDataItem] | Unset):
        identifiers (list[str] | Unset):
        identifiers_type (SearchListingsItemsIdentifiersType | Unset):
        variation_parent_sku (str | Unset):
        package_hierarchy_sku (str | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        last_updated_after (datetime.datetime | Unset):
        last_updated_before (datetime.datetime | Unset):
        with_issue_severity (list[SearchListingsItemsWithIssueSeverityItem] | Unset):
        with_status (list[SearchListingsItemsWithStatusItem] | Unset):
        without_status (list[SearchListingsItemsWithoutStatusItem] | Unset):
        sort_by (SearchListingsItemsSortBy | Unset):  Default:
            SearchListingsItemsSortBy.LASTUPDATEDDATE.
        sort_order (SearchListingsItemsSortOrder | Unset):  Default:
            SearchListingsItemsSortOrder.DESC.
        page_size (int | Unset):  Default: 10.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ItemSearchResults]
    """

    kwargs = _get_kwargs(
        seller_id=seller_id,
        marketplace_ids=marketplace_ids,
        issue_locale=issue_locale,
        included_data=included_data,
        identifiers=identifiers,
        identifiers_type=identifiers_type,
        variation_parent_sku=variation_parent_sku,
        package_hierarchy_sku=package_hierarchy_sku,
        created_after=created_after,
        created_before=created_before,
        last_updated_after=last_updated_after,
        last_updated_before=last_updated_before,
        with_issue_severity=with_issue_severity,
        with_status=with_status,
        without_status=without_status,
        sort_by=sort_by,
        sort_order=sort_order,
        page_size=page_size,
        page_token=page_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    seller_id: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_ids: list[str],
    issue_locale: str | Unset = UNSET,
    included_data: list[SearchListingsItemsIncludedDataItem] | Unset = UNSET,
    identifiers: list[str] | Unset = UNSET,
    identifiers_type: SearchListingsItemsIdentifiersType | Unset = UNSET,
    variation_parent_sku: str | Unset = UNSET,
    package_hierarchy_sku: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    last_updated_after: datetime.datetime | Unset = UNSET,
    last_updated_before: datetime.datetime | Unset = UNSET,
    with_issue_severity: list[SearchListingsItemsWithIssueSeverityItem] | Unset = UNSET,
    with_status: list[SearchListingsItemsWithStatusItem] | Unset = UNSET,
    without_status: list[SearchListingsItemsWithoutStatusItem] | Unset = UNSET,
    sort_by: SearchListingsItemsSortBy
    | Unset = SearchListingsItemsSortBy.LASTUPDATEDDATE,
    sort_order: SearchListingsItemsSortOrder
    | Unset = SearchListingsItemsSortOrder.DESC,
    page_size: int | Unset = 10,
    page_token: str | Unset = UNSET,
) -> ErrorList | ItemSearchResults | None:
    """GET /listings/2021-08-01/items/{sellerId}

    Rate limit: 5 requests/second, burst 5.

    Reference: https://developer-docs.amazon.com/sp-api/reference/searchlistingsitems

    Args:
        seller_id (str):
        marketplace_ids (list[str]):
        issue_locale (str | Unset):
        included_data (list[SearchListingsItemsIncludedDataItem] | Unset):
        identifiers (list[str] | Unset):
        identifiers_type (SearchListingsItemsIdentifiersType | Unset):
        variation_parent_sku (str | Unset):
        package_hierarchy_sku (str | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        last_updated_after (datetime.datetime | Unset):
        last_updated_before (datetime.datetime | Unset):
        with_issue_severity (list[SearchListingsItemsWithIssueSeverityItem] | Unset):
        with_status (list[SearchListingsItemsWithStatusItem] | Unset):
        without_status (list[SearchListingsItemsWithoutStatusItem] | Unset):
        sort_by (SearchListingsItemsSortBy | Unset):  Default:
            SearchListingsItemsSortBy.LASTUPDATEDDATE.
        sort_order (SearchListingsItemsSortOrder | Unset):  Default:
            SearchListingsItemsSortOrder.DESC.
        page_size (int | Unset):  Default: 10.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ItemSearchResults
    """

    return sync_detailed(
        seller_id=seller_id,
        client=client,
        marketplace_ids=marketplace_ids,
        issue_locale=issue_locale,
        included_data=included_data,
        identifiers=identifiers,
        identifiers_type=identifiers_type,
        variation_parent_sku=variation_parent_sku,
        package_hierarchy_sku=package_hierarchy_sku,
        created_after=created_after,
        created_before=created_before,
        last_updated_after=last_updated_after,
        last_updated_before=last_updated_before,
        with_issue_severity=with_issue_severity,
        with_status=with_status,
        without_status=without_status,
        sort_by=sort_by,
        sort_order=sort_order,
        page_size=page_size,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    seller_id: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_ids: list[str],
    issue_locale: str | Unset = UNSET,
    included_data: list[SearchListingsItemsIncludedDataItem] | Unset = UNSET,
    identifiers: list[str] | Unset = UNSET,
    identifiers_type: SearchListingsItemsIdentifiersType | Unset = UNSET,
    variation_parent_sku: str | Unset = UNSET,
    package_hierarchy_sku: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    last_updated_after: datetime.datetime | Unset = UNSET,
    last_updated_before: datetime.datetime | Unset = UNSET,
    with_issue_severity: list[SearchListingsItemsWithIssueSeverityItem] | Unset = UNSET,
    with_status: list[SearchListingsItemsWithStatusItem] | Unset = UNSET,
    without_status: list[SearchListingsItemsWithoutStatusItem] | Unset = UNSET,
    sort_by: SearchListingsItemsSortBy
    | Unset = SearchListingsItemsSortBy.LASTUPDATEDDATE,
    sort_order: SearchListingsItemsSortOrder
    | Unset = SearchListingsItemsSortOrder.DESC,
    page_size: int | Unset = 10,
    page_token: str | Unset = UNSET,
) -> Response[ErrorList | ItemSearchResults]:
    """GET /listings/2021-08-01/items/{sellerId}

    Rate limit: 5 requests/second, burst 5.

    Reference: https://developer-docs.amazon.com/sp-api/reference/searchlistingsitems

    Args:
        seller_id (str):
        marketplace_ids (list[str]):
        issue_locale (str | Unset):
        included_data (list[SearchListingsItemsIncludedDataItem] | Unset):
        identifiers (list[str] | Unset):
        identifiers_type (SearchListingsItemsIdentifiersType | Unset):
        variation_parent_sku (str | Unset):
        package_hierarchy_sku (str | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        last_updated_after (datetime.datetime | Unset):
        last_updated_before (datetime.datetime | Unset):
        with_issue_severity (list[SearchListingsItemsWithIssueSeverityItem] | Unset):
        with_status (list[SearchListingsItemsWithStatusItem] | Unset):
        without_status (list[SearchListingsItemsWithoutStatusItem] | Unset):
        sort_by (SearchListingsItemsSortBy | Unset):  Default:
            SearchListingsItemsSortBy.LASTUPDATEDDATE.
        sort_order (SearchListingsItemsSortOrder | Unset):  Default:
            SearchListingsItemsSortOrder.DESC.
        page_size (int | Unset):  Default: 10.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ItemSearchResults]
    """

    kwargs = _get_kwargs(
        seller_id=seller_id,
        marketplace_ids=marketplace_ids,
        issue_locale=issue_locale,
        included_data=included_data,
        identifiers=identifiers,
        identifiers_type=identifiers_type,
        variation_parent_sku=variation_parent_sku,
        package_hierarchy_sku=package_hierarchy_sku,
        created_after=created_after,
        created_before=created_before,
        last_updated_after=last_updated_after,
        last_updated_before=last_updated_before,
        with_issue_severity=with_issue_severity,
        with_status=with_status,
        without_status=without_status,
        sort_by=sort_by,
        sort_order=sort_order,
        page_size=page_size,
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    seller_id: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_ids: list[str],
    issue_locale: str | Unset = UNSET,
    included_data: list[SearchListingsItemsIncludedDataItem] | Unset = UNSET,
    identifiers: list[str] | Unset = UNSET,
    identifiers_type: SearchListingsItemsIdentifiersType | Unset = UNSET,
    variation_parent_sku: str | Unset = UNSET,
    package_hierarchy_sku: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    last_updated_after: datetime.datetime | Unset = UNSET,
    last_updated_before: datetime.datetime | Unset = UNSET,
    with_issue_severity: list[SearchListingsItemsWithIssueSeverityItem] | Unset = UNSET,
    with_status: list[SearchListingsItemsWithStatusItem] | Unset = UNSET,
    without_status: list[SearchListingsItemsWithoutStatusItem] | Unset = UNSET,
    sort_by: SearchListingsItemsSortBy
    | Unset = SearchListingsItemsSortBy.LASTUPDATEDDATE,
    sort_order: SearchListingsItemsSortOrder
    | Unset = SearchListingsItemsSortOrder.DESC,
    page_size: int | Unset = 10,
    page_token: str | Unset = UNSET,
) -> ErrorList | ItemSearchResults | None:
    """GET /listings/2021-08-01/items/{sellerId}

    Rate limit: 5 requests/second, burst 5.

    Reference: https://developer-docs.amazon.com/sp-api/reference/searchlistingsitems

    Args:
        seller_id (str):
        marketplace_ids (list[str]):
        issue_locale (str | Unset):
        included_data (list[SearchListingsItemsIncludedDataItem] | Unset):
        identifiers (list[str] | Unset):
        identifiers_type (SearchListingsItemsIdentifiersType | Unset):
        variation_parent_sku (str | Unset):
        package_hierarchy_sku (str | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        last_updated_after (datetime.datetime | Unset):
        last_updated_before (datetime.datetime | Unset):
        with_issue_severity (list[SearchListingsItemsWithIssueSeverityItem] | Unset):
        with_status (list[SearchListingsItemsWithStatusItem] | Unset):
        without_status (list[SearchListingsItemsWithoutStatusItem] | Unset):
        sort_by (SearchListingsItemsSortBy | Unset):  Default:
            SearchListingsItemsSortBy.LASTUPDATEDDATE.
        sort_order (SearchListingsItemsSortOrder | Unset):  Default:
            SearchListingsItemsSortOrder.DESC.
        page_size (int | Unset):  Default: 10.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ItemSearchResults
    """

    return (
        await asyncio_detailed(
            seller_id=seller_id,
            client=client,
            marketplace_ids=marketplace_ids,
            issue_locale=issue_locale,
            included_data=included_data,
            identifiers=identifiers,
            identifiers_type=identifiers_type,
            variation_parent_sku=variation_parent_sku,
            package_hierarchy_sku=package_hierarchy_sku,
            created_after=created_after,
            created_before=created_before,
            last_updated_after=last_updated_after,
            last_updated_before=last_updated_before,
            with_issue_severity=with_issue_severity,
            with_status=with_status,
            without_status=without_status,
            sort_by=sort_by,
            sort_order=sort_order,
            page_size=page_size,
            page_token=page_token,
        )
    ).parsed
