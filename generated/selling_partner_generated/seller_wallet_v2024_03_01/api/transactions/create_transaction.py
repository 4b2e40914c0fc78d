from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_transaction_response import CreateTransactionResponse
from ...models.error_list import ErrorList
from ...models.transaction_initiation_request import TransactionInitiationRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: TransactionInitiationRequest,
    marketplace_id: str,
    dest_account_digital_signature: str,
    amount_digital_signature: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["destAccountDigitalSignature"] = dest_account_digital_signature

    headers["amountDigitalSignature"] = amount_digital_signature

    params: dict[str, Any] = {}

    params["marketplaceId"] = marketplace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/finances/transfers/wallet/2024-03-01/transactions",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateTransactionResponse | ErrorList | None:
    if response.status_code == 200:
        response_200 = CreateTransactionResponse.from_dict(response.json())

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

    if response.status_code == 408:
        response_408 = ErrorList.from_dict(response.json())

        return response_408

    if response.status_code == 413:
        response_413 = ErrorList.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ErrorList.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = ErrorList.from_dict(response.json())

        return response_422

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
) -> Response[CreateTransactionResponse | ErrorList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TransactionInitiationRequest,
    marketplace_id: str,
    dest_account_digital_signature: str,
    amount_digital_signature: str,
) -> Response[CreateTransactionResponse | ErrorList]:
    """POST /finances/transfers/wallet/2024-03-01/transactions

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/createtransaction

    Args:
        marketplace_id (str):
        dest_account_digital_signature (str):
        amount_digital_signature (str):
        body (TransactionInitiationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTransactionResponse | ErrorList]
    """

    kwargs = _get_kwargs(
        body=body,
        marketplace_id=marketplace_id,
        dest_account_digital_signature=dest_account_digital_signature,
        amount_digital_signature=amount_digital_signature,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TransactionInitiationRequest,
    marketplace_id: str,
    dest_account_digital_signature: str,
    amount_digital_signature: str,
) -> CreateTransactionResponse | ErrorList | None:
    """POST /finances/transfers/wallet/2024-03-01/transactions

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/createtransaction

    Args:
        marketplace_id (str):
        dest_account_digital_signature (str):
        amount_digital_signature (str):
        body (TransactionInitiationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTransactionResponse | ErrorList
    """

    return sync_detailed(
        client=client,
        body=body,
        marketplace_id=marketplace_id,
        dest_account_digital_signature=dest_account_digital_signature,
        amount_digital_signature=amount_digital_signature,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TransactionInitiationRequest,
    marketplace_id: str,
    dest_account_digital_signature: str,
    amount_digital_signature: str,
) -> Response[CreateTransactionResponse | ErrorList]:
    """POST /finances/transfers/wallet/2024-03-01/transactions

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/createtransaction

    Args:
        marketplace_id (str):
        dest_account_digital_signature (str):
        amount_digital_signature (str):
        body (TransactionInitiationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTransactionResponse | ErrorList]
    """

    kwargs = _get_kwargs(
        body=body,
        marketplace_id=marketplace_id,
        dest_account_digital_signature=dest_account_digital_signature,
        amount_digital_signature=amount_digital_signature,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TransactionInitiationRequest,
    marketplace_id: str,
    dest_account_digital_signature: str,
    amount_digital_signature: str,
) -> CreateTransactionResponse | ErrorList | None:
    """POST /finances/transfers/wallet/2024-03-01/transactions

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/createtransaction

    Args:
        marketplace_id (str):
        dest_account_digital_signature (str):
        amount_digital_signature (str):
        body (TransactionInitiationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTransactionResponse | ErrorList
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            marketplace_id=marketplace_id,
            dest_account_digital_signature=dest_account_digital_signature,
            amount_digital_signature=amount_digital_signature,
        )
    ).parsed
