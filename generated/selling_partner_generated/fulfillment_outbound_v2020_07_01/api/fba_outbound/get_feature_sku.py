from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_feature_sku_response import GetFeatureSkuResponse
from ...types import UNSET, Response


def _get_kwargs(
    feature_name: str,
    seller_sku: str,
    *,
    marketplace_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["marketplaceId"] = marketplace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fba/outbound/2020-07-01/features/inventory/{feature_name}/{seller_sku}".format(
            feature_name=quote(str(feature_name), safe=""),
            seller_sku=quote(str(seller_sku), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetFeatureSkuResponse | None:
    if response.status_code == 200:
        response_200 = GetFeatureSkuResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetFeatureSkuResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetFeatureSkuResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetFeatureSkuResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetFeatureSkuResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetFeatureSkuResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetFeatureSkuResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetFeatureSkuResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetFeatureSkuResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    feature_name: str,
    seller_sku: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
) -> Response[GetFeatureSkuResponse]:
    """GET /fba/outbound/2020-07-01/features/inventory/{featureName}/{sellerSku}

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getfeaturesku

    Args:
        feature_name (str):
        seller_sku (str):
        marketplace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetFeatureSkuResponse]
    """

    kwargs = _get_kwargs(
        feature_name=feature_name,
        seller_sku=seller_sku,
        marketplace_id=marketplace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    feature_name: str,
    seller_sku: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
) -> GetFeatureSkuResponse | None:
    """GET /fba/outbound/2020-07-01/features/inventory/{featureName}/{sellerSku}

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getfeaturesku

    Args:
        feature_name (str):
        seller_sku (str):
        marketplace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetFeatureSkuResponse
    """

    return sync_detailed(
        feature_name=feature_name,
        seller_sku=seller_sku,
        client=client,
        marketplace_id=marketplace_id,
    ).parsed


async def asyncio_detailed(
    feature_name: str,
    seller_sku: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
) -> Response[GetFeatureSkuResponse]:
    """GET /fba/outbound/2020-07-01/features/inventory/{featureName}/{sellerSku}

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getfeaturesku

    Args:
        feature_name (str):
        seller_sku (str):
        marketplace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetFeatureSkuResponse]
    """

    kwargs = _get_kwargs(
        feature_name=feature_name,
        seller_sku=seller_sku,
        marketplace_id=marketplace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    feature_name: str,
    seller_sku: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
) -> GetFeatureSkuResponse | None:
    """GET /fba/outbound/2020-07-01/features/inventory/{featureName}/{sellerSku}

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getfeaturesku

    Args:
        feature_name (str):
        seller_sku (str):
        marketplace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetFeatureSkuResponse
    """

    return (
        await asyncio_detailed(
            feature_name=feature_name,
            seller_sku=seller_sku,
            client=client,
            marketplace_id=marketplace_id,
        )
    ).parsed
