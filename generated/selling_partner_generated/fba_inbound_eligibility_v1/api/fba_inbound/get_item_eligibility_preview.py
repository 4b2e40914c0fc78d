from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_item_eligibility_preview_program import (
    GetItemEligibilityPreviewProgram,
)
from ...models.get_item_eligibility_preview_response import (
    GetItemEligibilityPreviewResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    marketplace_ids: list[str] | Unset = UNSET,
    asin: str,
    program: GetItemEligibilityPreviewProgram,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_marketplace_ids: list[str] | Unset = UNSET
    if not isinstance(marketplace_ids, Unset):
        json_marketplace_ids = marketplace_ids

    params["marketplaceIds"] = json_marketplace_ids

    params["asin"] = asin

    json_program = program.value
    params["program"] = json_program

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fba/inbound/v1/eligibility/itemPreview",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetItemEligibilityPreviewResponse | None:
    if response.status_code == 200:
        response_200 = GetItemEligibilityPreviewResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetItemEligibilityPreviewResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetItemEligibilityPreviewResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetItemEligibilityPreviewResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetItemEligibilityPreviewResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetItemEligibilityPreviewResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetItemEligibilityPreviewResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetItemEligibilityPreviewResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetItemEligibilityPreviewResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    marketplace_ids: list[str] | Unset = UNSET,
    asin: str,
    program: GetItemEligibilityPreviewProgram,
) -> Response[GetItemEligibilityPreviewResponse]:
    """GET /fba/inbound/v1/eligibility/itemPreview

    Rate limit: 1 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getitemeligibilitypreview

    Args:
        marketplace_ids (list[str] | Unset):
        asin (str):
        program (GetItemEligibilityPreviewProgram):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetItemEligibilityPreviewResponse]
    """

    kwargs = _get_kwargs(
        marketplace_ids=marketplace_ids,
        asin=asin,
        program=program,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    marketplace_ids: list[str] | Unset = UNSET,
    asin: str,
    program: GetItemEligibilityPreviewProgram,
) -> GetItemEligibilityPreviewResponse | None:
    """GET /fba/inbound/v1/eligibility/itemPreview

    Rate limit: 1 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getitemeligibilitypreview

    Args:
        marketplace_ids (list[str] | Unset):
        asin (str):
        program (GetItemEligibilityPreviewProgram):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetItemEligibilityPreviewResponse
    """

    return sync_detailed(
        client=client,
        marketplace_ids=marketplace_ids,
        asin=asin,
        program=program,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    marketplace_ids: list[str] | Unset = UNSET,
    asin: str,
    program: GetItemEligibilityPreviewProgram,
) -> Response[GetItemEligibilityPreviewResponse]:
    """GET /fba/inbound/v1/eligibility/itemPreview

    Rate limit: 1 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getitemeligibilitypreview

    Args:
        marketplace_ids (list[str] | Unset):
        asin (str):
        program (GetItemEligibilityPreviewProgram):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetItemEligibilityPreviewResponse]
    """

    kwargs = _get_kwargs(
        marketplace_ids=marketplace_ids,
        asin=asin,
        program=program,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    marketplace_ids: list[str] | Unset = UNSET,
    asin: str,
    program: GetItemEligibilityPreviewProgram,
) -> GetItemEligibilityPreviewResponse | None:
    """GET /fba/inbound/v1/eligibility/itemPreview

    Rate limit: 1 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getitemeligibilitypreview

    Args:
        marketplace_ids (list[str] | Unset):
        asin (str):
        program (GetItemEligibilityPreviewProgram):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetItemEligibilityPreviewResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            marketplace_ids=marketplace_ids,
            asin=asin,
            program=program,
        )
    ).parsed
