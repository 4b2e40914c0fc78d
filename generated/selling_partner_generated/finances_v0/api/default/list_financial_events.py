import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_financial_events_response import ListFinancialEventsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    max_results_per_page: int | Unset = 100,
    posted_after: datetime.datetime | Unset = UNSET,
    posted_before: datetime.datetime | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["MaxResultsPerPage"] = max_results_per_page

    json_posted_after: str | Unset = UNSET
    if not isinstance(posted_after, Unset):
        json_posted_after = posted_after.isoformat()
    params["PostedAfter"] = json_posted_after

    json_posted_before: str | Unset = UNSET
    if not isinstance(posted_before, Unset):
        json_posted_before = posted_before.isoformat()
    params["PostedBefore"] = json_posted_before

    params["NextToken"] = next_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/finances/v0/financialEvents",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListFinancialEventsResponse | None:
    if response.status_code == 200:
        response_200 = ListFinancialEventsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListFinancialEventsResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ListFinancialEventsResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ListFinancialEventsResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ListFinancialEventsResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ListFinancialEventsResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ListFinancialEventsResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListFinancialEventsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    max_results_per_page: int | Unset = 100,
    posted_after: datetime.datetime | Unset = UNSET,
    posted_before: datetime.datetime | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> Response[ListFinancialEventsResponse]:
    """GET /finances/v0/financialEvents

    Rate limit: 0.5 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listfinancialevents

    Args:
        max_results_per_page (int | Unset):  Default: 100.
        posted_after (datetime.datetime | Unset):
        posted_before (datetime.datetime | Unset):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListFinancialEventsResponse]
    """

    kwargs = _get_kwargs(
        max_results_per_page=max_results_per_page,
        posted_after=posted_after,
        posted_before=posted_before,
        next_token=next_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    max_results_per_page: int | Unset = 100,
    posted_after: datetime.datetime | Unset = UNSET,
    posted_before: datetime.datetime | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> ListFinancialEventsResponse | None:
    """GET /finances/v0/financialEvents

    Rate limit: 0.5 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listfinancialevents

    Args:
        max_results_per_page (int | Unset):  Default: 100.
        posted_after (datetime.datetime | Unset):
        posted_before (datetime.datetime | Unset):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListFinancialEventsResponse
    """

    return sync_detailed(
        client=client,
        max_results_per_page=max_results_per_page,
        posted_after=posted_after,
        posted_before=posted_before,
        next_token=next_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    max_results_per_page: int | Unset = 100,
    posted_after: datetime.datetime | Unset = UNSET,
    posted_before: datetime.datetime | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> Response[ListFinancialEventsResponse]:
    """GET /finances/v0/financialEvents

    Rate limit: 0.5 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listfinancialevents

    Args:
        max_results_per_page (int | Unset):  Default: 100.
        posted_after (datetime.datetime | Unset):
        posted_before (datetime.datetime | Unset):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListFinancialEventsResponse]
    """

    kwargs = _get_kwargs(
        max_results_per_page=max_results_per_page,
        posted_after=posted_after,
        posted_before=posted_before,
        next_token=next_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    max_results_per_page: int | Unset = 100,
    posted_after: datetime.datetime | Unset = UNSET,
    posted_before: datetime.datetime | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> ListFinancialEventsResponse | None:
    """GET /finances/v0/financialEvents

    Rate limit: 0.5 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listfinancialevents

    Args:
        max_results_per_page (int | Unset):  Default: 100.
        posted_after (datetime.datetime | Unset):
        posted_before (datetime.datetime | Unset):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListFinancialEventsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            max_results_per_page=max_results_per_page,
            posted_after=posted_after,
            posted_before=posted_before,
            next_token=next_token,
        )
    ).parsed
