from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.transfer_schedule import TransferSchedule
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: TransferSchedule,
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
        "method": "put",
        "url": "/finances/transfers/wallet/2024-03-01/transferSchedules",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | TransferSchedule | None:
    if response.status_code == 200:
        response_200 = TransferSchedule.from_dict(response.json())

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
) -> Response[ErrorList | TransferSchedule]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TransferSchedule,
    marketplace_id: str,
    dest_account_digital_signature: str,
    amount_digital_signature: str,
) -> Response[ErrorList | TransferSchedule]:
    """PUT /finances/transfers/wallet/2024-03-01/transferSchedules

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/updatetransferschedule

    Args:
        marketplace_id (str):
        dest_account_digital_signature (str):
        amount_digital_signature (str):
        body (TransferSchedule):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | TransferSchedule]
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
    body: TransferSchedule,
    marketplace_id: str,
    dest_account_digital_signature: str,
    amount_digital_signature: str,
) -> ErrorList | TransferSchedule | None:
    """PUT /finances/transfers/wallet/2024-03-01/transferSchedules

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/updatetransferschedule

    Args:
        marketplace_id (str):
        dest_account_digital_signature (str):
        amount_digital_signature (str):
        body (TransferSchedule):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | TransferSchedule
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
    body: TransferSchedule,
    marketplace_id: str,
    dest_account_digital_signature: str,
    amount_digital_signature: str,
) -> Response[ErrorList | TransferSchedule]:
    """PUT /finances/transfers/wallet/2024-03-01/transferSchedules

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/updatetransferschedule

    Args:
        marketplace_id (str):
        dest_account_digital_signature (str):
        amount_digital_signature (str):
        body (TransferSchedule):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | TransferSchedule]
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
    body: TransferSchedule,
    marketplace_id: str,
    dest_account_digital_signature: str,
    amount_digital_signature: str,
) -> ErrorList | TransferSchedule | None:
    """PUT /finances/transfers/wallet/2024-03-01/transferSchedules

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/updatetransferschedule

    Args:
        marketplace_id (str):
        dest_account_digital_signature (str):
        amount_digital_signature (str):
        body (TransferSchedule):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | TransferSchedule
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
