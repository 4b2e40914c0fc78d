from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_additional_seller_inputs_request import (
    GetAdditionalSellerInputsRequest,
)
from ...models.get_additional_seller_inputs_response import (
    GetAdditionalSellerInputsResponse,
)
from ...types import Response


def _get_kwargs(
    *,
    body: GetAdditionalSellerInputsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/mfn/v0/additionalSellerInputs",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetAdditionalSellerInputsResponse | None:
    if response.status_code == 200:
        response_200 = GetAdditionalSellerInputsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetAdditionalSellerInputsResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetAdditionalSellerInputsResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetAdditionalSellerInputsResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetAdditionalSellerInputsResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetAdditionalSellerInputsResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetAdditionalSellerInputsResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetAdditionalSellerInputsResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetAdditionalSellerInputsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetAdditionalSellerInputsRequest,
) -> Response[GetAdditionalSellerInputsResponse]:
    """POST /mfn/v0/additionalSellerInputs

    Rate limit: 1 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getadditionalsellerinputs

    Args:
        body (GetAdditionalSellerInputsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAdditionalSellerInputsResponse]
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
    body: GetAdditionalSellerInputsRequest,
) -> GetAdditionalSellerInputsResponse | None:
    """POST /mfn/v0/additionalSellerInputs

    Rate limit: 1 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getadditionalsellerinputs

    Args:
        body (GetAdditionalSellerInputsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAdditionalSellerInputsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetAdditionalSellerInputsRequest,
) -> Response[GetAdditionalSellerInputsResponse]:
    """POST /mfn/v0/additionalSellerInputs

    Rate limit: 1 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getadditionalsellerinputs

    Args:
        body (GetAdditionalSellerInputsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAdditionalSellerInputsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetAdditionalSellerInputsRequest,
) -> GetAdditionalSellerInputsResponse | None:
    """POST /mfn/v0/additionalSellerInputs

    Rate limit: 1 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getadditionalsellerinputs

    Args:
        body (GetAdditionalSellerInputsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAdditionalSellerInputsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
