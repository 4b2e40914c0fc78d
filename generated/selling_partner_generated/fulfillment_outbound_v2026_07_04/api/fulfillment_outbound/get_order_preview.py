from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.get_order_preview_request import GetOrderPreviewRequest
from ...models.get_order_preview_response import GetOrderPreviewResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: GetOrderPreviewRequest,
    x_amzn_fulfillment_service_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_amzn_fulfillment_service_id, Unset):
        headers["x-amzn-fulfillment-service-id"] = x_amzn_fulfillment_service_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fulfillment/outbound/2026-07-04/previews",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | GetOrderPreviewResponse | None:
    if response.status_code == 200:
        response_200 = GetOrderPreviewResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorList.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorList.from_dict(response.json())

        return response_401

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
) -> Response[ErrorList | GetOrderPreviewResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetOrderPreviewRequest,
    x_amzn_fulfillment_service_id: str | Unset = UNSET,
) -> Response[ErrorList | GetOrderPreviewResponse]:
    """POST /fulfillment/outbound/2026-07-04/previews

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getorderpreview

    Args:
        x_amzn_fulfillment_service_id (str | Unset):
        body (GetOrderPreviewRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | GetOrderPreviewResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_amzn_fulfillment_service_id=x_amzn_fulfillment_service_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GetOrderPreviewRequest,
    x_amzn_fulfillment_service_id: str | Unset = UNSET,
) -> ErrorList | GetOrderPreviewResponse | None:
    """POST /fulfillment/outbound/2026-07-04/previews

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getorderpreview

    Args:
        x_amzn_fulfillment_service_id (str | Unset):
        body (GetOrderPreviewRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | GetOrderPreviewResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        x_amzn_fulfillment_service_id=x_amzn_fulfillment_service_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetOrderPreviewRequest,
    x_amzn_fulfillment_service_id: str | Unset = UNSET,
) -> Response[ErrorList | GetOrderPreviewResponse]:
    """POST /fulfillment/outbound/2026-07-04/previews

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getorderpreview

    Args:
        x_amzn_fulfillment_service_id (str | Unset):
        body (GetOrderPreviewRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | GetOrderPreviewResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_amzn_fulfillment_service_id=x_amzn_fulfillment_service_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetOrderPreviewRequest,
    x_amzn_fulfillment_service_id: str | Unset = UNSET,
) -> ErrorList | GetOrderPreviewResponse | None:
    """POST /fulfillment/outbound/2026-07-04/previews

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getorderpreview

    Args:
        x_amzn_fulfillment_service_id (str | Unset):
        body (GetOrderPreviewRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | GetOrderPreviewResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_amzn_fulfillment_service_id=x_amzn_fulfillment_service_id,
        )
    ).parsed
