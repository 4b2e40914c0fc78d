from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_account_response import GetAccountResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/shipping/v1/account",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetAccountResponse | None:
    if response.status_code == 200:
        response_200 = GetAccountResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetAccountResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetAccountResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetAccountResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetAccountResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetAccountResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetAccountResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetAccountResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetAccountResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetAccountResponse]:
    """GET /shipping/v1/account

    Rate limit: 5 requests/second, burst 15.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getaccount

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAccountResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> GetAccountResponse | None:
    """GET /shipping/v1/account

    Rate limit: 5 requests/second, burst 15.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getaccount

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAccountResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetAccountResponse]:
    """GET /shipping/v1/account

    Rate limit: 5 requests/second, burst 15.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getaccount

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAccountResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> GetAccountResponse | None:
    """GET /shipping/v1/account

    Rate limit: 5 requests/second, burst 15.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getaccount

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAccountResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
