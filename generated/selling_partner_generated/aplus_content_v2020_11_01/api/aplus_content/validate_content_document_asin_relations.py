from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.post_content_document_request import PostContentDocumentRequest
from ...models.validate_content_document_asin_relations_response import (
    ValidateContentDocumentAsinRelationsResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PostContentDocumentRequest,
    marketplace_id: str,
    asin_set: list[str] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["marketplaceId"] = marketplace_id

    json_asin_set: list[str] | Unset = UNSET
    if not isinstance(asin_set, Unset):
        json_asin_set = asin_set

    params["asinSet"] = json_asin_set

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/aplus/2020-11-01/contentAsinValidations",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | ValidateContentDocumentAsinRelationsResponse | None:
    if response.status_code == 200:
        response_200 = ValidateContentDocumentAsinRelationsResponse.from_dict(
            response.json()
        )

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
) -> Response[ErrorList | ValidateContentDocumentAsinRelationsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PostContentDocumentRequest,
    marketplace_id: str,
    asin_set: list[str] | Unset = UNSET,
) -> Response[ErrorList | ValidateContentDocumentAsinRelationsResponse]:
    """POST /aplus/2020-11-01/contentAsinValidations

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/validatecontentdocumentasinrelations

    Args:
        marketplace_id (str):
        asin_set (list[str] | Unset):
        body (PostContentDocumentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ValidateContentDocumentAsinRelationsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        marketplace_id=marketplace_id,
        asin_set=asin_set,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PostContentDocumentRequest,
    marketplace_id: str,
    asin_set: list[str] | Unset = UNSET,
) -> ErrorList | ValidateContentDocumentAsinRelationsResponse | None:
    """POST /aplus/2020-11-01/contentAsinValidations

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/validatecontentdocumentasinrelations

    Args:
        marketplace_id (str):
        asin_set (list[str] | Unset):
        body (PostContentDocumentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ValidateContentDocumentAsinRelationsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        marketplace_id=marketplace_id,
        asin_set=asin_set,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PostContentDocumentRequest,
    marketplace_id: str,
    asin_set: list[str] | Unset = UNSET,
) -> Response[ErrorList | ValidateContentDocumentAsinRelationsResponse]:
    """POST /aplus/2020-11-01/contentAsinValidations

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/validatecontentdocumentasinrelations

    Args:
        marketplace_id (str):
        asin_set (list[str] | Unset):
        body (PostContentDocumentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ValidateContentDocumentAsinRelationsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        marketplace_id=marketplace_id,
        asin_set=asin_set,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PostContentDocumentRequest,
    marketplace_id: str,
    asin_set: list[str] | Unset = UNSET,
) -> ErrorList | ValidateContentDocumentAsinRelationsResponse | None:
    """POST /aplus/2020-11-01/contentAsinValidations

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/validatecontentdocumentasinrelations

    Args:
        marketplace_id (str):
        asin_set (list[str] | Unset):
        body (PostContentDocumentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ValidateContentDocumentAsinRelationsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            marketplace_id=marketplace_id,
            asin_set=asin_set,
        )
    ).parsed
