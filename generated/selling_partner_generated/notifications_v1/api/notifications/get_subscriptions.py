from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_subscriptions_response import GetSubscriptionsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    notification_types: list[str],
    payload_version: str | Unset = UNSET,
    page_size: int | Unset = 30,
    next_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_notification_types = notification_types

    params["notificationTypes"] = json_notification_types

    params["payloadVersion"] = payload_version

    params["pageSize"] = page_size

    params["nextToken"] = next_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/notifications/v1/subscriptions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetSubscriptionsResponse | None:
    if response.status_code == 200:
        response_200 = GetSubscriptionsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetSubscriptionsResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = GetSubscriptionsResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetSubscriptionsResponse.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = GetSubscriptionsResponse.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = GetSubscriptionsResponse.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = GetSubscriptionsResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetSubscriptionsResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetSubscriptionsResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetSubscriptionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    notification_types: list[str],
    payload_version: str | Unset = UNSET,
    page_size: int | Unset = 30,
    next_token: str | Unset = UNSET,
) -> Response[GetSubscriptionsResponse]:
    """GET /notifications/v1/subscriptions

    Rate limit: 1 requests/second, burst 5.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getsubscriptions

    Args:
        notification_types (list[str]):
        payload_version (str | Unset):
        page_size (int | Unset):  Default: 30.
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSubscriptionsResponse]
    """

    kwargs = _get_kwargs(
        notification_types=notification_types,
        payload_version=payload_version,
        page_size=page_size,
        next_token=next_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    notification_types: list[str],
    payload_version: str | Unset = UNSET,
    page_size: int | Unset = 30,
    next_token: str | Unset = UNSET,
) -> GetSubscriptionsResponse | None:
    """GET /notifications/v1/subscriptions

    Rate limit: 1 requests/second, burst 5.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getsubscriptions

    Args:
        notification_types (list[str]):
        payload_version (str | Unset):
        page_size (int | Unset):  Default: 30.
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSubscriptionsResponse
    """

    return sync_detailed(
        client=client,
        notification_types=notification_types,
        payload_version=payload_version,
        page_size=page_size,
        next_token=next_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    notification_types: list[str],
    payload_version: str | Unset = UNSET,
    page_size: int | Unset = 30,
    next_token: str | Unset = UNSET,
) -> Response[GetSubscriptionsResponse]:
    """GET /notifications/v1/subscriptions

    Rate limit: 1 requests/second, burst 5.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getsubscriptions

    Args:
        notification_types (list[str]):
        payload_version (str | Unset):
        page_size (int | Unset):  Default: 30.
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSubscriptionsResponse]
    """

    kwargs = _get_kwargs(
        notification_types=notification_types,
        payload_version=payload_version,
        page_size=page_size,
        next_token=next_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    notification_types: list[str],
    payload_version: str | Unset = UNSET,
    page_size: int | Unset = 30,
    next_token: str | Unset = UNSET,
) -> GetSubscriptionsResponse | None:
    """GET /notifications/v1/subscriptions

    Rate limit: 1 requests/second, burst 5.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getsubscriptions

    Args:
        notification_types (list[str]):
        payload_version (str | Unset):
        page_size (int | Unset):  Default: 30.
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSubscriptionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            notification_types=notification_types,
            payload_version=payload_version,
            page_size=page_size,
            next_token=next_token,
        )
    ).parsed
