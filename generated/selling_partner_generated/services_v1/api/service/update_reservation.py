from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_reservation_request import UpdateReservationRequest
from ...models.update_reservation_response import UpdateReservationResponse
from ...types import UNSET, Response


def _get_kwargs(
    reservation_id: str,
    *,
    body: UpdateReservationRequest,
    marketplace_ids: list[str],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_marketplace_ids = marketplace_ids

    params["marketplaceIds"] = json_marketplace_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/service/v1/reservation/{reservation_id}".format(
            reservation_id=quote(str(reservation_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UpdateReservationResponse | None:
    if response.status_code == 200:
        response_200 = UpdateReservationResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = UpdateReservationResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = UpdateReservationResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = UpdateReservationResponse.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = UpdateReservationResponse.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = UpdateReservationResponse.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = UpdateReservationResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = UpdateReservationResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = UpdateReservationResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateReservationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    reservation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateReservationRequest,
    marketplace_ids: list[str],
) -> Response[UpdateReservationResponse]:
    """PUT /service/v1/reservation/{reservationId}

    Rate limit: 5 requests/second, burst 20.

    Reference: https://developer-docs.amazon.com/sp-api/reference/updatereservation

    Args:
        reservation_id (str):
        marketplace_ids (list[str]):
        body (UpdateReservationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateReservationResponse]
    """

    kwargs = _get_kwargs(
        reservation_id=reservation_id,
        body=body,
        marketplace_ids=marketplace_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    reservation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateReservationRequest,
    marketplace_ids: list[str],
) -> UpdateReservationResponse | None:
    """PUT /service/v1/reservation/{reservationId}

    Rate limit: 5 requests/second, burst 20.

    Reference: https://developer-docs.amazon.com/sp-api/reference/updatereservation

    Args:
        reservation_id (str):
        marketplace_ids (list[str]):
        body (UpdateReservationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateReservationResponse
    """

    return sync_detailed(
        reservation_id=reservation_id,
        client=client,
        body=body,
        marketplace_ids=marketplace_ids,
    ).parsed


async def asyncio_detailed(
    reservation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateReservationRequest,
    marketplace_ids: list[str],
) -> Response[UpdateReservationResponse]:
    """PUT /service/v1/reservation/{reservationId}

    Rate limit: 5 requests/second, burst 20.

    Reference: https://developer-docs.amazon.com/sp-api/reference/updatereservation

    Args:
        reservation_id (str):
        marketplace_ids (list[str]):
        body (UpdateReservationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateReservationResponse]
    """

    kwargs = _get_kwargs(
        reservation_id=reservation_id,
        body=body,
        marketplace_ids=marketplace_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    reservation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateReservationRequest,
    marketplace_ids: list[str],
) -> UpdateReservationResponse | None:
    """PUT /service/v1/reservation/{reservationId}

    Rate limit: 5 requests/second, burst 20.

    Reference: https://developer-docs.amazon.com/sp-api/reference/updatereservation

    Args:
        reservation_id (str):
        marketplace_ids (list[str]):
        body (UpdateReservationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateReservationResponse
    """

    return (
        await asyncio_detailed(
            reservation_id=reservation_id,
            client=client,
            body=body,
            marketplace_ids=marketplace_ids,
        )
    ).parsed
