from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_prep_instructions_response import GetPrepInstructionsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    ship_to_country_code: str,
    seller_sku_list: list[str] | Unset = UNSET,
    asin_list: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ShipToCountryCode"] = ship_to_country_code

    json_seller_sku_list: list[str] | Unset = UNSET
    if not isinstance(seller_sku_list, Unset):
        json_seller_sku_list = seller_sku_list

    params["SellerSKUList"] = json_seller_sku_list

    json_asin_list: list[str] | Unset = UNSET
    if not isinstance(asin_list, Unset):
        json_asin_list = asin_list

    params["ASINList"] = json_asin_list

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fba/inbound/v0/prepInstructions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetPrepInstructionsResponse | None:
    if response.status_code == 200:
        response_200 = GetPrepInstructionsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetPrepInstructionsResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetPrepInstructionsResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetPrepInstructionsResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetPrepInstructionsResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetPrepInstructionsResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetPrepInstructionsResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetPrepInstructionsResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetPrepInstructionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    ship_to_country_code: str,
    seller_sku_list: list[str] | Unset = UNSET,
    asin_list: list[str] | Unset = UNSET,
) -> Response[GetPrepInstructionsResponse]:
    """GET /fba/inbound/v0/prepInstructions

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getprepinstructions

    Args:
        ship_to_country_code (str):
        seller_sku_list (list[str] | Unset):
        asin_list (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPrepInstructionsResponse]
    """

    kwargs = _get_kwargs(
        ship_to_country_code=ship_to_country_code,
        seller_sku_list=seller_sku_list,
        asin_list=asin_list,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    ship_to_country_code: str,
    seller_sku_list: list[str] | Unset = UNSET,
    asin_list: list[str] | Unset = UNSET,
) -> GetPrepInstructionsResponse | None:
    """GET /fba/inbound/v0/prepInstructions

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getprepinstructions

    Args:
        ship_to_country_code (str):
        seller_sku_list (list[str] | Unset):
        asin_list (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPrepInstructionsResponse
    """

    return sync_detailed(
        client=client,
        ship_to_country_code=ship_to_country_code,
        seller_sku_list=seller_sku_list,
        asin_list=asin_list,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ship_to_country_code: str,
    seller_sku_list: list[str] | Unset = UNSET,
    asin_list: list[str] | Unset = UNSET,
) -> Response[GetPrepInstructionsResponse]:
    """GET /fba/inbound/v0/prepInstructions

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getprepinstructions

    Args:
        ship_to_country_code (str):
        seller_sku_list (list[str] | Unset):
        asin_list (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPrepInstructionsResponse]
    """

    kwargs = _get_kwargs(
        ship_to_country_code=ship_to_country_code,
        seller_sku_list=seller_sku_list,
        asin_list=asin_list,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    ship_to_country_code: str,
    seller_sku_list: list[str] | Unset = UNSET,
    asin_list: list[str] | Unset = UNSET,
) -> GetPrepInstructionsResponse | None:
    """GET /fba/inbound/v0/prepInstructions

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getprepinstructions

    Args:
        ship_to_country_code (str):
        seller_sku_list (list[str] | Unset):
        asin_list (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPrepInstructionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            ship_to_country_code=ship_to_country_code,
            seller_sku_list=seller_sku_list,
            asin_list=asin_list,
        )
    ).parsed
