from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.list_inbound_plans_response import ListInboundPlansResponse
from ...models.list_inbound_plans_sort_by import ListInboundPlansSortBy
from ...models.list_inbound_plans_sort_order import ListInboundPlansSortOrder
from ...models.list_inbound_plans_status import ListInboundPlansStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_size: int | Unset = 10,
    pagination_token: str | Unset = UNSET,
    status: ListInboundPlansStatus | Unset = UNSET,
    sort_by: ListInboundPlansSortBy | Unset = UNSET,
    sort_order: ListInboundPlansSortOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageSize"] = page_size

    params["paginationToken"] = pagination_token

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sortBy"] = json_sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/inbound/fba/2024-03-20/inboundPlans",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | ListInboundPlansResponse | None:
    if response.status_code == 200:
        response_200 = ListInboundPlansResponse.from_dict(response.json())

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
) -> Response[ErrorList | ListInboundPlansResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 10,
    pagination_token: str | Unset = UNSET,
    status: ListInboundPlansStatus | Unset = UNSET,
    sort_by: ListInboundPlansSortBy | Unset = UNSET,
    sort_order: ListInboundPlansSortOrder | Unset = UNSET,
) -> Response[ErrorList | ListInboundPlansResponse]:
    """GET /inbound/fba/2024-03-20/inboundPlans

    Rate limit: 2 requests/second, burst 6.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listinboundplans

    Args:
        page_size (int | Unset):  Default: 10.
        pagination_token (str | Unset):
        status (ListInboundPlansStatus | Unset):
        sort_by (ListInboundPlansSortBy | Unset):
        sort_order (ListInboundPlansSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ListInboundPlansResponse]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        pagination_token=pagination_token,
        status=status,
        sort_by=sort_by,
        sort_order=sort_order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 10,
    pagination_token: str | Unset = UNSET,
    status: ListInboundPlansStatus | Unset = UNSET,
    sort_by: ListInboundPlansSortBy | Unset = UNSET,
    sort_order: ListInboundPlansSortOrder | Unset = UNSET,
) -> ErrorList | ListInboundPlansResponse | None:
    """GET /inbound/fba/2024-03-20/inboundPlans

    Rate limit: 2 requests/second, burst 6.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listinboundplans

    Args:
        page_size (int | Unset):  Default: 10.
        pagination_token (str | Unset):
        status (ListInboundPlansStatus | Unset):
        sort_by (ListInboundPlansSortBy | Unset):
        sort_order (ListInboundPlansSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ListInboundPlansResponse
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        pagination_token=pagination_token,
        status=status,
        sort_by=sort_by,
        sort_order=sort_order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 10,
    pagination_token: str | Unset = UNSET,
    status: ListInboundPlansStatus | Unset = UNSET,
    sort_by: ListInboundPlansSortBy | Unset = UNSET,
    sort_order: ListInboundPlansSortOrder | Unset = UNSET,
) -> Response[ErrorList | ListInboundPlansResponse]:
    """GET /inbound/fba/2024-03-20/inboundPlans

    Rate limit: 2 requests/second, burst 6.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listinboundplans

    Args:
        page_size (int | Unset):  Default: 10.
        pagination_token (str | Unset):
        status (ListInboundPlansStatus | Unset):
        sort_by (ListInboundPlansSortBy | Unset):
        sort_order (ListInboundPlansSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ListInboundPlansResponse]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        pagination_token=pagination_token,
        status=status,
        sort_by=sort_by,
        sort_order=sort_order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 10,
    pagination_token: str | Unset = UNSET,
    status: ListInboundPlansStatus | Unset = UNSET,
    sort_by: ListInboundPlansSortBy | Unset = UNSET,
    sort_order: ListInboundPlansSortOrder | Unset = UNSET,
) -> ErrorList | ListInboundPlansResponse | None:
    """GET /inbound/fba/2024-03-20/inboundPlans

    Rate limit: 2 requests/second, burst 6.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listinboundplans

    Args:
        page_size (int | Unset):  Default: 10.
        pagination_token (str | Unset):
        status (ListInboundPlansStatus | Unset):
        sort_by (ListInboundPlansSortBy | Unset):
        sort_order (ListInboundPlansSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ListInboundPlansResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            pagination_token=pagination_token,
            status=status,
            sort_by=sort_by,
            sort_order=sort_order,
        )
    ).parsed
