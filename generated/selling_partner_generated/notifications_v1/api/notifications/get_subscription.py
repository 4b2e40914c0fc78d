from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_subscription_response import GetSubscriptionResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    notification_type: str,
    *,
    payload_version: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["payloadVersion"] = payload_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/notifications/v1/subscriptions/{notification_type}".format(
            notification_type=quote(str(notification_type), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetSubscriptionResponse | None:
    if response.status_code == 200:
        response_200 = GetSubscriptionResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetSubscriptionResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = GetSubscriptionResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetSubscriptionResponse.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = GetSubscriptionResponse.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = GetSubscriptionResponse.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = GetSubscriptionResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetSubscriptionResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetSubscriptionResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetSubscriptionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    notification_type: str,
    *,
    client: AuthenticatedClient | Client,
    payload_version: str | Unset = UNSET,
) -> Response[GetSubscriptionResponse]:
    """GET /notifications/v1/subscriptions/{notificationType}

    Rate limit: 1 requests/second, burst 5.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getsubscription

    Args:
        notification_type (str):
        payload_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSubscriptionResponse]
    """

    kwargs = _get_kwargs(
        notification_type=notification_type,
        payload_version=payload_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    notification_type: str,
    *,
    client: AuthenticatedClient | Client,
    payload_version: str | Unset = UNSET,
) -> GetSubscriptionResponse | None:
    """GET /notifications/v1/subscriptions/{notificationType}

    Rate limit: 1 requests/second, burst 5.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getsubscription

    Args:
        notification_type (str):
        payload_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSubscriptionResponse
    """

    return sync_detailed(
        notification_type=notification_type,
        client=client,
        payload_version=payload_version,
    ).parsed


async def asyncio_detailed(
    notification_type: str,
    *,
    client: AuthenticatedClient | Client,
    payload_version: str | Unset = UNSET,
) -> Response[GetSubscriptionResponse]:
    """GET /notifications/v1/subscriptions/{notificationType}

    Rate limit: 1 requests/second, burst 5.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getsubscription

    Args:
        notification_type (str):
        payload_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSubscriptionResponse]
    """

    kwargs = _get_kwargs(
        notification_type=notification_type,
        payload_version=payload_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    notification_type: str,
    *,
    client: AuthenticatedClient | Client,
    payload_version: str | Unset = UNSET,
) -> GetSubscriptionResponse | None:
    """GET /notifications/v1/subscriptions/{notificationType}

    Rate limit: 1 requests/second, burst 5.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getsubscription

    Args:
        notification_type (str):
        payload_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSubscriptionResponse
    """

    return (
        await asyncio_detailed(
            notification_type=notification_type,
            client=client,
            payload_version=payload_version,
        )
    ).parsed
