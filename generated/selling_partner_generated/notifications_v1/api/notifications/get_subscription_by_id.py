from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_subscription_by_id_response import GetSubscriptionByIdResponse
from ...models.get_subscription_response import GetSubscriptionResponse
from ...types import Response


def _get_kwargs(
    notification_type: str,
    subscription_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/notifications/v1/subscriptions/{notification_type}/{subscription_id}".format(
            notification_type=quote(str(notification_type), safe=""),
            subscription_id=quote(str(subscription_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetSubscriptionByIdResponse | GetSubscriptionResponse | None:
    if response.status_code == 200:
        response_200 = GetSubscriptionByIdResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetSubscriptionByIdResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = GetSubscriptionByIdResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetSubscriptionResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = GetSubscriptionByIdResponse.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = GetSubscriptionByIdResponse.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = GetSubscriptionByIdResponse.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = GetSubscriptionByIdResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetSubscriptionByIdResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetSubscriptionByIdResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetSubscriptionByIdResponse | GetSubscriptionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    notification_type: str,
    subscription_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetSubscriptionByIdResponse | GetSubscriptionResponse]:
    """GET /notifications/v1/subscriptions/{notificationType}/{subscriptionId}

    Rate limit: 1 requests/second, burst 5.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getsubscriptionbyid

    Args:
        notification_type (str):
        subscription_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSubscriptionByIdResponse | GetSubscriptionResponse]
    """

    kwargs = _get_kwargs(
        notification_type=notification_type,
        subscription_id=subscription_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    notification_type: str,
    subscription_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetSubscriptionByIdResponse | GetSubscriptionResponse | None:
    """GET /notifications/v1/subscriptions/{notificationType}/{subscriptionId}

    Rate limit: 1 requests/second, burst 5.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getsubscriptionbyid

    Args:
        notification_type (str):
        subscription_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSubscriptionByIdResponse | GetSubscriptionResponse
    """

    return sync_detailed(
        notification_type=notification_type,
        subscription_id=subscription_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    notification_type: str,
    subscription_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetSubscriptionByIdResponse | GetSubscriptionResponse]:
    """GET /notifications/v1/subscriptions/{notificationType}/{subscriptionId}

    Rate limit: 1 requests/second, burst 5.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getsubscriptionbyid

    Args:
        notification_type (str):
        subscription_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSubscriptionByIdResponse | GetSubscriptionResponse]
    """

    kwargs = _get_kwargs(
        notification_type=notification_type,
        subscription_id=subscription_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    notification_type: str,
    subscription_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetSubscriptionByIdResponse | GetSubscriptionResponse | None:
    """GET /notifications/v1/subscriptions/{notificationType}/{subscriptionId}

    Rate limit: 1 requests/second, burst 5.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getsubscriptionbyid

    Args:
        notification_type (str):
        subscription_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSubscriptionByIdResponse | GetSubscriptionResponse
    """

    return (
        await asyncio_detailed(
            notification_type=notification_type,
            subscription_id=subscription_id,
            client=client,
        )
    ).parsed
