from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_financial_events_response import ListFinancialEventsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    order_id: str,
    *,
    max_results_per_page: int | Unset = 100,
    next_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["MaxResultsPerPage"] = max_results_per_page

    params["NextToken"] = next_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/finances/v0/orders/{order_id}/financialEvents".format(
            order_id=quote(str(order_id), safe=""),
        ),
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
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    max_results_per_page: int | Unset = 100,
    next_token: str | Unset = UNSET,
) -> Response[ListFinancialEventsResponse]:
    """GET /finances/v0/orders/{orderId}/financialEvents

    Rate limit: 0.5 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listfinancialeventsbyorderid

    Args:
        order_id (str):
        max_results_per_page (int | Unset):  Default: 100.
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListFinancialEventsResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        max_results_per_page=max_results_per_page,
        next_token=next_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    max_results_per_page: int | Unset = 100,
    next_token: str | Unset = UNSET,
) -> ListFinancialEventsResponse | None:
    """GET /finances/v0/orders/{orderId}/financialEvents

    Rate limit: 0.5 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listfinancialeventsbyorderid

    Args:
        order_id (str):
        max_results_per_page (int | Unset):  Default: 100.
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListFinancialEventsResponse
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
        max_results_per_page=max_results_per_page,
        next_token=next_token,
    ).parsed


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    max_results_per_page: int | Unset = 100,
    next_token: str | Unset = UNSET,
) -> Response[ListFinancialEventsResponse]:
    """GET /finances/v0/orders/{orderId}/financialEvents

    Rate limit: 0.5 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listfinancialeventsbyorderid

    Args:
        order_id (str):
        max_results_per_page (int | Unset):  Default: 100.
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListFinancialEventsResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        max_results_per_page=max_results_per_page,
        next_token=next_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    max_results_per_page: int | Unset = 100,
    next_token: str | Unset = UNSET,
) -> ListFinancialEventsResponse | None:
    """GET /finances/v0/orders/{orderId}/financialEvents

    Rate limit: 0.5 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listfinancialeventsbyorderid

    Args:
        order_id (str):
        max_results_per_page (int | Unset):  Default: 100.
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListFinancialEventsResponse
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            max_results_per_page=max_results_per_page,
            next_token=next_token,
        )
    ).parsed
