from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.listings_item_submission_response import ListingsItemSubmissionResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    seller_id: str,
    sku: str,
    *,
    marketplace_ids: list[str],
    issue_locale: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_marketplace_ids = marketplace_ids

    params["marketplaceIds"] = json_marketplace_ids

    params["issueLocale"] = issue_locale

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/listings/2021-08-01/items/{seller_id}/{sku}".format(
            seller_id=quote(str(seller_id), safe=""),
            sku=quote(str(sku), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | ListingsItemSubmissionResponse | None:
    if response.status_code == 200:
        response_200 = ListingsItemSubmissionResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorList.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorList.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = ErrorList.from_dict(response.json())

        return response_413

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
) -> Response[ErrorList | ListingsItemSubmissionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    seller_id: str,
    sku: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_ids: list[str],
    issue_locale: str | Unset = UNSET,
) -> Response[ErrorList | ListingsItemSubmissionResponse]:
    """DELETE /listings/2021-08-01/items/{sellerId}/{sku}

    Rate limit: 5 requests/second, burst 5.

    Reference: https://developer-docs.amazon.com/sp-api/reference/deletelistingsitem

    Args:
        seller_id (str):
        sku (str):
        marketplace_ids (list[str]):
        issue_locale (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ListingsItemSubmissionResponse]
    """

    kwargs = _get_kwargs(
        seller_id=seller_id,
        sku=sku,
        marketplace_ids=marketplace_ids,
        issue_locale=issue_locale,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    seller_id: str,
    sku: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_ids: list[str],
    issue_locale: str | Unset = UNSET,
) -> ErrorList | ListingsItemSubmissionResponse | None:
    """DELETE /listings/2021-08-01/items/{sellerId}/{sku}

    Rate limit: 5 requests/second, burst 5.

    Reference: https://developer-docs.amazon.com/sp-api/reference/deletelistingsitem

    Args:
        seller_id (str):
        sku (str):
        marketplace_ids (list[str]):
        issue_locale (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ListingsItemSubmissionResponse
    """

    return sync_detailed(
        seller_id=seller_id,
        sku=sku,
        client=client,
        marketplace_ids=marketplace_ids,
        issue_locale=issue_locale,
    ).parsed


async def asyncio_detailed(
    seller_id: str,
    sku: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_ids: list[str],
    issue_locale: str | Unset = UNSET,
) -> Response[ErrorList | ListingsItemSubmissionResponse]:
    """DELETE /listings/2021-08-01/items/{sellerId}/{sku}

    Rate limit: 5 requests/second, burst 5.

    Reference: https://developer-docs.amazon.com/sp-api/reference/deletelistingsitem

    Args:
        seller_id (str):
        sku (str):
        marketplace_ids (list[str]):
        issue_locale (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ListingsItemSubmissionResponse]
    """

    kwargs = _get_kwargs(
        seller_id=seller_id,
        sku=sku,
        marketplace_ids=marketplace_ids,
        issue_locale=issue_locale,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    seller_id: str,
    sku: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_ids: list[str],
    issue_locale: str | Unset = UNSET,
) -> ErrorList | ListingsItemSubmissionResponse | None:
    """DELETE /listings/2021-08-01/items/{sellerId}/{sku}

    Rate limit: 5 requests/second, burst 5.

    Reference: https://developer-docs.amazon.com/sp-api/reference/deletelistingsitem

    Args:
        seller_id (str):
        sku (str):
        marketplace_ids (list[str]):
        issue_locale (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ListingsItemSubmissionResponse
    """

    return (
        await asyncio_detailed(
            seller_id=seller_id,
            sku=sku,
            client=client,
            marketplace_ids=marketplace_ids,
            issue_locale=issue_locale,
        )
    ).parsed
