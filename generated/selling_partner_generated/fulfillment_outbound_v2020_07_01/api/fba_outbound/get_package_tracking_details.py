from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_package_tracking_details_response import (
    GetPackageTrackingDetailsResponse,
)
from ...types import UNSET, Response


def _get_kwargs(
    *,
    package_number: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["packageNumber"] = package_number

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fba/outbound/2020-07-01/tracking",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetPackageTrackingDetailsResponse | None:
    if response.status_code == 200:
        response_200 = GetPackageTrackingDetailsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetPackageTrackingDetailsResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetPackageTrackingDetailsResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetPackageTrackingDetailsResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetPackageTrackingDetailsResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetPackageTrackingDetailsResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetPackageTrackingDetailsResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetPackageTrackingDetailsResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetPackageTrackingDetailsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    package_number: int,
) -> Response[GetPackageTrackingDetailsResponse]:
    """GET /fba/outbound/2020-07-01/tracking

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getpackagetrackingdetails

    Args:
        package_number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPackageTrackingDetailsResponse]
    """

    kwargs = _get_kwargs(
        package_number=package_number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    package_number: int,
) -> GetPackageTrackingDetailsResponse | None:
    """GET /fba/outbound/2020-07-01/tracking

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getpackagetrackingdetails

    Args:
        package_number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPackageTrackingDetailsResponse
    """

    return sync_detailed(
        client=client,
        package_number=package_number,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    package_number: int,
) -> Response[GetPackageTrackingDetailsResponse]:
    """GET /fba/outbound/2020-07-01/tracking

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getpackagetrackingdetails

    Args:
        package_number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPackageTrackingDetailsResponse]
    """

    kwargs = _get_kwargs(
        package_number=package_number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    package_number: int,
) -> GetPackageTrackingDetailsResponse | None:
    """GET /fba/outbound/2020-07-01/tracking

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getpackagetrackingdetails

    Args:
        package_number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPackageTrackingDetailsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            package_number=package_number,
        )
    ).parsed
