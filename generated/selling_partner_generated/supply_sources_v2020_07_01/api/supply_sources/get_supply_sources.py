from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.get_supply_sources_response import GetSupplySourcesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    next_page_token: str | Unset = UNSET,
    page_size: float | Unset = 10.0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["nextPageToken"] = next_page_token

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/supplySources/2020-07-01/supplySources",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | GetSupplySourcesResponse | None:
    if response.status_code == 200:
        response_200 = GetSupplySourcesResponse.from_dict(response.json())

        return response_200

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
) -> Response[ErrorList | GetSupplySourcesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    next_page_token: str | Unset = UNSET,
    page_size: float | Unset = 10.0,
) -> Response[ErrorList | GetSupplySourcesResponse]:
    """GET /supplySources/2020-07-01/supplySources

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getsupplysources

    Args:
        next_page_token (str | Unset):
        page_size (float | Unset):  Default: 10.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | GetSupplySourcesResponse]
    """

    kwargs = _get_kwargs(
        next_page_token=next_page_token,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    next_page_token: str | Unset = UNSET,
    page_size: float | Unset = 10.0,
) -> ErrorList | GetSupplySourcesResponse | None:
    """GET /supplySources/2020-07-01/supplySources

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getsupplysources

    Args:
        next_page_token (str | Unset):
        page_size (float | Unset):  Default: 10.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | GetSupplySourcesResponse
    """

    return sync_detailed(
        client=client,
        next_page_token=next_page_token,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    next_page_token: str | Unset = UNSET,
    page_size: float | Unset = 10.0,
) -> Response[ErrorList | GetSupplySourcesResponse]:
    """GET /supplySources/2020-07-01/supplySources

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getsupplysources

    Args:
        next_page_token (str | Unset):
        page_size (float | Unset):  Default: 10.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | GetSupplySourcesResponse]
    """

    kwargs = _get_kwargs(
        next_page_token=next_page_token,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    next_page_token: str | Unset = UNSET,
    page_size: float | Unset = 10.0,
) -> ErrorList | GetSupplySourcesResponse | None:
    """GET /supplySources/2020-07-01/supplySources

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getsupplysources

    Args:
        next_page_token (str | Unset):
        page_size (float | Unset):  Default: 10.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | GetSupplySourcesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            next_page_token=next_page_token,
            page_size=page_size,
        )
    ).parsed
