from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.submit_fulfillment_order_status_update_request import (
    SubmitFulfillmentOrderStatusUpdateRequest,
)
from ...models.submit_fulfillment_order_status_update_response import (
    SubmitFulfillmentOrderStatusUpdateResponse,
)
from ...types import Response


def _get_kwargs(
    seller_fulfillment_order_id: str,
    *,
    body: SubmitFulfillmentOrderStatusUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/fba/outbound/2020-07-01/fulfillmentOrders/{seller_fulfillment_order_id}/status".format(
            seller_fulfillment_order_id=quote(
                str(seller_fulfillment_order_id), safe=""
            ),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SubmitFulfillmentOrderStatusUpdateResponse | None:
    if response.status_code == 200:
        response_200 = SubmitFulfillmentOrderStatusUpdateResponse.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = SubmitFulfillmentOrderStatusUpdateResponse.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = SubmitFulfillmentOrderStatusUpdateResponse.from_dict(
            response.json()
        )

        return response_401

    if response.status_code == 403:
        response_403 = SubmitFulfillmentOrderStatusUpdateResponse.from_dict(
            response.json()
        )

        return response_403

    if response.status_code == 404:
        response_404 = SubmitFulfillmentOrderStatusUpdateResponse.from_dict(
            response.json()
        )

        return response_404

    if response.status_code == 429:
        response_429 = SubmitFulfillmentOrderStatusUpdateResponse.from_dict(
            response.json()
        )

        return response_429

    if response.status_code == 500:
        response_500 = SubmitFulfillmentOrderStatusUpdateResponse.from_dict(
            response.json()
        )

        return response_500

    if response.status_code == 503:
        response_503 = SubmitFulfillmentOrderStatusUpdateResponse.from_dict(
            response.json()
        )

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SubmitFulfillmentOrderStatusUpdateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    seller_fulfillment_order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubmitFulfillmentOrderStatusUpdateRequest,
) -> Response[SubmitFulfillmentOrderStatusUpdateResponse]:
    """PUT /fba/outbound/2020-07-01/fulfillmentOrders/{sellerFulfillmentOrderId}/status

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/submitfulfillmentorderstatusupdate

    Args:
        seller_fulfillment_order_id (str):
        body (SubmitFulfillmentOrderStatusUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubmitFulfillmentOrderStatusUpdateResponse]
    """

    kwargs = _get_kwargs(
        seller_fulfillment_order_id=seller_fulfillment_order_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    seller_fulfillment_order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubmitFulfillmentOrderStatusUpdateRequest,
) -> SubmitFulfillmentOrderStatusUpdateResponse | None:
    """PUT /fba/outbound/2020-07-01/fulfillmentOrders/{sellerFulfillmentOrderId}/status

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/submitfulfillmentorderstatusupdate

    Args:
        seller_fulfillment_order_id (str):
        body (SubmitFulfillmentOrderStatusUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubmitFulfillmentOrderStatusUpdateResponse
    """

    return sync_detailed(
        seller_fulfillment_order_id=seller_fulfillment_order_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    seller_fulfillment_order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubmitFulfillmentOrderStatusUpdateRequest,
) -> Response[SubmitFulfillmentOrderStatusUpdateResponse]:
    """PUT /fba/outbound/2020-07-01/fulfillmentOrders/{sellerFulfillmentOrderId}/status

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/submitfulfillmentorderstatusupdate

    Args:
        seller_fulfillment_order_id (str):
        body (SubmitFulfillmentOrderStatusUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubmitFulfillmentOrderStatusUpdateResponse]
    """

    kwargs = _get_kwargs(
        seller_fulfillment_order_id=seller_fulfillment_order_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    seller_fulfillment_order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubmitFulfillmentOrderStatusUpdateRequest,
) -> SubmitFulfillmentOrderStatusUpdateResponse | None:
    """PUT /fba/outbound/2020-07-01/fulfillmentOrders/{sellerFulfillmentOrderId}/status

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/submitfulfillmentorderstatusupdate

    Args:
        seller_fulfillment_order_id (str):
        body (SubmitFulfillmentOrderStatusUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubmitFulfillmentOrderStatusUpdateResponse
    """

    return (
        await asyncio_detailed(
            seller_fulfillment_order_id=seller_fulfillment_order_id,
            client=client,
            body=body,
        )
    ).parsed
