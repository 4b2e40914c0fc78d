from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.set_prep_details_request import SetPrepDetailsRequest
from ...models.set_prep_details_response import SetPrepDetailsResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SetPrepDetailsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/inbound/fba/2024-03-20/items/prepDetails",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | SetPrepDetailsResponse | None:
    if response.status_code == 202:
        response_202 = SetPrepDetailsResponse.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = ErrorList.from_dict(response.json())

        return response_400

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
) -> Response[ErrorList | SetPrepDetailsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SetPrepDetailsRequest,
) -> Response[ErrorList | SetPrepDetailsResponse]:
    """POST /inbound/fba/2024-03-20/items/prepDetails

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/setprepdetails

    Args:
        body (SetPrepDetailsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | SetPrepDetailsResponse]
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
    body: SetPrepDetailsRequest,
) -> ErrorList | SetPrepDetailsResponse | None:
    """POST /inbound/fba/2024-03-20/items/prepDetails

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/setprepdetails

    Args:
        body (SetPrepDetailsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | SetPrepDetailsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SetPrepDetailsRequest,
) -> Response[ErrorList | SetPrepDetailsResponse]:
    """POST /inbound/fba/2024-03-20/items/prepDetails

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/setprepdetails

    Args:
        body (SetPrepDetailsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | SetPrepDetailsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SetPrepDetailsRequest,
) -> ErrorList | SetPrepDetailsResponse | None:
    """POST /inbound/fba/2024-03-20/items/prepDetails

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/setprepdetails

    Args:
        body (SetPrepDetailsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | SetPrepDetailsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
