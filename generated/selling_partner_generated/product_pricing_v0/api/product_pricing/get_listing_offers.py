from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_listing_offers_customer_type import GetListingOffersCustomerType
from ...models.get_listing_offers_item_condition import GetListingOffersItemCondition
from ...models.get_offers_response import GetOffersResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    seller_sku: str,
    *,
    marketplace_id: str,
    item_condition: GetListingOffersItemCondition,
    customer_type: GetListingOffersCustomerType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["MarketplaceId"] = marketplace_id

    json_item_condition = item_condition.value
    params["ItemCondition"] = json_item_condition

    json_customer_type: str | Unset = UNSET
    if not isinstance(customer_type, Unset):
        json_customer_type = customer_type.value

    params["CustomerType"] = json_customer_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/products/pricing/v0/listings/{seller_sku}/offers".format(
            seller_sku=quote(str(seller_sku), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetOffersResponse | None:
    if response.status_code == 200:
        response_200 = GetOffersResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetOffersResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetOffersResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetOffersResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetOffersResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetOffersResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetOffersResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetOffersResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetOffersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    seller_sku: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
    item_condition: GetListingOffersItemCondition,
    customer_type: GetListingOffersCustomerType | Unset = UNSET,
) -> Response[GetOffersResponse]:
    """GET /products/pricing/v0/listings/{SellerSKU}/offers

    Rate limit: 1 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getlistingoffers

    Args:
        seller_sku (str):
        marketplace_id (str):
        item_condition (GetListingOffersItemCondition):
        customer_type (GetListingOffersCustomerType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetOffersResponse]
    """

    kwargs = _get_kwargs(
        seller_sku=seller_sku,
        marketplace_id=marketplace_id,
        item_condition=item_condition,
        customer_type=customer_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    seller_sku: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
    item_condition: GetListingOffersItemCondition,
    customer_type: GetListingOffersCustomerType | Unset = UNSET,
) -> GetOffersResponse | None:
    """GET /products/pricing/v0/listings/{SellerSKU}/offers

    Rate limit: 1 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getlistingoffers

    Args:
        seller_sku (str):
        marketplace_id (str):
        item_condition (GetListingOffersItemCondition):
        customer_type (GetListingOffersCustomerType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetOffersResponse
    """

    return sync_detailed(
        seller_sku=seller_sku,
        client=client,
        marketplace_id=marketplace_id,
        item_condition=item_condition,
        customer_type=customer_type,
    ).parsed


async def asyncio_detailed(
    seller_sku: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
    item_condition: GetListingOffersItemCondition,
    customer_type: GetListingOffersCustomerType | Unset = UNSET,
) -> Response[GetOffersResponse]:
    """GET /products/pricing/v0/listings/{SellerSKU}/offers

    Rate limit: 1 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getlistingoffers

    Args:
        seller_sku (str):
        marketplace_id (str):
        item_condition (GetListingOffersItemCondition):
        customer_type (GetListingOffersCustomerType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetOffersResponse]
    """

    kwargs = _get_kwargs(
        seller_sku=seller_sku,
        marketplace_id=marketplace_id,
        item_condition=item_condition,
        customer_type=customer_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    seller_sku: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
    item_condition: GetListingOffersItemCondition,
    customer_type: GetListingOffersCustomerType | Unset = UNSET,
) -> GetOffersResponse | None:
    """GET /products/pricing/v0/listings/{SellerSKU}/offers

    Rate limit: 1 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getlistingoffers

    Args:
        seller_sku (str):
        marketplace_id (str):
        item_condition (GetListingOffersItemCondition):
        customer_type (GetListingOffersCustomerType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetOffersResponse
    """

    return (
        await asyncio_detailed(
            seller_sku=seller_sku,
            client=client,
            marketplace_id=marketplace_id,
            item_condition=item_condition,
            customer_type=customer_type,
        )
    ).parsed
