import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.list_transactions_response import ListTransactionsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    posted_after: datetime.datetime | Unset = UNSET,
    posted_before: datetime.datetime | Unset = UNSET,
    marketplace_id: str | Unset = UNSET,
    transaction_status: str | Unset = UNSET,
    related_identifier_name: str | Unset = UNSET,
    related_identifier_value: str | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_posted_after: str | Unset = UNSET
    if not isinstance(posted_after, Unset):
        json_posted_after = posted_after.isoformat()
    params["postedAfter"] = json_posted_after

    json_posted_before: str | Unset = UNSET
    if not isinstance(posted_before, Unset):
        json_posted_before = posted_before.isoformat()
    params["postedBefore"] = json_posted_before

    params["marketplaceId"] = marketplace_id

    params["transactionStatus"] = transaction_status

    params["relatedIdentifierName"] = related_identifier_name

    params["relatedIdentifierValue"] = related_identifier_value

    params["nextToken"] = next_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/finances/2024-06-19/transactions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | ListTransactionsResponse | None:
    if response.status_code == 200:
        response_200 = ListTransactionsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorList.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorList.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorList.from_dict(response.json())

        return response_404

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
) -> Response[ErrorList | ListTransactionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    posted_after: datetime.datetime | Unset = UNSET,
    posted_before: datetime.datetime | Unset = UNSET,
    marketplace_id: str | Unset = UNSET,
    transaction_status: str | Unset = UNSET,
    related_identifier_name: str | Unset = UNSET,
    related_identifier_value: str | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> Response[ErrorList | ListTransactionsResponse]:
    """GET /finances/2024-06-19/transactions

    Rate limit: 0.5 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listtransactions

    Args:
        posted_after (datetime.datetime | Unset):
        posted_before (datetime.datetime | Unset):
        marketplace_id (str | Unset):
        transaction_status (str | Unset):
        related_identifier_name (str | Unset):
        related_identifier_value (str | Unset):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ListTransactionsResponse]
    """

    kwargs = _get_kwargs(
        posted_after=posted_after,
        posted_before=posted_before,
        marketplace_id=marketplace_id,
        transaction_status=transaction_status,
        related_identifier_name=related_identifier_name,
        related_identifier_value=related_identifier_value,
        next_token=next_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    posted_after: datetime.datetime | Unset = UNSET,
    posted_before: datetime.datetime | Unset = UNSET,
    marketplace_id: str | Unset = UNSET,
    transaction_status: str | Unset = UNSET,
    related_identifier_name: str | Unset = UNSET,
    related_identifier_value: str | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> ErrorList | ListTransactionsResponse | None:
    """GET /finances/2024-06-19/transactions

    Rate limit: 0.5 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listtransactions

    Args:
        posted_after (datetime.datetime | Unset):
        posted_before (datetime.datetime | Unset):
        marketplace_id (str | Unset):
        transaction_status (str | Unset):
        related_identifier_name (str | Unset):
        related_identifier_value (str | Unset):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ListTransactionsResponse
    """

    return sync_detailed(
        client=client,
        posted_after=posted_after,
        posted_before=posted_before,
        marketplace_id=marketplace_id,
        transaction_status=transaction_status,
        related_identifier_name=related_identifier_name,
        related_identifier_value=related_identifier_value,
        next_token=next_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    posted_after: datetime.datetime | Unset = UNSET,
    posted_before: datetime.datetime | Unset = UNSET,
    marketplace_id: str | Unset = UNSET,
    transaction_status: str | Unset = UNSET,
    related_identifier_name: str | Unset = UNSET,
    related_identifier_value: str | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> Response[ErrorList | ListTransactionsResponse]:
    """GET /finances/2024-06-19/transactions

    Rate limit: 0.5 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listtransactions

    Args:
        posted_after (datetime.datetime | Unset):
        posted_before (datetime.datetime | Unset):
        marketplace_id (str | Unset):
        transaction_status (str | Unset):
        related_identifier_name (str | Unset):
        related_identifier_value (str | Unset):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ListTransactionsResponse]
    """

    kwargs = _get_kwargs(
        posted_after=posted_after,
        posted_before=posted_before,
        marketplace_id=marketplace_id,
        transaction_status=transaction_status,
        related_identifier_name=related_identifier_name,
        related_identifier_value=related_identifier_value,
        next_token=next_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    posted_after: datetime.datetime | Unset = UNSET,
    posted_before: datetime.datetime | Unset = UNSET,
    marketplace_id: str | Unset = UNSET,
    transaction_status: str | Unset = UNSET,
    related_identifier_name: str | Unset = UNSET,
    related_identifier_value: str | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> ErrorList | ListTransactionsResponse | None:
    """GET /finances/2024-06-19/transactions

    Rate limit: 0.5 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listtransactions

    Args:
        posted_after (datetime.datetime | Unset):
        posted_before (datetime.datetime | Unset):
        marketplace_id (str | Unset):
        transaction_status (str | Unset):
        related_identifier_name (str | Unset):
        related_identifier_value (str | Unset):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ListTransactionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            posted_after=posted_after,
            posted_before=posted_before,
            marketplace_id=marketplace_id,
            transaction_status=transaction_status,
            related_identifier_name=related_identifier_name,
            related_identifier_value=related_identifier_value,
            next_token=next_token,
        )
    ).parsed
