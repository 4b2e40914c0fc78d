from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.get_payment_methods_payment_method_types_item import (
    GetPaymentMethodsPaymentMethodTypesItem,
)
from ...models.get_payment_methods_response import GetPaymentMethodsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    marketplace_id: str,
    payment_method_types: list[GetPaymentMethodsPaymentMethodTypesItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["marketplaceId"] = marketplace_id

    json_payment_method_types: list[str] | Unset = UNSET
    if not isinstance(payment_method_types, Unset):
        json_payment_method_types = []
        for payment_method_types_item_data in payment_method_types:
            payment_method_types_item = payment_method_types_item_data.value
            json_payment_method_types.append(payment_method_types_item)

    params["paymentMethodTypes"] = json_payment_method_types

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/finances/transfers/2024-06-01/paymentMethods",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | GetPaymentMethodsResponse | None:
    if response.status_code == 200:
        response_200 = GetPaymentMethodsResponse.from_dict(response.json())

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
) -> Response[ErrorList | GetPaymentMethodsResponse]:
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
    payment_method_types: list[GetPaymentMethodsPaymentMethodTypesItem] | Unset = UNSET,
) -> Response[ErrorList | GetPaymentMethodsResponse]:
    """GET /finances/transfers/2024-06-01/paymentMethods

    Rate limit: 0.5 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getpaymentmethods

    Args:
        marketplace_id (str):
        payment_method_types (list[GetPaymentMethodsPaymentMethodTypesItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | GetPaymentMethodsResponse]
    """

    kwargs = _get_kwargs(
        marketplace_id=marketplace_id,
        payment_method_types=payment_method_types,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
    payment_method_types: list[GetPaymentMethodsPaymentMethodTypesItem] | Unset = UNSET,
) -> ErrorList | GetPaymentMethodsResponse | None:
    """GET /finances/transfers/2024-06-01/paymentMethods

    Rate limit: 0.5 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getpaymentmethods

    Args:
        marketplace_id (str):
        payment_method_types (list[GetPaymentMethodsPaymentMethodTypesItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | GetPaymentMethodsResponse
    """

    return sync_detailed(
        client=client,
        marketplace_id=marketplace_id,
        payment_method_types=payment_method_types,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
    payment_method_types: list[GetPaymentMethodsPaymentMethodTypesItem] | Unset = UNSET,
) -> Response[ErrorList | GetPaymentMethodsResponse]:
    """GET /finances/transfers/2024-06-01/paymentMethods

    Rate limit: 0.5 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getpaymentmethods

    Args:
        marketplace_id (str):
        payment_method_types (list[GetPaymentMethodsPaymentMethodTypesItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | GetPaymentMethodsResponse]
    """

    kwargs = _get_kwargs(
        marketplace_id=marketplace_id,
        payment_method_types=payment_method_types,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    marketplace_id: str,
    payment_method_types: list[GetPaymentMethodsPaymentMethodTypesItem] | Unset = UNSET,
) -> ErrorList | GetPaymentMethodsResponse | None:
    """GET /finances/transfers/2024-06-01/paymentMethods

    Rate limit: 0.5 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getpaymentmethods

    Args:
        marketplace_id (str):
        payment_method_types (list[GetPaymentMethodsPaymentMethodTypesItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | GetPaymentMethodsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            marketplace_id=marketplace_id,
            payment_method_types=payment_method_types,
        )
    ).parsed
