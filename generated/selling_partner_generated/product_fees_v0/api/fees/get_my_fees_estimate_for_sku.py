from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_my_fees_estimate_request import GetMyFeesEstimateRequest
from ...models.get_my_fees_estimate_response import GetMyFeesEstimateResponse
from ...types import Response


def _get_kwargs(
    seller_sku: str,
    *,
    body: GetMyFeesEstimateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/products/fees/v0/listings/{seller_sku}/feesEstimate".format(
            seller_sku=quote(str(seller_sku), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetMyFeesEstimateResponse | None:
    if response.status_code == 200:
        response_200 = GetMyFeesEstimateResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetMyFeesEstimateResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetMyFeesEstimateResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetMyFeesEstimateResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetMyFeesEstimateResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetMyFeesEstimateResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetMyFeesEstimateResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetMyFeesEstimateResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetMyFeesEstimateResponse]:
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
    body: GetMyFeesEstimateRequest,
) -> Response[GetMyFeesEstimateResponse]:
    """POST /products/fees/v0/listings/{SellerSKU}/feesEstimate

    Rate limit: 1 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getmyfeesestimateforsku

    Args:
        seller_sku (str):
        body (GetMyFeesEstimateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMyFeesEstimateResponse]
    """

    kwargs = _get_kwargs(
        seller_sku=seller_sku,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    seller_sku: str,
    *,
    client: AuthenticatedClient | Client,
    body: GetMyFeesEstimateRequest,
) -> GetMyFeesEstimateResponse | None:
    """POST /products/fees/v0/listings/{SellerSKU}/feesEstimate

    Rate limit: 1 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getmyfeesestimateforsku

    Args:
        seller_sku (str):
        body (GetMyFeesEstimateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMyFeesEstimateResponse
    """

    return sync_detailed(
        seller_sku=seller_sku,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    seller_sku: str,
    *,
    client: AuthenticatedClient | Client,
    body: GetMyFeesEstimateRequest,
) -> Response[GetMyFeesEstimateResponse]:
    """POST /products/fees/v0/listings/{SellerSKU}/feesEstimate

    Rate limit: 1 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getmyfeesestimateforsku

    Args:
        seller_sku (str):
        body (GetMyFeesEstimateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMyFeesEstimateResponse]
    """

    kwargs = _get_kwargs(
        seller_sku=seller_sku,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    seller_sku: str,
    *,
    client: AuthenticatedClient | Client,
    body: GetMyFeesEstimateRequest,
) -> GetMyFeesEstimateResponse | None:
    """POST /products/fees/v0/listings/{SellerSKU}/feesEstimate

    Rate limit: 1 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getmyfeesestimateforsku

    Args:
        seller_sku (str):
        body (GetMyFeesEstimateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMyFeesEstimateResponse
    """

    return (
        await asyncio_detailed(
            seller_sku=seller_sku,
            client=client,
            body=body,
        )
    ).parsed
