import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_financial_event_groups_response import (
    ListFinancialEventGroupsResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    max_results_per_page: int | Unset = 10,
    financial_event_group_started_before: datetime.datetime | Unset = UNSET,
    financial_event_group_started_after: datetime.datetime | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["MaxResultsPerPage"] = max_results_per_page

    json_financial_event_group_started_before: str | Unset = UNSET
    if not isinstance(financial_event_group_started_before, Unset):
        json_financial_event_group_started_before = (
            financial_event_group_started_before.isoformat()
        )
    params["FinancialEventGroupStartedBefore"] = (
        json_financial_event_group_started_before
    )

    json_financial_event_group_started_after: str | Unset = UNSET
    if not isinstance(financial_event_group_started_after, Unset):
        json_financial_event_group_started_after = (
            financial_event_group_started_after.isoformat()
        )
    params["FinancialEventGroupStartedAfter"] = json_financial_event_group_started_after

    params["NextToken"] = next_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/finances/v0/financialEventGroups",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListFinancialEventGroupsResponse | None:
    if response.status_code == 200:
        response_200 = ListFinancialEventGroupsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListFinancialEventGroupsResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ListFinancialEventGroupsResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ListFinancialEventGroupsResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ListFinancialEventGroupsResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ListFinancialEventGroupsResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ListFinancialEventGroupsResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListFinancialEventGroupsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    max_results_per_page: int | Unset = 10,
    financial_event_group_started_before: datetime.datetime | Unset = UNSET,
    financial_event_group_started_after: datetime.datetime | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> Response[ListFinancialEventGroupsResponse]:
    """GET /finances/v0/financialEventGroups

    Rate limit: 0.5 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listfinancialeventgroups

    Args:
        max_results_per_page (int | Unset):  Default: 10.
        financial_event_group_started_before (datetime.datetime | Unset):
        financial_event_group_started_after (datetime.datetime | Unset):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListFinancialEventGroupsResponse]
    """

    kwargs = _get_kwargs(
        max_results_per_page=max_results_per_page,
        financial_event_group_started_before=financial_event_group_started_before,
        financial_event_group_started_after=financial_event_group_started_after,
        next_token=next_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    max_results_per_page: int | Unset = 10,
    financial_event_group_started_before: datetime.datetime | Unset = UNSET,
    financial_event_group_started_after: datetime.datetime | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> ListFinancialEventGroupsResponse | None:
    """GET /finances/v0/financialEventGroups

    Rate limit: 0.5 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listfinancialeventgroups

    Args:
        max_results_per_page (int | Unset):  Default: 10.
        financial_event_group_started_before (datetime.datetime | Unset):
        financial_event_group_started_after (datetime.datetime | Unset):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListFinancialEventGroupsResponse
    """

    return sync_detailed(
        client=client,
        max_results_per_page=max_results_per_page,
        financial_event_group_started_before=financial_event_group_started_before,
        financial_event_group_started_after=financial_event_group_started_after,
        next_token=next_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    max_results_per_page: int | Unset = 10,
    financial_event_group_started_before: datetime.datetime | Unset = UNSET,
    financial_event_group_started_after: datetime.datetime | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> Response[ListFinancialEventGroupsResponse]:
    """GET /finances/v0/financialEventGroups

    Rate limit: 0.5 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listfinancialeventgroups

    Args:
        max_results_per_page (int | Unset):  Default: 10.
        financial_event_group_started_before (datetime.datetime | Unset):
        financial_event_group_started_after (datetime.datetime | Unset):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListFinancialEventGroupsResponse]
    """

    kwargs = _get_kwargs(
        max_results_per_page=max_results_per_page,
        financial_event_group_started_before=financial_event_group_started_before,
        financial_event_group_started_after=financial_event_group_started_after,
        next_token=next_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    max_results_per_page: int | Unset = 10,
    financial_event_group_started_before: datetime.datetime | Unset = UNSET,
    financial_event_group_started_after: datetime.datetime | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> ListFinancialEventGroupsResponse | None:
    """GET /finances/v0/financialEventGroups

    Rate limit: 0.5 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listfinancialeventgroups

    Args:
        max_results_per_page (int | Unset):  Default: 10.
        financial_event_group_started_before (datetime.datetime | Unset):
        financial_event_group_started_after (datetime.datetime | Unset):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListFinancialEventGroupsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            max_results_per_page=max_results_per_page,
            financial_event_group_started_before=financial_event_group_started_before,
            financial_event_group_started_after=financial_event_group_started_after,
            next_token=next_token,
        )
    ).parsed
