from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.feed_document import FeedDocument
from ...types import UNSET, Response, Unset


def _get_kwargs(
    feed_document_id: str,
    *,
    enable_content_encoding_url_header: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["enableContentEncodingUrlHeader"] = enable_content_encoding_url_header

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/feeds/2021-06-30/documents/{feed_document_id}".format(
            feed_document_id=quote(str(feed_document_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | FeedDocument | None:
    if response.status_code == 200:
        response_200 = FeedDocument.from_dict(response.json())

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

    if response.status_code == 415:
        response_415 = ErrorList.from_dict(response.json())

        return response_415

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
) -> Response[ErrorList | FeedDocument]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    feed_document_id: str,
    *,
    client: AuthenticatedClient | Client,
    enable_content_encoding_url_header: bool | Unset = UNSET,
) -> Response[ErrorList | FeedDocument]:
    """GET /feeds/2021-06-30/documents/{feedDocumentId}

    Rate limit: 0.0222 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getfeeddocument

    Args:
        feed_document_id (str):
        enable_content_encoding_url_header (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | FeedDocument]
    """

    kwargs = _get_kwargs(
        feed_document_id=feed_document_id,
        enable_content_encoding_url_header=enable_content_encoding_url_header,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    feed_document_id: str,
    *,
    client: AuthenticatedClient | Client,
    enable_content_encoding_url_header: bool | Unset = UNSET,
) -> ErrorList | FeedDocument | None:
    """GET /feeds/2021-06-30/documents/{feedDocumentId}

    Rate limit: 0.0222 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getfeeddocument

    Args:
        feed_document_id (str):
        enable_content_encoding_url_header (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | FeedDocument
    """

    return sync_detailed(
        feed_document_id=feed_document_id,
        client=client,
        enable_content_encoding_url_header=enable_content_encoding_url_header,
    ).parsed


async def asyncio_detailed(
    feed_document_id: str,
    *,
    client: AuthenticatedClient | Client,
    enable_content_encoding_url_header: bool | Unset = UNSET,
) -> Response[ErrorList | FeedDocument]:
    """GET /feeds/2021-06-30/documents/{feedDocumentId}

    Rate limit: 0.0222 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getfeeddocument

    Args:
        feed_document_id (str):
        enable_content_encoding_url_header (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | FeedDocument]
    """

    kwargs = _get_kwargs(
        feed_document_id=feed_document_id,
        enable_content_encoding_url_header=enable_content_encoding_url_header,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    feed_document_id: str,
    *,
    client: AuthenticatedClient | Client,
    enable_content_encoding_url_header: bool | Unset = UNSET,
) -> ErrorList | FeedDocument | None:
    """GET /feeds/2021-06-30/documents/{feedDocumentId}

    Rate limit: 0.0222 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getfeeddocument

    Args:
        feed_document_id (str):
        enable_content_encoding_url_header (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | FeedDocument
    """

    return (
        await asyncio_detailed(
            feed_document_id=feed_document_id,
            client=client,
            enable_content_encoding_url_header=enable_content_encoding_url_header,
        )
    ).parsed
