from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_listings_restrictions_condition_type import (
    GetListingsRestrictionsConditionType,
)
from ...models.restriction_list import RestrictionList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    asin: str,
    condition_type: GetListingsRestrictionsConditionType | Unset = UNSET,
    seller_id: str,
    marketplace_ids: list[str],
    reason_locale: str | Unset = UNSET,
    product_type: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["asin"] = asin

    json_condition_type: str | Unset = UNSET
    if not isinstance(condition_type, Unset):
        json_condition_type = condition_type.value

    params["conditionType"] = json_condition_type

    params["sellerId"] = seller_id

    json_marketplace_ids = marketplace_ids

    params["marketplaceIds"] = json_marketplace_ids

    params["reasonLocale"] = reason_locale

    params["productType"] = product_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/listings/2021-08-01/restrictions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RestrictionList | list[Error] | None:
    if response.status_code == 200:
        response_200 = RestrictionList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = []
        _response_400 = response.json()
        for componentsschemas_error_list_item_data in _response_400:
            componentsschemas_error_list_item = Error.from_dict(
                componentsschemas_error_list_item_data
            )

            response_400.append(componentsschemas_error_list_item)

        return response_400

    if response.status_code == 403:
        response_403 = []
        _response_403 = response.json()
        for componentsschemas_error_list_item_data in _response_403:
            componentsschemas_error_list_item = Error.from_dict(
                componentsschemas_error_list_item_data
            )

            response_403.append(componentsschemas_error_list_item)

        return response_403

    if response.status_code == 404:
        response_404 = []
        _response_404 = response.json()
        for componentsschemas_error_list_item_data in _response_404:
            componentsschemas_error_list_item = Error.from_dict(
                componentsschemas_error_list_item_data
            )

            response_404.append(componentsschemas_error_list_item)

        return response_404

    if response.status_code == 413:
        response_413 = []
        _response_413 = response.json()
        for componentsschemas_error_list_item_data in _response_413:
            componentsschemas_error_list_item = Error.from_dict(
                componentsschemas_error_list_item_data
            )

            response_413.append(componentsschemas_error_list_item)

        return response_413

    if response.status_code == 415:
        response_415 = []
        _response_415 = response.json()
        for componentsschemas_error_list_item_data in _response_415:
            componentsschemas_error_list_item = Error.from_dict(
                componentsschemas_error_list_item_data
            )

            response_415.append(componentsschemas_error_list_item)

        return response_415

    if response.status_code == 429:
        response_429 = []
        _response_429 = response.json()
        for componentsschemas_error_list_item_data in _response_429:
            componentsschemas_error_list_item = Error.from_dict(
                componentsschemas_error_list_item_data
            )

            response_429.append(componentsschemas_error_list_item)

        return response_429

    if response.status_code == 500:
        response_500 = []
        _response_500 = response.json()
        for componentsschemas_error_list_item_data in _response_500:
            componentsschemas_error_list_item = Error.from_dict(
                componentsschemas_error_list_item_data
            )

            response_500.append(componentsschemas_error_list_item)

        return response_500

    if response.status_code == 503:
        response_503 = []
        _response_503 = response.json()
        for componentsschemas_error_list_item_data in _response_503:
            componentsschemas_error_list_item = Error.from_dict(
                componentsschemas_error_list_item_data
            )

            response_503.append(componentsschemas_error_list_item)

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RestrictionList | list[Error]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    asin: str,
    condition_type: GetListingsRestrictionsConditionType | Unset = UNSET,
    seller_id: str,
    marketplace_ids: list[str],
    reason_locale: str | Unset = UNSET,
    product_type: str | Unset = UNSET,
) -> Response[RestrictionList | list[Error]]:
    """GET /listings/2021-08-01/restrictions

    Rate limit: 5 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getlistingsrestrictions

    Args:
        asin (str):
        condition_type (GetListingsRestrictionsConditionType | Unset):
        seller_id (str):
        marketplace_ids (list[str]):
        reason_locale (str | Unset):
        product_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RestrictionList | list[Error]]
    """

    kwargs = _get_kwargs(
        asin=asin,
        condition_type=condition_type,
        seller_id=seller_id,
        marketplace_ids=marketplace_ids,
        reason_locale=reason_locale,
        product_type=product_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    asin: str,
    condition_type: GetListingsRestrictionsConditionType | Unset = UNSET,
    seller_id: str,
    marketplace_ids: list[str],
    reason_locale: str | Unset = UNSET,
    product_type: str | Unset = UNSET,
) -> RestrictionList | list[Error] | None:
    """GET /listings/2021-08-01/restrictions

    Rate limit: 5 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getlistingsrestrictions

    Args:
        asin (str):
        condition_type (GetListingsRestrictionsConditionType | Unset):
        seller_id (str):
        marketplace_ids (list[str]):
        reason_locale (str | Unset):
        product_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RestrictionList | list[Error]
    """

    return sync_detailed(
        client=client,
        asin=asin,
        condition_type=condition_type,
        seller_id=seller_id,
        marketplace_ids=marketplace_ids,
        reason_locale=reason_locale,
        product_type=product_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    asin: str,
    condition_type: GetListingsRestrictionsConditionType | Unset = UNSET,
    seller_id: str,
    marketplace_ids: list[str],
    reason_locale: str | Unset = UNSET,
    product_type: str | Unset = UNSET,
) -> Response[RestrictionList | list[Error]]:
    """GET /listings/2021-08-01/restrictions

    Rate limit: 5 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getlistingsrestrictions

    Args:
        asin (str):
        condition_type (GetListingsRestrictionsConditionType | Unset):
        seller_id (str):
        marketplace_ids (list[str]):
        reason_locale (str | Unset):
        product_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RestrictionList | list[Error]]
    """

    kwargs = _get_kwargs(
        asin=asin,
        condition_type=condition_type,
        seller_id=seller_id,
        marketplace_ids=marketplace_ids,
        reason_locale=reason_locale,
        product_type=product_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    asin: str,
    condition_type: GetListingsRestrictionsConditionType | Unset = UNSET,
    seller_id: str,
    marketplace_ids: list[str],
    reason_locale: str | Unset = UNSET,
    product_type: str | Unset = UNSET,
) -> RestrictionList | list[Error] | None:
    """GET /listings/2021-08-01/restrictions

    Rate limit: 5 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getlistingsrestrictions

    Args:
        asin (str):
        condition_type (GetListingsRestrictionsConditionType | Unset):
        seller_id (str):
        marketplace_ids (list[str]):
        reason_locale (str | Unset):
        product_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RestrictionList | list[Error]
    """

    return (
        await asyncio_detailed(
            client=client,
            asin=asin,
            condition_type=condition_type,
            seller_id=seller_id,
            marketplace_ids=marketplace_ids,
            reason_locale=reason_locale,
            product_type=product_type,
        )
    ).parsed
