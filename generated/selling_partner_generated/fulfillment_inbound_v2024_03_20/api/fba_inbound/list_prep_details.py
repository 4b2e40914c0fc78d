from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.list_prep_details_response import ListPrepDetailsResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    marketplace_id: str,
    mskus: list[str],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["marketplaceId"] = marketplace_id

    json_mskus = mskus

    params["mskus"] = json_mskus

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/inbound/fba/2024-03-20/items/prepDetails",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | ListPrepDetailsResponse | None:
    if response.status_code == 200:
        response_200 = ListPrepDetailsResponse.from_dict(response.json())

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
) -> Response[ErrorList | ListPrepDetailsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
    mskus: list[str],
) -> Response[ErrorList | ListPrepDetailsResponse]:
    """GET /inbound/fba/2024-03-20/items/prepDetails

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listprepdetails

    Args:
        marketplace_id (str):
        mskus (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ListPrepDetailsResponse]
    """

    kwargs = _get_kwargs(
        marketplace_id=marketplace_id,
        mskus=mskus,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
    mskus: list[str],
) -> ErrorList | ListPrepDetailsResponse | None:
    """GET /inbound/fba/2024-03-20/items/prepDetails

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listprepdetails

    Args:
        marketplace_id (str):
        mskus (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ListPrepDetailsResponse
    """

    return sync_detailed(
        client=client,
        marketplace_id=marketplace_id,
        mskus=mskus,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
    mskus: list[str],
) -> Response[ErrorList | ListPrepDetailsResponse]:
    """GET /inbound/fba/2024-03-20/items/prepDetails

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listprepdetails

    Args:
        marketplace_id (str):
        mskus (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ListPrepDetailsResponse]
    """

    kwargs = _get_kwargs(
        marketplace_id=marketplace_id,
        mskus=mskus,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
    mskus: list[str],
) -> ErrorList | ListPrepDetailsResponse | None:
    """GET /inbound/fba/2024-03-20/items/prepDetails

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/listprepdetails

    Args:
        marketplace_id (str):
        mskus (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ListPrepDetailsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            marketplace_id=marketplace_id,
            mskus=mskus,
        )
    ).parsed
