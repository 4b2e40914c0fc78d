from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_transaction_response import GetTransactionResponse
from ...types import Response


def _get_kwargs(
    transaction_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/vendor/directFulfillment/transactions/v1/transactions/{transaction_id}".format(
            transaction_id=quote(str(transaction_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetTransactionResponse | None:
    if response.status_code == 200:
        response_200 = GetTransactionResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetTransactionResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetTransactionResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetTransactionResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetTransactionResponse.from_dict(response.json())

        return response_404

    if response.status_code == 415:
        response_415 = GetTransactionResponse.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = GetTransactionResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetTransactionResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetTransactionResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetTransactionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetTransactionResponse]:
    """GET /vendor/directFulfillment/transactions/v1/transactions/{transactionId}

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/gettransactionstatus

    Args:
        transaction_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTransactionResponse]
    """

    kwargs = _get_kwargs(
        transaction_id=transaction_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetTransactionResponse | None:
    """GET /vendor/directFulfillment/transactions/v1/transactions/{transactionId}

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/gettransactionstatus

    Args:
        transaction_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTransactionResponse
    """

    return sync_detailed(
        transaction_id=transaction_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetTransactionResponse]:
    """GET /vendor/directFulfillment/transactions/v1/transactions/{transactionId}

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/gettransactionstatus

    Args:
        transaction_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTransactionResponse]
    """

    kwargs = _get_kwargs(
        transaction_id=transaction_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetTransactionResponse | None:
    """GET /vendor/directFulfillment/transactions/v1/transactions/{transactionId}

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/gettransactionstatus

    Args:
        transaction_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTransactionResponse
    """

    return (
        await asyncio_detailed(
            transaction_id=transaction_id,
            client=client,
        )
    ).parsed
