from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_features_response import GetFeaturesResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    marketplace_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["marketplaceId"] = marketplace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fba/outbound/2020-07-01/features",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetFeaturesResponse | None:
    if response.status_code == 200:
        response_200 = GetFeaturesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetFeaturesResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetFeaturesResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetFeaturesResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetFeaturesResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetFeaturesResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetFeaturesResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetFeaturesResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetFeaturesResponse]:
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
) -> Response[GetFeaturesResponse]:
    """GET /fba/outbound/2020-07-01/features

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getfeatures

    Args:
        marketplace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetFeaturesResponse]
    """

    kwargs = _get_kwargs(
        marketplace_id=marketplace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
) -> GetFeaturesResponse | None:
    """GET /fba/outbound/2020-07-01/features

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getfeatures

    Args:
        marketplace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetFeaturesResponse
    """

    return sync_detailed(
        client=client,
        marketplace_id=marketplace_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
) -> Response[GetFeaturesResponse]:
    """GET /fba/outbound/2020-07-01/features

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getfeatures

    Args:
        marketplace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetFeaturesResponse]
    """

    kwargs = _get_kwargs(
        marketplace_id=marketplace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
) -> GetFeaturesResponse | None:
    """GET /fba/outbound/2020-07-01/features

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getfeatures

    Args:
        marketplace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetFeaturesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            marketplace_id=marketplace_id,
        )
    ).parsed
