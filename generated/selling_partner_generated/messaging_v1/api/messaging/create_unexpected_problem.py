from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_unexpected_problem_request import CreateUnexpectedProblemRequest
from ...models.create_unexpected_problem_response import CreateUnexpectedProblemResponse
from ...types import UNSET, Response


def _get_kwargs(
    amazon_order_id: str,
    *,
    body: CreateUnexpectedProblemRequest,
    marketplace_ids: list[str],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_marketplace_ids = marketplace_ids

    params["marketplaceIds"] = json_marketplace_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/messaging/v1/orders/{amazon_order_id}/messages/unexpectedProblem".format(
            amazon_order_id=quote(str(amazon_order_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateUnexpectedProblemResponse | None:
    if response.status_code == 201:
        response_201 = CreateUnexpectedProblemResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateUnexpectedProblemResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = CreateUnexpectedProblemResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = CreateUnexpectedProblemResponse.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = CreateUnexpectedProblemResponse.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = CreateUnexpectedProblemResponse.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = CreateUnexpectedProblemResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = CreateUnexpectedProblemResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = CreateUnexpectedProblemResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateUnexpectedProblemResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    amazon_order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateUnexpectedProblemRequest,
    marketplace_ids: list[str],
) -> Response[CreateUnexpectedProblemResponse]:
    """POST /messaging/v1/orders/{amazonOrderId}/messages/unexpectedProblem

    Rate limit: 1 requests/second, burst 5.

    Reference: https://developer-docs.amazon.com/sp-api/reference/createunexpectedproblem

    Args:
        amazon_order_id (str):
        marketplace_ids (list[str]):
        body (CreateUnexpectedProblemRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateUnexpectedProblemResponse]
    """

    kwargs = _get_kwargs(
        amazon_order_id=amazon_order_id,
        body=body,
        marketplace_ids=marketplace_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    amazon_order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateUnexpectedProblemRequest,
    marketplace_ids: list[str],
) -> CreateUnexpectedProblemResponse | None:
    """POST /messaging/v1/orders/{amazonOrderId}/messages/unexpectedProblem

    Rate limit: 1 requests/second, burst 5.

    Reference: https://developer-docs.amazon.com/sp-api/reference/createunexpectedproblem

    Args:
        amazon_order_id (str):
        marketplace_ids (list[str]):
        body (CreateUnexpectedProblemRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateUnexpectedProblemResponse
    """

    return sync_detailed(
        amazon_order_id=amazon_order_id,
        client=client,
        body=body,
        marketplace_ids=marketplace_ids,
    ).parsed


async def asyncio_detailed(
    amazon_order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateUnexpectedProblemRequest,
    marketplace_ids: list[str],
) -> Response[CreateUnexpectedProblemResponse]:
    """POST /messaging/v1/orders/{amazonOrderId}/messages/unexpectedProblem

    Rate limit: 1 requests/second, burst 5.

    Reference: https://developer-docs.amazon.com/sp-api/reference/createunexpectedproblem

    Args:
        amazon_order_id (str):
        marketplace_ids (list[str]):
        body (CreateUnexpectedProblemRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateUnexpectedProblemResponse]
    """

    kwargs = _get_kwargs(
        amazon_order_id=amazon_order_id,
        body=body,
        marketplace_ids=marketplace_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    amazon_order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateUnexpectedProblemRequest,
    marketplace_ids: list[str],
) -> CreateUnexpectedProblemResponse | None:
    """POST /messaging/v1/orders/{amazonOrderId}/messages/unexpectedProblem

    Rate limit: 1 requests/second, burst 5.

    Reference: https://developer-docs.amazon.com/sp-api/reference/createunexpectedproblem

    Args:
        amazon_order_id (str):
        marketplace_ids (list[str]):
        body (CreateUnexpectedProblemRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateUnexpectedProblemResponse
    """

    return (
        await asyncio_detailed(
            amazon_order_id=amazon_order_id,
            client=client,
            body=body,
            marketplace_ids=marketplace_ids,
        )
    ).parsed
