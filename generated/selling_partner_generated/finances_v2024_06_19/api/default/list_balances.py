import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.list_balances_response import ListBalancesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    marketplace_ids: list[str] | Unset = UNSET,
    balance_type: str | Unset = UNSET,
    account_type: str | Unset = UNSET,
    as_of_date: datetime.date | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_marketplace_ids: list[str] | Unset = UNSET
    if not isinstance(marketplace_ids, Unset):
        json_marketplace_ids = marketplace_ids

    params["marketplaceIds"] = json_marketplace_ids

    params["balanceType"] = balance_type

    params["accountType"] = account_type

    json_as_of_date: str | Unset = UNSET
    if not isinstance(as_of_date, Unset):
        json_as_of_date = as_of_date.isoformat()
    params["asOfDate"] = json_as_of_date

    params["nextToken"] = next_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/finances/2024-06-19/balances",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | ListBalancesResponse | None:
    if response.status_code == 200:
        response_200 = ListBalancesResponse.from_dict(response.json())

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
) -> Response[ErrorList | ListBalancesResponse]:
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
    balance_type: str | Unset = UNSET,
    account_type: str | Unset = UNSET,
    as_of_date: datetime.date | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> Response[ErrorList | ListBalancesResponse]:
    """GET /finances/2024-06-19/balances

    Rate limit: 0.5 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listbalances

    Args:
        marketplace_ids (list[str] | Unset):
        balance_type (str | Unset):
        account_type (str | Unset):
        as_of_date (datetime.date | Unset):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ListBalancesResponse]
    """

    kwargs = _get_kwargs(
        marketplace_ids=marketplace_ids,
        balance_type=balance_type,
        account_type=account_type,
        as_of_date=as_of_date,
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
    balance_type: str | Unset = UNSET,
    account_type: str | Unset = UNSET,
    as_of_date: datetime.date | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> ErrorList | ListBalancesResponse | None:
    """GET /finances/2024-06-19/balances

    Rate limit: 0.5 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listbalances

    Args:
        marketplace_ids (list[str] | Unset):
        balance_type (str | Unset):
        account_type (str | Unset):
        as_of_date (datetime.date | Unset):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ListBalancesResponse
    """

    return sync_detailed(
        client=client,
        marketplace_ids=marketplace_ids,
        balance_type=balance_type,
        account_type=account_type,
        as_of_date=as_of_date,
        next_token=next_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    marketplace_ids: list[str] | Unset = UNSET,
    balance_type: str | Unset = UNSET,
    account_type: str | Unset = UNSET,
    as_of_date: datetime.date | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> Response[ErrorList | ListBalancesResponse]:
    """GET /finances/2024-06-19/balances

    Rate limit: 0.5 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listbalances

    Args:
        marketplace_ids (list[str] | Unset):
        balance_type (str | Unset):
        account_type (str | Unset):
        as_of_date (datetime.date | Unset):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ListBalancesResponse]
    """

    kwargs = _get_kwargs(
        marketplace_ids=marketplace_ids,
        balance_type=balance_type,
        account_type=account_type,
        as_of_date=as_of_date,
        next_token=next_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    marketplace_ids: list[str] | Unset = UNSET,
    balance_type: str | Unset = UNSET,
    account_type: str | Unset = UNSET,
    as_of_date: datetime.date | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> ErrorList | ListBalancesResponse | None:
    """GET /finances/2024-06-19/balances

    Rate limit: 0.5 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listbalances

    Args:
        marketplace_ids (list[str] | Unset):
        balance_type (str | Unset):
        account_type (str | Unset):
        as_of_date (datetime.date | Unset):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ListBalancesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            marketplace_ids=marketplace_ids,
            balance_type=balance_type,
            account_type=account_type,
            as_of_date=as_of_date,
            next_token=next_token,
        )
    ).parsed
