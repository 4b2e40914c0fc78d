from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_inventory_request import AddInventoryRequest
from ...models.add_inventory_response import AddInventoryResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AddInventoryRequest,
    x_amzn_idempotency_token: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-amzn-idempotency-token"] = x_amzn_idempotency_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fba/inventory/v1/items/inventory",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddInventoryResponse | None:
    if response.status_code == 200:
        response_200 = AddInventoryResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = AddInventoryResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = AddInventoryResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = AddInventoryResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = AddInventoryResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = AddInventoryResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = AddInventoryResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AddInventoryResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddInventoryRequest,
    x_amzn_idempotency_token: str,
) -> Response[AddInventoryResponse]:
    """POST /fba/inventory/v1/items/inventory

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/addinventory

    Args:
        x_amzn_idempotency_token (str):
        body (AddInventoryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddInventoryResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_amzn_idempotency_token=x_amzn_idempotency_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AddInventoryRequest,
    x_amzn_idempotency_token: str,
) -> AddInventoryResponse | None:
    """POST /fba/inventory/v1/items/inventory

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/addinventory

    Args:
        x_amzn_idempotency_token (str):
        body (AddInventoryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddInventoryResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        x_amzn_idempotency_token=x_amzn_idempotency_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddInventoryRequest,
    x_amzn_idempotency_token: str,
) -> Response[AddInventoryResponse]:
    """POST /fba/inventory/v1/items/inventory

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/addinventory

    Args:
        x_amzn_idempotency_token (str):
        body (AddInventoryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddInventoryResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_amzn_idempotency_token=x_amzn_idempotency_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AddInventoryRequest,
    x_amzn_idempotency_token: str,
) -> AddInventoryResponse | None:
    """POST /fba/inventory/v1/items/inventory

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/addinventory

    Args:
        x_amzn_idempotency_token (str):
        body (AddInventoryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddInventoryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_amzn_idempotency_token=x_amzn_idempotency_token,
        )
    ).parsed
