from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.unlink_carrier_account_request import UnlinkCarrierAccountRequest
from ...models.unlink_carrier_account_response import UnlinkCarrierAccountResponse
from ...models.unlink_carrier_account_x_amzn_shipping_business_id import (
    UnlinkCarrierAccountXAmznShippingBusinessId,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    carrier_id: str,
    *,
    body: UnlinkCarrierAccountRequest,
    x_amzn_shipping_business_id: UnlinkCarrierAccountXAmznShippingBusinessId
    | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_amzn_shipping_business_id, Unset):
        headers["x-amzn-shipping-business-id"] = str(x_amzn_shipping_business_id)

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/shipping/v2/carrierAccounts/{carrier_id}/unlink".format(
            carrier_id=quote(str(carrier_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | UnlinkCarrierAccountResponse | None:
    if response.status_code == 200:
        response_200 = UnlinkCarrierAccountResponse.from_dict(response.json())

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
) -> Response[ErrorList | UnlinkCarrierAccountResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    carrier_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UnlinkCarrierAccountRequest,
    x_amzn_shipping_business_id: UnlinkCarrierAccountXAmznShippingBusinessId
    | Unset = UNSET,
) -> Response[ErrorList | UnlinkCarrierAccountResponse]:
    """PUT /shipping/v2/carrierAccounts/{carrierId}/unlink

    Rate limit: 80 requests/second, burst 100.

    Reference: https://developer-docs.amazon.com/sp-api/reference/unlinkcarrieraccount

    Args:
        carrier_id (str):
        x_amzn_shipping_business_id (UnlinkCarrierAccountXAmznShippingBusinessId | Unset):
        body (UnlinkCarrierAccountRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | UnlinkCarrierAccountResponse]
    """

    kwargs = _get_kwargs(
        carrier_id=carrier_id,
        body=body,
        x_amzn_shipping_business_id=x_amzn_shipping_business_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    carrier_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UnlinkCarrierAccountRequest,
    x_amzn_shipping_business_id: UnlinkCarrierAccountXAmznShippingBusinessId
    | Unset = UNSET,
) -> ErrorList | UnlinkCarrierAccountResponse | None:
    """PUT /shipping/v2/carrierAccounts/{carrierId}/unlink

    Rate limit: 80 requests/second, burst 100.

    Reference: https://developer-docs.amazon.com/sp-api/reference/unlinkcarrieraccount

    Args:
        carrier_id (str):
        x_amzn_shipping_business_id (UnlinkCarrierAccountXAmznShippingBusinessId | Unset):
        body (UnlinkCarrierAccountRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | UnlinkCarrierAccountResponse
    """

    return sync_detailed(
        carrier_id=carrier_id,
        client=client,
        body=body,
        x_amzn_shipping_business_id=x_amzn_shipping_business_id,
    ).parsed


async def asyncio_detailed(
    carrier_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UnlinkCarrierAccountRequest,
    x_amzn_shipping_business_id: UnlinkCarrierAccountXAmznShippingBusinessId
    | Unset = UNSET,
) -> Response[ErrorList | UnlinkCarrierAccountResponse]:
    """PUT /shipping/v2/carrierAccounts/{carrierId}/unlink

    Rate limit: 80 requests/second, burst 100.

    Reference: https://developer-docs.amazon.com/sp-api/reference/unlinkcarrieraccount

    Args:
        carrier_id (str):
        x_amzn_shipping_business_id (UnlinkCarrierAccountXAmznShippingBusinessId | Unset):
        body (UnlinkCarrierAccountRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | UnlinkCarrierAccountResponse]
    """

    kwargs = _get_kwargs(
        carrier_id=carrier_id,
        body=body,
        x_amzn_shipping_business_id=x_amzn_shipping_business_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    carrier_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UnlinkCarrierAccountRequest,
    x_amzn_shipping_business_id: UnlinkCarrierAccountXAmznShippingBusinessId
    | Unset = UNSET,
) -> ErrorList | UnlinkCarrierAccountResponse | None:
    """PUT /shipping/v2/carrierAccounts/{carrierId}/unlink

    Rate limit: 80 requests/second, burst 100.

    Reference: https://developer-docs.amazon.com/sp-api/reference/unlinkcarrieraccount

    Args:
        carrier_id (str):
        x_amzn_shipping_business_id (UnlinkCarrierAccountXAmznShippingBusinessId | Unset):
        body (UnlinkCarrierAccountRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | UnlinkCarrierAccountResponse
    """

    return (
        await asyncio_detailed(
            carrier_id=carrier_id,
            client=client,
            body=body,
            x_amzn_shipping_business_id=x_amzn_shipping_business_id,
        )
    ).parsed
