from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.search_content_publish_records_response import (
    SearchContentPublishRecordsResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    marketplace_id: str,
    asin: str,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["marketplaceId"] = marketplace_id

    params["asin"] = asin

    params["pageToken"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/aplus/2020-11-01/contentPublishRecords",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | SearchContentPublishRecordsResponse | None:
    if response.status_code == 200:
        response_200 = SearchContentPublishRecordsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorList.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorList.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorList.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorList.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorList.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorList.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorList.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorList | SearchContentPublishRecordsResponse]:
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
    asin: str,
    page_token: str | Unset = UNSET,
) -> Response[ErrorList | SearchContentPublishRecordsResponse]:
    """GET /aplus/2020-11-01/contentPublishRecords

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/searchcontentpublishrecords

    Args:
        marketplace_id (str):
        asin (str):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | SearchContentPublishRecordsResponse]
    """

    kwargs = _get_kwargs(
        marketplace_id=marketplace_id,
        asin=asin,
        page_token=page_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
    asin: str,
    page_token: str | Unset = UNSET,
) -> ErrorList | SearchContentPublishRecordsResponse | None:
    """GET /aplus/2020-11-01/contentPublishRecords

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/searchcontentpublishrecords

    Args:
        marketplace_id (str):
        asin (str):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | SearchContentPublishRecordsResponse
    """

    return sync_detailed(
        client=client,
        marketplace_id=marketplace_id,
        asin=asin,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
    asin: str,
    page_token: str | Unset = UNSET,
) -> Response[ErrorList | SearchContentPublishRecordsResponse]:
    """GET /aplus/2020-11-01/contentPublishRecords

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/searchcontentpublishrecords

    Args:
        marketplace_id (str):
        asin (str):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | SearchContentPublishRecordsResponse]
    """

    kwargs = _get_kwargs(
        marketplace_id=marketplace_id,
        asin=asin,
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
    asin: str,
    page_token: str | Unset = UNSET,
) -> ErrorList | SearchContentPublishRecordsResponse | None:
    """GET /aplus/2020-11-01/contentPublishRecords

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/searchcontentpublishrecords

    Args:
        marketplace_id (str):
        asin (str):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | SearchContentPublishRecordsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            marketplace_id=marketplace_id,
            asin=asin,
            page_token=page_token,
        )
    ).parsed
