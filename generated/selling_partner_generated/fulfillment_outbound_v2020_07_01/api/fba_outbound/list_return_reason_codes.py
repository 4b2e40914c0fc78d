from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_return_reason_codes_response import ListReturnReasonCodesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    seller_sku: str,
    marketplace_id: str | Unset = UNSET,
    seller_fulfillment_order_id: str | Unset = UNSET,
    language: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sellerSku"] = seller_sku

    params["marketplaceId"] = marketplace_id

    params["sellerFulfillmentOrderId"] = seller_fulfillment_order_id

    params["language"] = language

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fba/outbound/2020-07-01/returnReasonCodes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListReturnReasonCodesResponse | None:
    if response.status_code == 200:
        response_200 = ListReturnReasonCodesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListReturnReasonCodesResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListReturnReasonCodesResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListReturnReasonCodesResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ListReturnReasonCodesResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ListReturnReasonCodesResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ListReturnReasonCodesResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ListReturnReasonCodesResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListReturnReasonCodesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    seller_sku: str,
    marketplace_id: str | Unset = UNSET,
    seller_fulfillment_order_id: str | Unset = UNSET,
    language: str | Unset = UNSET,
) -> Response[ListReturnReasonCodesResponse]:
    """GET /fba/outbound/2020-07-01/returnReasonCodes

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listreturnreasoncodes

    Args:
        seller_sku (str):
        marketplace_id (str | Unset):
        seller_fulfillment_order_id (str | Unset):
        language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListReturnReasonCodesResponse]
    """

    kwargs = _get_kwargs(
        seller_sku=seller_sku,
        marketplace_id=marketplace_id,
        seller_fulfillment_order_id=seller_fulfillment_order_id,
        language=language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    seller_sku: str,
    marketplace_id: str | Unset = UNSET,
    seller_fulfillment_order_id: str | Unset = UNSET,
    language: str | Unset = UNSET,
) -> ListReturnReasonCodesResponse | None:
    """GET /fba/outbound/2020-07-01/returnReasonCodes

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listreturnreasoncodes

    Args:
        seller_sku (str):
        marketplace_id (str | Unset):
        seller_fulfillment_order_id (str | Unset):
        language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListReturnReasonCodesResponse
    """

    return sync_detailed(
        client=client,
        seller_sku=seller_sku,
        marketplace_id=marketplace_id,
        seller_fulfillment_order_id=seller_fulfillment_order_id,
        language=language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    seller_sku: str,
    marketplace_id: str | Unset = UNSET,
    seller_fulfillment_order_id: str | Unset = UNSET,
    language: str | Unset = UNSET,
) -> Response[ListReturnReasonCodesResponse]:
    """GET /fba/outbound/2020-07-01/returnReasonCodes

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listreturnreasoncodes

    Args:
        seller_sku (str):
        marketplace_id (str | Unset):
        seller_fulfillment_order_id (str | Unset):
        language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListReturnReasonCodesResponse]
    """

    kwargs = _get_kwargs(
        seller_sku=seller_sku,
        marketplace_id=marketplace_id,
        seller_fulfillment_order_id=seller_fulfillment_order_id,
        language=language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    seller_sku: str,
    marketplace_id: str | Unset = UNSET,
    seller_fulfillment_order_id: str | Unset = UNSET,
    language: str | Unset = UNSET,
) -> ListReturnReasonCodesResponse | None:
    """GET /fba/outbound/2020-07-01/returnReasonCodes

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listreturnreasoncodes

    Args:
        seller_sku (str):
        marketplace_id (str | Unset):
        seller_fulfillment_order_id (str | Unset):
        language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListReturnReasonCodesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            seller_sku=seller_sku,
            marketplace_id=marketplace_id,
            seller_fulfillment_order_id=seller_fulfillment_order_id,
            language=language,
        )
    ).parsed
