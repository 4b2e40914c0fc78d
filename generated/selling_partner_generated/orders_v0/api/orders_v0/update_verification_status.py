from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_verification_status_error_response import (
    UpdateVerificationStatusErrorResponse,
)
from ...models.update_verification_status_request import UpdateVerificationStatusRequest
from ...types import Response


def _get_kwargs(
    order_id: str,
    *,
    body: UpdateVerificationStatusRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/orders/v0/orders/{order_id}/regulatedInfo".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | UpdateVerificationStatusErrorResponse | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = UpdateVerificationStatusErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = UpdateVerificationStatusErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = UpdateVerificationStatusErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = UpdateVerificationStatusErrorResponse.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = UpdateVerificationStatusErrorResponse.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = UpdateVerificationStatusErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = UpdateVerificationStatusErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = UpdateVerificationStatusErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | UpdateVerificationStatusErrorResponse]:
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
    body: UpdateVerificationStatusRequest,
) -> Response[Any | UpdateVerificationStatusErrorResponse]:
    """PATCH /orders/v0/orders/{orderId}/regulatedInfo

    Rate limit: 0.5 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/updateverificationstatus

    Args:
        order_id (str):
        body (UpdateVerificationStatusRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateVerificationStatusErrorResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateVerificationStatusRequest,
) -> Any | UpdateVerificationStatusErrorResponse | None:
    """PATCH /orders/v0/orders/{orderId}/regulatedInfo

    Rate limit: 0.5 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/updateverificationstatus

    Args:
        order_id (str):
        body (UpdateVerificationStatusRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateVerificationStatusErrorResponse
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateVerificationStatusRequest,
) -> Response[Any | UpdateVerificationStatusErrorResponse]:
    """PATCH /orders/v0/orders/{orderId}/regulatedInfo

    Rate limit: 0.5 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/updateverificationstatus

    Args:
        order_id (str):
        body (UpdateVerificationStatusRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateVerificationStatusErrorResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateVerificationStatusRequest,
) -> Any | UpdateVerificationStatusErrorResponse | None:
    """PATCH /orders/v0/orders/{orderId}/regulatedInfo

    Rate limit: 0.5 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/updateverificationstatus

    Args:
        order_id (str):
        body (UpdateVerificationStatusRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateVerificationStatusErrorResponse
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            body=body,
        )
    ).parsed
