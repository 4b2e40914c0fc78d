from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...types import Response


def _get_kwargs(
    query_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/dataKiosk/2023-11-15/queries/{query_id}".format(
            query_id=quote(str(query_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorList | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ErrorList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    query_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorList]:
    """DELETE /dataKiosk/2023-11-15/queries/{queryId}

    Rate limit: 0.0222 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/cancelquery

    Args:
        query_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorList]
    """

    kwargs = _get_kwargs(
        query_id=query_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    query_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorList | None:
    """DELETE /dataKiosk/2023-11-15/queries/{queryId}

    Rate limit: 0.0222 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/cancelquery

    Args:
        query_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorList
    """

    return sync_detailed(
        query_id=query_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    query_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorList]:
    """DELETE /dataKiosk/2023-11-15/queries/{queryId}

    Rate limit: 0.0222 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/cancelquery

    Args:
        query_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorList]
    """

    kwargs = _get_kwargs(
        query_id=query_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    query_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorList | None:
    """DELETE /dataKiosk/2023-11-15/queries/{queryId}

    Rate limit: 0.0222 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/cancelquery

    Args:
        query_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorList
    """

    return (
        await asyncio_detailed(
            query_id=query_id,
            client=client,
        )
    ).parsed
