from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.item_search_results import ItemSearchResults
from ...models.search_catalog_items_identifiers_type import (
    SearchCatalogItemsIdentifiersType,
)
from ...models.search_catalog_items_included_data_item import (
    SearchCatalogItemsIncludedDataItem,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    identifiers: list[str] | Unset = UNSET,
    identifiers_type: SearchCatalogItemsIdentifiersType | Unset = UNSET,
    marketplace_ids: list[str],
    included_data: list[SearchCatalogItemsIncludedDataItem] | Unset = UNSET,
    locale: str | Unset = UNSET,
    seller_id: str | Unset = UNSET,
    keywords: list[str] | Unset = UNSET,
    brand_names: list[str] | Unset = UNSET,
    classification_ids: list[str] | Unset = UNSET,
    page_size: int | Unset = 10,
    page_token: str | Unset = UNSET,
    keywords_locale: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_identifiers: list[str] | Unset = UNSET
    if not isinstance(identifiers, Unset):
        json_identifiers = identifiers

    params["identifiers"] = json_identifiers

    json_identifiers_type: str | Unset = UNSET
    if not isinstance(identifiers_type, Unset):
        json_identifiers_type = identifiers_type.value

    params["identifiersType"] = json_identifiers_type

    json_marketplace_ids = marketplace_ids

    params["marketplaceIds"] = json_marketplace_ids

    json_included_data: list[str] | Unset = UNSET
    if not isinstance(included_data, Unset):
        json_included_data = []
        for included_data_item_data in included_data:
            included_data_item = included_data_item_data.value
            json_included_data.append(included_data_item)

    params["includedData"] = json_included_data

    params["locale"] = locale

    params["sellerId"] = seller_id

    json_keywords: list[str] | Unset = UNSET
    if not isinstance(keywords, Unset):
        json_keywords = keywords

    params["keywords"] = json_keywords

    json_brand_names: list[str] | Unset = UNSET
    if not isinstance(brand_names, Unset):
        json_brand_names = brand_names

    params["brandNames"] = json_brand_names

    json_classification_ids: list[str] | Unset = UNSET
    if not isinstance(classification_ids, Unset):
        json_classification_ids = classification_ids

    params["classificationIds"] = json_classification_ids

    params["pageSize"] = page_size

    params["pageToken"] = page_token

    params["keywordsLocale"] = keywords_locale

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/catalog/2022-04-01/items",
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
    *,
    client: AuthenticatedClient | Client,
    identifiers: list[str] | Unset = UNSET,
    identifiers_type: SearchCatalogItemsIdentifiersType | Unset = UNSET,
    marketplace_ids: list[str],
    included_data: list[SearchCatalogItemsIncludedDataItem] | Unset = UNSET,
    locale: str | Unset = UNSET,
    seller_id: str | Unset = UNSET,
    keywords: list[str] | Unset = UNSET,
    brand_names: list[str] | Unset = UNSET,
    classification_ids: list[str] | Unset = UNSET,
    page_size: int | Unset = 10,
    page_token: str | Unset = UNSET,
    keywords_locale: str | Unset = UNSET,
) -> Response[ErrorList | ItemSearchResults]:
    """GET /catalog/2022-04-01/items

    Rate limit: 2 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/searchcatalogitems

    Args:
        identifiers (list[str] | Unset):
        identifiers_type (SearchCatalogItemsIdentifiersType | Unset):
        marketplace_ids (list[str]):
        included_data (list[SearchCatalogItemsIncludedDataItem] | Unset):
        locale (str | Unset):
        seller_id (str | Unset):
        keywords (list[str] | Unset):
        brand_names (list[str] | Unset):
        classification_ids (list[str] | Unset):
        page_size (int | Unset):  Default: 10.
        page_token (str | Unset):
        keywords_locale (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ItemSearchResults]
    """

    kwargs = _get_kwargs(
        identifiers=identifiers,
        identifiers_type=identifiers_type,
        marketplace_ids=marketplace_ids,
        included_data=included_data,
        locale=locale,
        seller_id=seller_id,
        keywords=keywords,
        brand_names=brand_names,
        classification_ids=classification_ids,
        page_size=page_size,
        page_token=page_token,
        keywords_locale=keywords_locale,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    identifiers: list[str] | Unset = UNSET,
    identifiers_type: SearchCatalogItemsIdentifiersType | Unset = UNSET,
    marketplace_ids: list[str],
    included_data: list[SearchCatalogItemsIncludedDataItem] | Unset = UNSET,
    locale: str | Unset = UNSET,
    seller_id: str | Unset = UNSET,
    keywords: list[str] | Unset = UNSET,
    brand_names: list[str] | Unset = UNSET,
    classification_ids: list[str] | Unset = UNSET,
    page_size: int | Unset = 10,
    page_token: str | Unset = UNSET,
    keywords_locale: str | Unset = UNSET,
) -> ErrorList | ItemSearchResults | None:
    """GET /catalog/2022-04-01/items

    Rate limit: 2 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/searchcatalogitems

    Args:
        identifiers (list[str] | Unset):
        identifiers_type (SearchCatalogItemsIdentifiersType | Unset):
        marketplace_ids (list[str]):
        included_data (list[SearchCatalogItemsIncludedDataItem] | Unset):
        locale (str | Unset):
        seller_id (str | Unset):
        keywords (list[str] | Unset):
        brand_names (list[str] | Unset):
        classification_ids (list[str] | Unset):
        page_size (int | Unset):  Default: 10.
        page_token (str | Unset):
        keywords_locale (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ItemSearchResults
    """

    return sync_detailed(
        client=client,
        identifiers=identifiers,
        identifiers_type=identifiers_type,
        marketplace_ids=marketplace_ids,
        included_data=included_data,
        locale=locale,
        seller_id=seller_id,
        keywords=keywords,
        brand_names=brand_names,
        classification_ids=classification_ids,
        page_size=page_size,
        page_token=page_token,
        keywords_locale=keywords_locale,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    identifiers: list[str] | Unset = UNSET,
    identifiers_type: SearchCatalogItemsIdentifiersType | Unset = UNSET,
    marketplace_ids: list[str],
    included_data: list[SearchCatalogItemsIncludedDataItem] | Unset = UNSET,
    locale: str | Unset = UNSET,
    seller_id: str | Unset = UNSET,
    keywords: list[str] | Unset = UNSET,
    brand_names: list[str] | Unset = UNSET,
    classification_ids: list[str] | Unset = UNSET,
    page_size: int | Unset = 10,
    page_token: str | Unset = UNSET,
    keywords_locale: str | Unset = UNSET,
) -> Response[ErrorList | ItemSearchResults]:
    """GET /catalog/2022-04-01/items

    Rate limit: 2 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/searchcatalogitems

    Args:
        identifiers (list[str] | Unset):
        identifiers_type (SearchCatalogItemsIdentifiersType | Unset):
        marketplace_ids (list[str]):
        included_data (list[SearchCatalogItemsIncludedDataItem] | Unset):
        locale (str | Unset):
        seller_id (str | Unset):
        keywords (list[str] | Unset):
        brand_names (list[str] | Unset):
        classification_ids (list[str] | Unset):
        page_size (int | Unset):  Default: 10.
        page_token (str | Unset):
        keywords_locale (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ItemSearchResults]
    """

    kwargs = _get_kwargs(
        identifiers=identifiers,
        identifiers_type=identifiers_type,
        marketplace_ids=marketplace_ids,
        included_data=included_data,
        locale=locale,
        seller_id=seller_id,
        keywords=keywords,
        brand_names=brand_names,
        classification_ids=classification_ids,
        page_size=page_size,
        page_token=page_token,
        keywords_locale=keywords_locale,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    identifiers: list[str] | Unset = UNSET,
    identifiers_type: SearchCatalogItemsIdentifiersType | Unset = UNSET,
    marketplace_ids: list[str],
    included_data: list[SearchCatalogItemsIncludedDataItem] | Unset = UNSET,
    locale: str | Unset = UNSET,
    seller_id: str | Unset = UNSET,
    keywords: list[str] | Unset = UNSET,
    brand_names: list[str] | Unset = UNSET,
    classification_ids: list[str] | Unset = UNSET,
    page_size: int | Unset = 10,
    page_token: str | Unset = UNSET,
    keywords_locale: str | Unset = UNSET,
) -> ErrorList | ItemSearchResults | None:
    """GET /catalog/2022-04-01/items

    Rate limit: 2 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/searchcatalogitems

    Args:
        identifiers (list[str] | Unset):
        identifiers_type (SearchCatalogItemsIdentifiersType | Unset):
        marketplace_ids (list[str]):
        included_data (list[SearchCatalogItemsIncludedDataItem] | Unset):
        locale (str | Unset):
        seller_id (str | Unset):
        keywords (list[str] | Unset):
        brand_names (list[str] | Unset):
        classification_ids (list[str] | Unset):
        page_size (int | Unset):  Default: 10.
        page_token (str | Unset):
        keywords_locale (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ItemSearchResults
    """

    return (
        await asyncio_detailed(
            client=client,
            identifiers=identifiers,
            identifiers_type=identifiers_type,
            marketplace_ids=marketplace_ids,
            included_data=included_data,
            locale=locale,
            seller_id=seller_id,
            keywords=keywords,
            brand_names=brand_names,
            classification_ids=classification_ids,
            page_size=page_size,
            page_token=page_token,
            keywords_locale=keywords_locale,
        )
    ).parsed
