from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_destination_response import GetDestinationResponse
from ...types import Response


def _get_kwargs(
    destination_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/notifications/v1/destinations/{destination_id}".format(
            destination_id=quote(str(destination_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetDestinationResponse | None:
    if response.status_code == 200:
        response_200 = GetDestinationResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetDestinationResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = GetDestinationResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetDestinationResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = GetDestinationResponse.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = GetDestinationResponse.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = GetDestinationResponse.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = GetDestinationResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetDestinationResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetDestinationResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetDestinationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    destination_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetDestinationResponse]:
    """GET /notifications/v1/destinations/{destinationId}

    Rate limit: 1 requests/second, burst 5.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getdestination

    Args:
        destination_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetDestinationResponse]
    """

    kwargs = _get_kwargs(
        destination_id=destination_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    destination_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetDestinationResponse | None:
    """GET /notifications/v1/destinations/{destinationId}

    Rate limit: 1 requests/second, burst 5.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getdestination

    Args:
        destination_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetDestinationResponse
    """

    return sync_detailed(
        destination_id=destination_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    destination_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetDestinationResponse]:
    """GET /notifications/v1/destinations/{destinationId}

    Rate limit: 1 requests/second, burst 5.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getdestination

    Args:
        destination_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetDestinationResponse]
    """

    kwargs = _get_kwargs(
        destination_id=destination_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    destination_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetDestinationResponse | None:
    """GET /notifications/v1/destinations/{destinationId}

    Rate limit: 1 requests/second, burst 5.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getdestination

    Args:
        destination_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetDestinationResponse
    """

    return (
        await asyncio_detailed(
            destination_id=destination_id,
            client=client,
        )
    ).parsed
