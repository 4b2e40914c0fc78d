from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_reservation_request import CreateReservationRequest
from ...models.create_reservation_response import CreateReservationResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: CreateReservationRequest,
    marketplace_ids: list[str],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_marketplace_ids = marketplace_ids

    params["marketplaceIds"] = json_marketplace_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/service/v1/reservation",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateReservationResponse | None:
    if response.status_code == 200:
        response_200 = CreateReservationResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateReservationResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = CreateReservationResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = CreateReservationResponse.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = CreateReservationResponse.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = CreateReservationResponse.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = CreateReservationResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = CreateReservationResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = CreateReservationResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateReservationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateReservationRequest,
    marketplace_ids: list[str],
) -> Response[CreateReservationResponse]:
    """POST /service/v1/reservation

    Rate limit: 5 requests/second, burst 20.

    Reference: https://developer-docs.amazon.com/sp-api/reference/createreservation

    Args:
        marketplace_ids (list[str]):
        body (CreateReservationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateReservationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        marketplace_ids=marketplace_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateReservationRequest,
    marketplace_ids: list[str],
) -> CreateReservationResponse | None:
    """POST /service/v1/reservation

    Rate limit: 5 requests/second, burst 20.

    Reference: https://developer-docs.amazon.com/sp-api/reference/createreservation

    Args:
        marketplace_ids (list[str]):
        body (CreateReservationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateReservationResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        marketplace_ids=marketplace_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateReservationRequest,
    marketplace_ids: list[str],
) -> Response[CreateReservationResponse]:
    """POST /service/v1/reservation

    Rate limit: 5 requests/second, burst 20.

    Reference: https://developer-docs.amazon.com/sp-api/reference/createreservation

    Args:
        marketplace_ids (list[str]):
        body (CreateReservationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateReservationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        marketplace_ids=marketplace_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateReservationRequest,
    marketplace_ids: list[str],
) -> CreateReservationResponse | None:
    """POST /service/v1/reservation

    Rate limit: 5 requests/second, burst 20.

    Reference: https://developer-docs.amazon.com/sp-api/reference/createreservation

    Args:
        marketplace_ids (list[str]):
        body (CreateReservationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateReservationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            marketplace_ids=marketplace_ids,
        )
    ).parsed
