from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.errors import Errors
from ...models.get_item_offers_batch_request import GetItemOffersBatchRequest
from ...models.get_item_offers_batch_response import GetItemOffersBatchResponse
from ...types import Response


def _get_kwargs(
    *,
    body: GetItemOffersBatchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/batches/products/pricing/v0/itemOffers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Errors | GetItemOffersBatchResponse | None:
    if response.status_code == 200:
        response_200 = GetItemOffersBatchResponse.from_dict(response.json())

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
) -> Response[Errors | GetItemOffersBatchResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetItemOffersBatchRequest,
) -> Response[Errors | GetItemOffersBatchResponse]:
    """POST /batches/products/pricing/v0/itemOffers

    Rate limit: 0.1 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getitemoffersbatch

    Args:
        body (GetItemOffersBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | GetItemOffersBatchResponse]
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
    body: GetItemOffersBatchRequest,
) -> Errors | GetItemOffersBatchResponse | None:
    """POST /batches/products/pricing/v0/itemOffers

    Rate limit: 0.1 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getitemoffersbatch

    Args:
        body (GetItemOffersBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | GetItemOffersBatchResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetItemOffersBatchRequest,
) -> Response[Errors | GetItemOffersBatchResponse]:
    """POST /batches/products/pricing/v0/itemOffers

    Rate limit: 0.1 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getitemoffersbatch

    Args:
        body (GetItemOffersBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | GetItemOffersBatchResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetItemOffersBatchRequest,
) -> Errors | GetItemOffersBatchResponse | None:
    """POST /batches/products/pricing/v0/itemOffers

    Rate limit: 0.1 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getitemoffersbatch

    Args:
        body (GetItemOffersBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | GetItemOffersBatchResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
