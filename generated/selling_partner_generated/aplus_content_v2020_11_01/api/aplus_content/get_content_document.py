from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.get_content_document_included_data_set_item import (
    GetContentDocumentIncludedDataSetItem,
)
from ...models.get_content_document_response import GetContentDocumentResponse
from ...types import UNSET, Response


def _get_kwargs(
    content_reference_key: str,
    *,
    marketplace_id: str,
    included_data_set: list[GetContentDocumentIncludedDataSetItem],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["marketplaceId"] = marketplace_id

    json_included_data_set = []
    for included_data_set_item_data in included_data_set:
        included_data_set_item = included_data_set_item_data.value
        json_included_data_set.append(included_data_set_item)

    params["includedDataSet"] = json_included_data_set

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/aplus/2020-11-01/contentDocuments/{content_reference_key}".format(
            content_reference_key=quote(str(content_reference_key), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | GetContentDocumentResponse | None:
    if response.status_code == 200:
        response_200 = GetContentDocumentResponse.from_dict(response.json())

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

    if response.status_code == 410:
        response_410 = ErrorList.from_dict(response.json())

        return response_410

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
) -> Response[ErrorList | GetContentDocumentResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    content_reference_key: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
    included_data_set: list[GetContentDocumentIncludedDataSetItem],
) -> Response[ErrorList | GetContentDocumentResponse]:
    """GET /aplus/2020-11-01/contentDocuments/{contentReferenceKey}

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getcontentdocument

    Args:
        content_reference_key (str):
        marketplace_id (str):
        included_data_set (list[GetContentDocumentIncludedDataSetItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | GetContentDocumentResponse]
    """

    kwargs = _get_kwargs(
        content_reference_key=content_reference_key,
        marketplace_id=marketplace_id,
        included_data_set=included_data_set,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    content_reference_key: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
    included_data_set: list[GetContentDocumentIncludedDataSetItem],
) -> ErrorList | GetContentDocumentResponse | None:
    """GET /aplus/2020-11-01/contentDocuments/{contentReferenceKey}

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getcontentdocument

    Args:
        content_reference_key (str):
        marketplace_id (str):
        included_data_set (list[GetContentDocumentIncludedDataSetItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | GetContentDocumentResponse
    """

    return sync_detailed(
        content_reference_key=content_reference_key,
        client=client,
        marketplace_id=marketplace_id,
        included_data_set=included_data_set,
    ).parsed


async def asyncio_detailed(
    content_reference_key: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
    included_data_set: list[GetContentDocumentIncludedDataSetItem],
) -> Response[ErrorList | GetContentDocumentResponse]:
    """GET /aplus/2020-11-01/contentDocuments/{contentReferenceKey}

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getcontentdocument

    Args:
        content_reference_key (str):
        marketplace_id (str):
        included_data_set (list[GetContentDocumentIncludedDataSetItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | GetContentDocumentResponse]
    """

    kwargs = _get_kwargs(
        content_reference_key=content_reference_key,
        marketplace_id=marketplace_id,
        included_data_set=included_data_set,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    content_reference_key: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
    included_data_set: list[GetContentDocumentIncludedDataSetItem],
) -> ErrorList | GetContentDocumentResponse | None:
    """GET /aplus/2020-11-01/contentDocuments/{contentReferenceKey}

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getcontentdocument

    Args:
        content_reference_key (str):
        marketplace_id (str):
        included_data_set (list[GetContentDocumentIncludedDataSetItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | GetContentDocumentResponse
    """

    return (
        await asyncio_detailed(
            content_reference_key=content_reference_key,
            client=client,
            marketplace_id=marketplace_id,
            included_data_set=included_data_set,
        )
    ).parsed
