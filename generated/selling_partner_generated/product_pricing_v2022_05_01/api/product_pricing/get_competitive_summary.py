from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.competitive_summary_batch_request import CompetitiveSummaryBatchRequest
from ...models.competitive_summary_batch_response import CompetitiveSummaryBatchResponse
from ...models.errors import Errors
from ...types import Response


def _get_kwargs(
    *,
    body: CompetitiveSummaryBatchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/batches/products/pricing/2022-05-01/items/competitiveSummary",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompetitiveSummaryBatchResponse | Errors | None:
    if response.status_code == 200:
        response_200 = CompetitiveSummaryBatchResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Errors.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = Errors.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Errors.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Errors.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Errors.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Errors.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CompetitiveSummaryBatchResponse | Errors]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CompetitiveSummaryBatchRequest,
) -> Response[CompetitiveSummaryBatchResponse | Errors]:
    """POST /batches/products/pricing/2022-05-01/items/competitiveSummary

    Rate limit: 0.033 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getcompetitivesummary

    Args:
        body (CompetitiveSummaryBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompetitiveSummaryBatchResponse | Errors]
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
    body: CompetitiveSummaryBatchRequest,
) -> CompetitiveSummaryBatchResponse | Errors | None:
    """POST /batches/products/pricing/2022-05-01/items/competitiveSummary

    Rate limit: 0.033 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getcompetitivesummary

    Args:
        body (CompetitiveSummaryBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompetitiveSummaryBatchResponse | Errors
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CompetitiveSummaryBatchRequest,
) -> Response[CompetitiveSummaryBatchResponse | Errors]:
    """POST /batches/products/pricing/2022-05-01/items/competitiveSummary

    Rate limit: 0.033 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getcompetitivesummary

    Args:
        body (CompetitiveSummaryBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompetitiveSummaryBatchResponse | Errors]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CompetitiveSummaryBatchRequest,
) -> CompetitiveSummaryBatchResponse | Errors | None:
    """POST /batches/products/pricing/2022-05-01/items/competitiveSummary

    Rate limit: 0.033 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getcompetitivesummary

    Args:
        body (CompetitiveSummaryBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompetitiveSummaryBatchResponse | Errors
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
