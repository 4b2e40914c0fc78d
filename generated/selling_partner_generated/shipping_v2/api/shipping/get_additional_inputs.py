from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.get_additional_inputs_response import GetAdditionalInputsResponse
from ...models.get_additional_inputs_x_amzn_shipping_business_id import (
    GetAdditionalInputsXAmznShippingBusinessId,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    request_token: str,
    rate_id: str,
    x_amzn_shipping_business_id: GetAdditionalInputsXAmznShippingBusinessId
    | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_amzn_shipping_business_id, Unset):
        headers["x-amzn-shipping-business-id"] = str(x_amzn_shipping_business_id)

    params: dict[str, Any] = {}

    params["requestToken"] = request_token

    params["rateId"] = rate_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/shipping/v2/shipments/additionalInputs/schema",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | GetAdditionalInputsResponse | None:
    if response.status_code == 200:
        response_200 = GetAdditionalInputsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorList.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorList.from_dict(response.json())

        return response_401

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
) -> Response[ErrorList | GetAdditionalInputsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    request_token: str,
    rate_id: str,
    x_amzn_shipping_business_id: GetAdditionalInputsXAmznShippingBusinessId
    | Unset = UNSET,
) -> Response[ErrorList | GetAdditionalInputsResponse]:
    """GET /shipping/v2/shipments/additionalInputs/schema

    Rate limit: 80 requests/second, burst 100.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getadditionalinputs

    Args:
        request_token (str):
        rate_id (str):
        x_amzn_shipping_business_id (GetAdditionalInputsXAmznShippingBusinessId | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | GetAdditionalInputsResponse]
    """

    kwargs = _get_kwargs(
        request_token=request_token,
        rate_id=rate_id,
        x_amzn_shipping_business_id=x_amzn_shipping_business_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    request_token: str,
    rate_id: str,
    x_amzn_shipping_business_id: GetAdditionalInputsXAmznShippingBusinessId
    | Unset = UNSET,
) -> ErrorList | GetAdditionalInputsResponse | None:
    """GET /shipping/v2/shipments/additionalInputs/schema

    Rate limit: 80 requests/second, burst 100.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getadditionalinputs

    Args:
        request_token (str):
        rate_id (str):
        x_amzn_shipping_business_id (GetAdditionalInputsXAmznShippingBusinessId | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | GetAdditionalInputsResponse
    """

    return sync_detailed(
        client=client,
        request_token=request_token,
        rate_id=rate_id,
        x_amzn_shipping_business_id=x_amzn_shipping_business_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    request_token: str,
    rate_id: str,
    x_amzn_shipping_business_id: GetAdditionalInputsXAmznShippingBusinessId
    | Unset = UNSET,
) -> Response[ErrorList | GetAdditionalInputsResponse]:
    """GET /shipping/v2/shipments/additionalInputs/schema

    Rate limit: 80 requests/second, burst 100.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getadditionalinputs

    Args:
        request_token (str):
        rate_id (str):
        x_amzn_shipping_business_id (GetAdditionalInputsXAmznShippingBusinessId | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | GetAdditionalInputsResponse]
    """

    kwargs = _get_kwargs(
        request_token=request_token,
        rate_id=rate_id,
        x_amzn_shipping_business_id=x_amzn_shipping_business_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    request_token: str,
    rate_id: str,
    x_amzn_shipping_business_id: GetAdditionalInputsXAmznShippingBusinessId
    | Unset = UNSET,
) -> ErrorList | GetAdditionalInputsResponse | None:
    """GET /shipping/v2/shipments/additionalInputs/schema

    Rate limit: 80 requests/second, burst 100.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getadditionalinputs

    Args:
        request_token (str):
        rate_id (str):
        x_amzn_shipping_business_id (GetAdditionalInputsXAmznShippingBusinessId | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | GetAdditionalInputsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            request_token=request_token,
            rate_id=rate_id,
            x_amzn_shipping_business_id=x_amzn_shipping_business_id,
        )
    ).parsed
