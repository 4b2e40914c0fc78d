from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_destinations_response import GetDestinationsResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/notifications/v1/destinations",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetDestinationsResponse | None:
    if response.status_code == 200:
        response_200 = GetDestinationsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetDestinationsResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = GetDestinationsResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetDestinationsResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = GetDestinationsResponse.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = GetDestinationsResponse.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = GetDestinationsResponse.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = GetDestinationsResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetDestinationsResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetDestinationsResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetDestinationsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetDestinationsResponse]:
    """GET /notifications/v1/destinations

    Rate limit: 1 requests/second, burst 5.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getdestinations

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetDestinationsResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> GetDestinationsResponse | None:
    """GET /notifications/v1/destinations

    Rate limit: 1 requests/second, burst 5.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getdestinations

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetDestinationsResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetDestinationsResponse]:
    """GET /notifications/v1/destinations

    Rate limit: 1 requests/second, burst 5.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getdestinations

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetDestinationsResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> GetDestinationsResponse | None:
    """GET /notifications/v1/destinations

    Rate limit: 1 requests/second, burst 5.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getdestinations

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetDestinationsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
