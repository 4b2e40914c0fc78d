from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.product_type_list import ProductTypeList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    keywords: list[str] | Unset = UNSET,
    marketplace_ids: list[str],
    item_name: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    search_locale: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_keywords: list[str] | Unset = UNSET
    if not isinstance(keywords, Unset):
        json_keywords = keywords

    params["keywords"] = json_keywords

    json_marketplace_ids = marketplace_ids

    params["marketplaceIds"] = json_marketplace_ids

    params["itemName"] = item_name

    params["locale"] = locale

    params["searchLocale"] = search_locale

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/definitions/2020-09-01/productTypes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | ProductTypeList | None:
    if response.status_code == 200:
        response_200 = ProductTypeList.from_dict(response.json())

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
) -> Response[ErrorList | ProductTypeList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    keywords: list[str] | Unset = UNSET,
    marketplace_ids: list[str],
    item_name: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    search_locale: str | Unset = UNSET,
) -> Response[ErrorList | ProductTypeList]:
    """GET /definitions/2020-09-01/productTypes

    Rate limit: 5 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/searchdefinitionsproducttypes

    Args:
        keywords (list[str] | Unset):
        marketplace_ids (list[str]):
        item_name (str | Unset):
        locale (str | Unset):
        search_locale (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ProductTypeList]
    """

    kwargs = _get_kwargs(
        keywords=keywords,
        marketplace_ids=marketplace_ids,
        item_name=item_name,
        locale=locale,
        search_locale=search_locale,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    keywords: list[str] | Unset = UNSET,
    marketplace_ids: list[str],
    item_name: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    search_locale: str | Unset = UNSET,
) -> ErrorList | ProductTypeList | None:
    """GET /definitions/2020-09-01/productTypes

    Rate limit: 5 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/searchdefinitionsproducttypes

    Args:
        keywords (list[str] | Unset):
        marketplace_ids (list[str]):
        item_name (str | Unset):
        locale (str | Unset):
        search_locale (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ProductTypeList
    """

    return sync_detailed(
        client=client,
        keywords=keywords,
        marketplace_ids=marketplace_ids,
        item_name=item_name,
        locale=locale,
        search_locale=search_locale,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    keywords: list[str] | Unset = UNSET,
    marketplace_ids: list[str],
    item_name: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    search_locale: str | Unset = UNSET,
) -> Response[ErrorList | ProductTypeList]:
    """GET /definitions/2020-09-01/productTypes

    Rate limit: 5 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/searchdefinitionsproducttypes

    Args:
        keywords (list[str] | Unset):
        marketplace_ids (list[str]):
        item_name (str | Unset):
        locale (str | Unset):
        search_locale (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ProductTypeList]
    """

    kwargs = _get_kwargs(
        keywords=keywords,
        marketplace_ids=marketplace_ids,
        item_name=item_name,
        locale=locale,
        search_locale=search_locale,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    keywords: list[str] | Unset = UNSET,
    marketplace_ids: list[str],
    item_name: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    search_locale: str | Unset = UNSET,
) -> ErrorList | ProductTypeList | None:
    """GET /definitions/2020-09-01/productTypes

    Rate limit: 5 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/searchdefinitionsproducttypes

    Args:
        keywords (list[str] | Unset):
        marketplace_ids (list[str]):
        item_name (str | Unset):
        locale (str | Unset):
        search_locale (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ProductTypeList
    """

    return (
        await asyncio_detailed(
            client=client,
            keywords=keywords,
            marketplace_ids=marketplace_ids,
            item_name=item_name,
            locale=locale,
            search_locale=search_locale,
        )
    ).parsed
