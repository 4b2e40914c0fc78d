from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_catalog_categories_response import ListCatalogCategoriesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    marketplace_id: str,
    asin: str | Unset = UNSET,
    seller_sku: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["MarketplaceId"] = marketplace_id

    params["ASIN"] = asin

    params["SellerSKU"] = seller_sku

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/catalog/v0/categories",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListCatalogCategoriesResponse | None:
    if response.status_code == 200:
        response_200 = ListCatalogCategoriesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListCatalogCategoriesResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListCatalogCategoriesResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListCatalogCategoriesResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ListCatalogCategoriesResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ListCatalogCategoriesResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ListCatalogCategoriesResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ListCatalogCategoriesResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListCatalogCategoriesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
    asin: str | Unset = UNSET,
    seller_sku: str | Unset = UNSET,
) -> Response[ListCatalogCategoriesResponse]:
    """GET /catalog/v0/categories

    Rate limit: 1 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listcatalogcategories

    Args:
        marketplace_id (str):
        asin (str | Unset):
        seller_sku (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListCatalogCategoriesResponse]
    """

    kwargs = _get_kwargs(
        marketplace_id=marketplace_id,
        asin=asin,
        seller_sku=seller_sku,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
    asin: str | Unset = UNSET,
    seller_sku: str | Unset = UNSET,
) -> ListCatalogCategoriesResponse | None:
    """GET /catalog/v0/categories

    Rate limit: 1 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listcatalogcategories

    Args:
        marketplace_id (str):
        asin (str | Unset):
        seller_sku (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListCatalogCategoriesResponse
    """

    return sync_detailed(
        client=client,
        marketplace_id=marketplace_id,
        asin=asin,
        seller_sku=seller_sku,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
    asin: str | Unset = UNSET,
    seller_sku: str | Unset = UNSET,
) -> Response[ListCatalogCategoriesResponse]:
    """GET /catalog/v0/categories

    Rate limit: 1 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listcatalogcategories

    Args:
        marketplace_id (str):
        asin (str | Unset):
        seller_sku (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListCatalogCategoriesResponse]
    """

    kwargs = _get_kwargs(
        marketplace_id=marketplace_id,
        asin=asin,
        seller_sku=seller_sku,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
    asin: str | Unset = UNSET,
    seller_sku: str | Unset = UNSET,
) -> ListCatalogCategoriesResponse | None:
    """GET /catalog/v0/categories

    Rate limit: 1 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listcatalogcategories

    Args:
        marketplace_id (str):
        asin (str | Unset):
        seller_sku (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListCatalogCategoriesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            marketplace_id=marketplace_id,
            asin=asin,
            seller_sku=seller_sku,
        )
    ).parsed
