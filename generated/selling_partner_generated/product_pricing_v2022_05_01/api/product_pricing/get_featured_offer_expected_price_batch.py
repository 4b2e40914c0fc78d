from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.errors import Errors
from ...models.get_featured_offer_expected_price_batch_request import (
    GetFeaturedOfferExpectedPriceBatchRequest,
)
from ...models.get_featured_offer_expected_price_batch_response import (
    GetFeaturedOfferExpectedPriceBatchResponse,
)
from ...types import Response


def _get_kwargs(
    *,
    body: GetFeaturedOfferExpectedPriceBatchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/batches/products/pricing/2022-05-01/offer/featuredOfferExpectedPrice",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Errors | GetFeaturedOfferExpectedPriceBatchResponse | None:
    if response.status_code == 200:
        response_200 = GetFeaturedOfferExpectedPriceBatchResponse.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = Errors.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Errors.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Errors.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Errors.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Errors.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Errors.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Errors.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Errors | GetFeaturedOfferExpectedPriceBatchResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetFeaturedOfferExpectedPriceBatchRequest,
) -> Response[Errors | GetFeaturedOfferExpectedPriceBatchResponse]:
    """POST /batches/products/pricing/2022-05-01/offer/featuredOfferExpectedPrice

    Rate limit: 0.033 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getfeaturedofferexpectedpricebatch

    Args:
        body (GetFeaturedOfferExpectedPriceBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | GetFeaturedOfferExpectedPriceBatchResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GetFeaturedOfferExpectedPriceBatchRequest,
) -> Errors | GetFeaturedOfferExpectedPriceBatchResponse | None:
    """POST /batches/products/pricing/2022-05-01/offer/featuredOfferExpectedPrice

    Rate limit: 0.033 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getfeaturedofferexpectedpricebatch

    Args:
        body (GetFeaturedOfferExpectedPriceBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | GetFeaturedOfferExpectedPriceBatchResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetFeaturedOfferExpectedPriceBatchRequest,
) -> Response[Errors | GetFeaturedOfferExpectedPriceBatchResponse]:
    """POST /batches/products/pricing/2022-05-01/offer/featuredOfferExpectedPrice

    Rate limit: 0.033 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getfeaturedofferexpectedpricebatch

    Args:
        body (GetFeaturedOfferExpectedPriceBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | GetFeaturedOfferExpectedPriceBatchResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetFeaturedOfferExpectedPriceBatchRequest,
) -> Errors | GetFeaturedOfferExpectedPriceBatchResponse | None:
    """POST /batches/products/pricing/2022-05-01/offer/featuredOfferExpectedPrice

    Rate limit: 0.033 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getfeaturedofferexpectedpricebatch

    Args:
        body (GetFeaturedOfferExpectedPriceBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | GetFeaturedOfferExpectedPriceBatchResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
