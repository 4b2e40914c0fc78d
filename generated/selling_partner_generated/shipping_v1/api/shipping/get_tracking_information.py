from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_tracking_information_response import GetTrackingInformationResponse
from ...types import Response


def _get_kwargs(
    tracking_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/shipping/v1/tracking/{tracking_id}".format(
            tracking_id=quote(str(tracking_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetTrackingInformationResponse | None:
    if response.status_code == 200:
        response_200 = GetTrackingInformationResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetTrackingInformationResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetTrackingInformationResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetTrackingInformationResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetTrackingInformationResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetTrackingInformationResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetTrackingInformationResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetTrackingInformationResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetTrackingInformationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tracking_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetTrackingInformationResponse]:
    """GET /shipping/v1/tracking/{trackingId}

    Rate limit: 1 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/gettrackinginformation

    Args:
        tracking_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTrackingInformationResponse]
    """

    kwargs = _get_kwargs(
        tracking_id=tracking_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tracking_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetTrackingInformationResponse | None:
    """GET /shipping/v1/tracking/{trackingId}

    Rate limit: 1 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/gettrackinginformation

    Args:
        tracking_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTrackingInformationResponse
    """

    return sync_detailed(
        tracking_id=tracking_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    tracking_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetTrackingInformationResponse]:
    """GET /shipping/v1/tracking/{trackingId}

    Rate limit: 1 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/gettrackinginformation

    Args:
        tracking_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTrackingInformationResponse]
    """

    kwargs = _get_kwargs(
        tracking_id=tracking_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tracking_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetTrackingInformationResponse | None:
    """GET /shipping/v1/tracking/{trackingId}

    Rate limit: 1 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/gettrackinginformation

    Args:
        tracking_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTrackingInformationResponse
    """

    return (
        await asyncio_detailed(
            tracking_id=tracking_id,
            client=client,
        )
    ).parsed
