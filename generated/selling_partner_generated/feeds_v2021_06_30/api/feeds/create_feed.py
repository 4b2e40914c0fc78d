from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_feed_response import CreateFeedResponse
from ...models.create_feed_specification import CreateFeedSpecification
from ...models.error_list import ErrorList
from ...types import Response


def _get_kwargs(
    *,
    body: CreateFeedSpecification,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/feeds/2021-06-30/feeds",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateFeedResponse | ErrorList | None:
    if response.status_code == 202:
        response_202 = CreateFeedResponse.from_dict(response.json())

        return response_202

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
) -> Response[CreateFeedResponse | ErrorList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFeedSpecification,
) -> Response[CreateFeedResponse | ErrorList]:
    """POST /feeds/2021-06-30/feeds

    Rate limit: 0.0083 requests/second, burst 15.

    Reference: https://developer-docs.amazon.com/sp-api/reference/createfeed

    Args:
        body (CreateFeedSpecification):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateFeedResponse | ErrorList]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFeedSpecification,
) -> CreateFeedResponse | ErrorList | None:
    """POST /feeds/2021-06-30/feeds

    Rate limit: 0.0083 requests/second, burst 15.

    Reference: https://developer-docs.amazon.com/sp-api/reference/createfeed

    Args:
        body (CreateFeedSpecification):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateFeedResponse | ErrorList
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFeedSpecification,
) -> Response[CreateFeedResponse | ErrorList]:
    """POST /feeds/2021-06-30/feeds

    Rate limit: 0.0083 requests/second, burst 15.

    Reference: https://developer-docs.amazon.com/sp-api/reference/createfeed

    Args:
        body (CreateFeedSpecification):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateFeedResponse | ErrorList]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFeedSpecification,
) -> CreateFeedResponse | ErrorList | None:
    """POST /feeds/2021-06-30/feeds

    Rate limit: 0.0083 requests/second, burst 15.

    Reference: https://developer-docs.amazon.com/sp-api/reference/createfeed

    Args:
        body (CreateFeedSpecification):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateFeedResponse | ErrorList
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
