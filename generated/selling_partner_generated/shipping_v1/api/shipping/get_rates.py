from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_rates_request import GetRatesRequest
from ...models.get_rates_response import GetRatesResponse
from ...types import Response


def _get_kwargs(
    *,
    body: GetRatesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/shipping/v1/rates",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetRatesResponse | None:
    if response.status_code == 200:
        response_200 = GetRatesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetRatesResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetRatesResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetRatesResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetRatesResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetRatesResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetRatesResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetRatesResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetRatesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetRatesRequest,
) -> Response[GetRatesResponse]:
    """POST /shipping/v1/rates

    Rate limit: 5 requests/second, burst 15.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getrates

    Args:
        body (GetRatesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetRatesResponse]
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
    body: GetRatesRequest,
) -> GetRatesResponse | None:
    """POST /shipping/v1/rates

    Rate limit: 5 requests/second, burst 15.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getrates

    Args:
        body (GetRatesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetRatesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetRatesRequest,
) -> Response[GetRatesResponse]:
    """POST /shipping/v1/rates

    Rate limit: 5 requests/second, burst 15.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getrates

    Args:
        body (GetRatesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetRatesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetRatesRequest,
) -> GetRatesResponse | None:
    """POST /shipping/v1/rates

    Rate limit: 5 requests/second, burst 15.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getrates

    Args:
        body (GetRatesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetRatesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
