import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.list_returns_status import ListReturnsStatus
from ...models.returns_response import ReturnsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    return_location_id: str | Unset = UNSET,
    rma_id: str | Unset = UNSET,
    status: ListReturnsStatus | Unset = UNSET,
    reverse_tracking_id: str | Unset = UNSET,
    created_since: datetime.datetime | Unset = UNSET,
    created_until: datetime.datetime | Unset = UNSET,
    last_updated_since: datetime.datetime | Unset = UNSET,
    last_updated_until: datetime.datetime | Unset = UNSET,
    last_updated_after: datetime.datetime | Unset = UNSET,
    last_updated_before: datetime.datetime | Unset = UNSET,
    max_results: int | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["returnLocationId"] = return_location_id

    params["rmaId"] = rma_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["reverseTrackingId"] = reverse_tracking_id

    json_created_since: str | Unset = UNSET
    if not isinstance(created_since, Unset):
        json_created_since = created_since.isoformat()
    params["createdSince"] = json_created_since

    json_created_until: str | Unset = UNSET
    if not isinstance(created_until, Unset):
        json_created_until = created_until.isoformat()
    params["createdUntil"] = json_created_until

    json_last_updated_since: str | Unset = UNSET
    if not isinstance(last_updated_since, Unset):
        json_last_updated_since = last_updated_since.isoformat()
    params["lastUpdatedSince"] = json_last_updated_since

    json_last_updated_until: str | Unset = UNSET
    if not isinstance(last_updated_until, Unset):
        json_last_updated_until = last_updated_until.isoformat()
    params["lastUpdatedUntil"] = json_last_updated_until

    json_last_updated_after: str | Unset = UNSET
    if not isinstance(last_updated_after, Unset):
        json_last_updated_after = last_updated_after.isoformat()
    params["lastUpdatedAfter"] = json_last_updated_after

    json_last_updated_before: str | Unset = UNSET
    if not isinstance(last_updated_before, Unset):
        json_last_updated_before = last_updated_before.isoformat()
    params["lastUpdatedBefore"] = json_last_updated_before

    params["maxResults"] = max_results

    params["nextToken"] = next_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/externalFulfillment/2024-09-11/returns",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | ReturnsResponse | None:
    if response.status_code == 200:
        response_200 = ReturnsResponse.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorList.from_dict(response.json())

        return response_409

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
) -> Response[ErrorList | ReturnsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    return_location_id: str | Unset = UNSET,
    rma_id: str | Unset = UNSET,
    status: ListReturnsStatus | Unset = UNSET,
    reverse_tracking_id: str | Unset = UNSET,
    created_since: datetime.datetime | Unset = UNSET,
    created_until: datetime.datetime | Unset = UNSET,
    last_updated_since: datetime.datetime | Unset = UNSET,
    last_updated_until: datetime.datetime | Unset = UNSET,
    last_updated_after: datetime.datetime | Unset = UNSET,
    last_updated_before: datetime.datetime | Unset = UNSET,
    max_results: int | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> Response[ErrorList | ReturnsResponse]:
    """GET /externalFulfillment/2024-09-11/returns

    Rate limit: 10 requests/second, burst 20. (From spec/usage_plans.toml.)

    Reference: https://developer-docs.amazon.com/sp-api/reference/listreturns

    Args:
        return_location_id (str | Unset):
        rma_id (str | Unset):
        status (ListReturnsStatus | Unset):
        reverse_tracking_id (str | Unset):
        created_since (datetime.datetime | Unset):
        created_until (datetime.datetime | Unset):
        last_updated_since (datetime.datetime | Unset):
        last_updated_until (datetime.datetime | Unset):
        last_updated_after (datetime.datetime | Unset):
        last_updated_before (datetime.datetime | Unset):
        max_results (int | Unset):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ReturnsResponse]
    """

    kwargs = _get_kwargs(
        return_location_id=return_location_id,
        rma_id=rma_id,
        status=status,
        reverse_tracking_id=reverse_tracking_id,
        created_since=created_since,
        created_until=created_until,
        last_updated_since=last_updated_since,
        last_updated_until=last_updated_until,
        last_updated_after=last_updated_after,
        last_updated_before=last_updated_before,
        max_results=max_results,
        next_token=next_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    return_location_id: str | Unset = UNSET,
    rma_id: str | Unset = UNSET,
    status: ListReturnsStatus | Unset = UNSET,
    reverse_tracking_id: str | Unset = UNSET,
    created_since: datetime.datetime | Unset = UNSET,
    created_until: datetime.datetime | Unset = UNSET,
    last_updated_since: datetime.datetime | Unset = UNSET,
    last_updated_until: datetime.datetime | Unset = UNSET,
    last_updated_after: datetime.datetime | Unset = UNSET,
    last_updated_before: datetime.datetime | Unset = UNSET,
    max_results: int | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> ErrorList | ReturnsResponse | None:
    """GET /externalFulfillment/2024-09-11/returns

    Rate limit: 10 requests/second, burst 20. (From spec/usage_plans.toml.)

    Reference: https://developer-docs.amazon.com/sp-api/reference/listreturns

    Args:
        return_location_id (str | Unset):
        rma_id (str | Unset):
        status (ListReturnsStatus | Unset):
        reverse_tracking_id (str | Unset):
        created_since (datetime.datetime | Unset):
        created_until (datetime.datetime | Unset):
        last_updated_since (datetime.datetime | Unset):
        last_updated_until (datetime.datetime | Unset):
        last_updated_after (datetime.datetime | Unset):
        last_updated_before (datetime.datetime | Unset):
        max_results (int | Unset):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ReturnsResponse
    """

    return sync_detailed(
        client=client,
        return_location_id=return_location_id,
        rma_id=rma_id,
        status=status,
        reverse_tracking_id=reverse_tracking_id,
        created_since=created_since,
        created_until=created_until,
        last_updated_since=last_updated_since,
        last_updated_until=last_updated_until,
        last_updated_after=last_updated_after,
        last_updated_before=last_updated_before,
        max_results=max_results,
        next_token=next_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    return_location_id: str | Unset = UNSET,
    rma_id: str | Unset = UNSET,
    status: ListReturnsStatus | Unset = UNSET,
    reverse_tracking_id: str | Unset = UNSET,
    created_since: datetime.datetime | Unset = UNSET,
    created_until: datetime.datetime | Unset = UNSET,
    last_updated_since: datetime.datetime | Unset = UNSET,
    last_updated_until: datetime.datetime | Unset = UNSET,
    last_updated_after: datetime.datetime | Unset = UNSET,
    last_updated_before: datetime.datetime | Unset = UNSET,
    max_results: int | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> Response[ErrorList | ReturnsResponse]:
    """GET /externalFulfillment/2024-09-11/returns

    Rate limit: 10 requests/second, burst 20. (From spec/usage_plans.toml.)

    Reference: https://developer-docs.amazon.com/sp-api/reference/listreturns

    Args:
        return_location_id (str | Unset):
        rma_id (str | Unset):
        status (ListReturnsStatus | Unset):
        reverse_tracking_id (str | Unset):
        created_since (datetime.datetime | Unset):
        created_until (datetime.datetime | Unset):
        last_updated_since (datetime.datetime | Unset):
        last_updated_until (datetime.datetime | Unset):
        last_updated_after (datetime.datetime | Unset):
        last_updated_before (datetime.datetime | Unset):
        max_results (int | Unset):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ReturnsResponse]
    """

    kwargs = _get_kwargs(
        return_location_id=return_location_id,
        rma_id=rma_id,
        status=status,
        reverse_tracking_id=reverse_tracking_id,
        created_since=created_since,
        created_until=created_until,
        last_updated_since=last_updated_since,
        last_updated_until=last_updated_until,
        last_updated_after=last_updated_after,
        last_updated_before=last_updated_before,
        max_results=max_results,
        next_token=next_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    return_location_id: str | Unset = UNSET,
    rma_id: str | Unset = UNSET,
    status: ListReturnsStatus | Unset = UNSET,
    reverse_tracking_id: str | Unset = UNSET,
    created_since: datetime.datetime | Unset = UNSET,
    created_until: datetime.datetime | Unset = UNSET,
    last_updated_since: datetime.datetime | Unset = UNSET,
    last_updated_until: datetime.datetime | Unset = UNSET,
    last_updated_after: datetime.datetime | Unset = UNSET,
    last_updated_before: datetime.datetime | Unset = UNSET,
    max_results: int | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> ErrorList | ReturnsResponse | None:
    """GET /externalFulfillment/2024-09-11/returns

    Rate limit: 10 requests/second, burst 20. (From spec/usage_plans.toml.)

    Reference: https://developer-docs.amazon.com/sp-api/reference/listreturns

    Args:
        return_location_id (str | Unset):
        rma_id (str | Unset):
        status (ListReturnsStatus | Unset):
        reverse_tracking_id (str | Unset):
        created_since (datetime.datetime | Unset):
        created_until (datetime.datetime | Unset):
        last_updated_since (datetime.datetime | Unset):
        last_updated_until (datetime.datetime | Unset):
        last_updated_after (datetime.datetime | Unset):
        last_updated_before (datetime.datetime | Unset):
        max_results (int | Unset):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ReturnsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            return_location_id=return_location_id,
            rma_id=rma_id,
            status=status,
            reverse_tracking_id=reverse_tracking_id,
            created_since=created_since,
            created_until=created_until,
            last_updated_since=last_updated_since,
            last_updated_until=last_updated_until,
            last_updated_after=last_updated_after,
            last_updated_before=last_updated_before,
            max_results=max_results,
            next_token=next_token,
        )
    ).parsed
