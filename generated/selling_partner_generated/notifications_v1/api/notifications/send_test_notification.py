from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.send_test_notification_request import SendTestNotificationRequest
from ...models.send_test_notification_response import SendTestNotificationResponse
from ...types import Response


def _get_kwargs(
    notification_type: str,
    *,
    body: SendTestNotificationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/notifications/v1/subscriptions/{notification_type}/testNotification".format(
            notification_type=quote(str(notification_type), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SendTestNotificationResponse | None:
    if response.status_code == 200:
        response_200 = SendTestNotificationResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = SendTestNotificationResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = SendTestNotificationResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = SendTestNotificationResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = SendTestNotificationResponse.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = SendTestNotificationResponse.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = SendTestNotificationResponse.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = SendTestNotificationResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = SendTestNotificationResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = SendTestNotificationResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SendTestNotificationResponse]:
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
    body: SendTestNotificationRequest,
) -> Response[SendTestNotificationResponse]:
    """POST /notifications/v1/subscriptions/{notificationType}/testNotification

    Rate limit: 1 requests/second, burst 5.

    Reference: https://developer-docs.amazon.com/sp-api/reference/sendtestnotification

    Args:
        notification_type (str):
        body (SendTestNotificationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SendTestNotificationResponse]
    """

    kwargs = _get_kwargs(
        notification_type=notification_type,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    notification_type: str,
    *,
    client: AuthenticatedClient | Client,
    body: SendTestNotificationRequest,
) -> SendTestNotificationResponse | None:
    """POST /notifications/v1/subscriptions/{notificationType}/testNotification

    Rate limit: 1 requests/second, burst 5.

    Reference: https://developer-docs.amazon.com/sp-api/reference/sendtestnotification

    Args:
        notification_type (str):
        body (SendTestNotificationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SendTestNotificationResponse
    """

    return sync_detailed(
        notification_type=notification_type,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    notification_type: str,
    *,
    client: AuthenticatedClient | Client,
    body: SendTestNotificationRequest,
) -> Response[SendTestNotificationResponse]:
    """POST /notifications/v1/subscriptions/{notificationType}/testNotification

    Rate limit: 1 requests/second, burst 5.

    Reference: https://developer-docs.amazon.com/sp-api/reference/sendtestnotification

    Args:
        notification_type (str):
        body (SendTestNotificationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SendTestNotificationResponse]
    """

    kwargs = _get_kwargs(
        notification_type=notification_type,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    notification_type: str,
    *,
    client: AuthenticatedClient | Client,
    body: SendTestNotificationRequest,
) -> SendTestNotificationResponse | None:
    """POST /notifications/v1/subscriptions/{notificationType}/testNotification

    Rate limit: 1 requests/second, burst 5.

    Reference: https://developer-docs.amazon.com/sp-api/reference/sendtestnotification

    Args:
        notification_type (str):
        body (SendTestNotificationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SendTestNotificationResponse
    """

    return (
        await asyncio_detailed(
            notification_type=notification_type,
            client=client,
            body=body,
        )
    ).parsed
