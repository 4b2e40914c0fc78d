from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_competitive_pricing_customer_type import (
    GetCompetitivePricingCustomerType,
)
from ...models.get_competitive_pricing_item_type import GetCompetitivePricingItemType
from ...models.get_pricing_response import GetPricingResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    marketplace_id: str,
    asins: list[str] | Unset = UNSET,
    skus: list[str] | Unset = UNSET,
    item_type: GetCompetitivePricingItemType,
    customer_type: GetCompetitivePricingCustomerType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["MarketplaceId"] = marketplace_id

    json_asins: list[str] | Unset = UNSET
    if not isinstance(asins, Unset):
        json_asins = asins

    params["Asins"] = json_asins

    json_skus: list[str] | Unset = UNSET
    if not isinstance(skus, Unset):
        json_skus = skus

    params["Skus"] = json_skus

    json_item_type = item_type.value
    params["ItemType"] = json_item_type

    json_customer_type: str | Unset = UNSET
    if not isinstance(customer_type, Unset):
        json_customer_type = customer_type.value

    params["CustomerType"] = json_customer_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/products/pricing/v0/competitivePrice",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetPricingResponse | None:
    if response.status_code == 200:
        response_200 = GetPricingResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetPricingResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetPricingResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetPricingResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetPricingResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetPricingResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetPricingResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetPricingResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetPricingResponse]:
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
    asins: list[str] | Unset = UNSET,
    skus: list[str] | Unset = UNSET,
    item_type: GetCompetitivePricingItemType,
    customer_type: GetCompetitivePricingCustomerType | Unset = UNSET,
) -> Response[GetPricingResponse]:
    """GET /products/pricing/v0/competitivePrice

    Rate limit: 0.5 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getcompetitivepricing

    Args:
        marketplace_id (str):
        asins (list[str] | Unset):
        skus (list[str] | Unset):
        item_type (GetCompetitivePricingItemType):
        customer_type (GetCompetitivePricingCustomerType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPricingResponse]
    """

    kwargs = _get_kwargs(
        marketplace_id=marketplace_id,
        asins=asins,
        skus=skus,
        item_type=item_type,
        customer_type=customer_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
    asins: list[str] | Unset = UNSET,
    skus: list[str] | Unset = UNSET,
    item_type: GetCompetitivePricingItemType,
    customer_type: GetCompetitivePricingCustomerType | Unset = UNSET,
) -> GetPricingResponse | None:
    """GET /products/pricing/v0/competitivePrice

    Rate limit: 0.5 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getcompetitivepricing

    Args:
        marketplace_id (str):
        asins (list[str] | Unset):
        skus (list[str] | Unset):
        item_type (GetCompetitivePricingItemType):
        customer_type (GetCompetitivePricingCustomerType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPricingResponse
    """

    return sync_detailed(
        client=client,
        marketplace_id=marketplace_id,
        asins=asins,
        skus=skus,
        item_type=item_type,
        customer_type=customer_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
    asins: list[str] | Unset = UNSET,
    skus: list[str] | Unset = UNSET,
    item_type: GetCompetitivePricingItemType,
    customer_type: GetCompetitivePricingCustomerType | Unset = UNSET,
) -> Response[GetPricingResponse]:
    """GET /products/pricing/v0/competitivePrice

    Rate limit: 0.5 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getcompetitivepricing

    Args:
        marketplace_id (str):
        asins (list[str] | Unset):
        skus (list[str] | Unset):
        item_type (GetCompetitivePricingItemType):
        customer_type (GetCompetitivePricingCustomerType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPricingResponse]
    """

    kwargs = _get_kwargs(
        marketplace_id=marketplace_id,
        asins=asins,
        skus=skus,
        item_type=item_type,
        customer_type=customer_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
    asins: list[str] | Unset = UNSET,
    skus: list[str] | Unset = UNSET,
    item_type: GetCompetitivePricingItemType,
    customer_type: GetCompetitivePricingCustomerType | Unset = UNSET,
) -> GetPricingResponse | None:
    """GET /products/pricing/v0/competitivePrice

    Rate limit: 0.5 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getcompetitivepricing

    Args:
        marketplace_id (str):
        asins (list[str] | Unset):
        skus (list[str] | Unset):
        item_type (GetCompetitivePricingItemType):
        customer_type (GetCompetitivePricingCustomerType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPricingResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            marketplace_id=marketplace_id,
            asins=asins,
            skus=skus,
            item_type=item_type,
            customer_type=customer_type,
        )
    ).parsed
