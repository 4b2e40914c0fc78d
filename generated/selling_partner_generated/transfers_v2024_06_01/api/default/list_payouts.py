import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.list_payouts_response import ListPayoutsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    marketplace_ids: list[str] | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    payout_id: str | Unset = UNSET,
    account_type: str | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_marketplace_ids: list[str] | Unset = UNSET
    if not isinstance(marketplace_ids, Unset):
        json_marketplace_ids = marketplace_ids

    params["marketplaceIds"] = json_marketplace_ids

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = created_after.isoformat()
    params["createdAfter"] = json_created_after

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["createdBefore"] = json_created_before

    params["payoutId"] = payout_id

    params["accountType"] = account_type

    params["nextToken"] = next_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/finances/transfers/2024-06-01/payouts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | ListPayoutsResponse | None:
    if response.status_code == 200:
        response_200 = ListPayoutsResponse.from_dict(response.json())

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
) -> Response[ErrorList | ListPayoutsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    marketplace_ids: list[str] | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    payout_id: str | Unset = UNSET,
    account_type: str | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> Response[ErrorList | ListPayoutsResponse]:
    """GET /finances/transfers/2024-06-01/payouts

    Rate limit: 0.5 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listpayouts

    Args:
        marketplace_ids (list[str] | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        payout_id (str | Unset):
        account_type (str | Unset):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ListPayoutsResponse]
    """

    kwargs = _get_kwargs(
        marketplace_ids=marketplace_ids,
        created_after=created_after,
        created_before=created_before,
        payout_id=payout_id,
        account_type=account_type,
        next_token=next_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    marketplace_ids: list[str] | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    payout_id: str | Unset = UNSET,
    account_type: str | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> ErrorList | ListPayoutsResponse | None:
    """GET /finances/transfers/2024-06-01/payouts

    Rate limit: 0.5 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listpayouts

    Args:
        marketplace_ids (list[str] | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        payout_id (str | Unset):
        account_type (str | Unset):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ListPayoutsResponse
    """

    return sync_detailed(
        client=client,
        marketplace_ids=marketplace_ids,
        created_after=created_after,
        created_before=created_before,
        payout_id=payout_id,
        account_type=account_type,
        next_token=next_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    marketplace_ids: list[str] | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    payout_id: str | Unset = UNSET,
    account_type: str | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> Response[ErrorList | ListPayoutsResponse]:
    """GET /finances/transfers/2024-06-01/payouts

    Rate limit: 0.5 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listpayouts

    Args:
        marketplace_ids (list[str] | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        payout_id (str | Unset):
        account_type (str | Unset):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ListPayoutsResponse]
    """

    kwargs = _get_kwargs(
        marketplace_ids=marketplace_ids,
        created_after=created_after,
        created_before=created_before,
        payout_id=payout_id,
        account_type=account_type,
        next_token=next_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    marketplace_ids: list[str] | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    payout_id: str | Unset = UNSET,
    account_type: str | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> ErrorList | ListPayoutsResponse | None:
    """GET /finances/transfers/2024-06-01/payouts

    Rate limit: 0.5 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listpayouts

    Args:
        marketplace_ids (list[str] | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        payout_id (str | Unset):
        account_type (str | Unset):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ListPayoutsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            marketplace_ids=marketplace_ids,
            created_after=created_after,
            created_before=created_before,
            payout_id=payout_id,
            account_type=account_type,
            next_token=next_token,
        )
    ).parsed
