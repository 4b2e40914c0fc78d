from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_orders_response import GetOrdersResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    last_updated_after: str | Unset = UNSET,
    last_updated_before: str | Unset = UNSET,
    order_statuses: list[str] | Unset = UNSET,
    marketplace_ids: list[str],
    fulfillment_channels: list[str] | Unset = UNSET,
    payment_methods: list[str] | Unset = UNSET,
    buyer_email: str | Unset = UNSET,
    seller_order_id: str | Unset = UNSET,
    max_results_per_page: int | Unset = UNSET,
    easy_ship_shipment_statuses: list[str] | Unset = UNSET,
    electronic_invoice_statuses: list[str] | Unset = UNSET,
    next_token: str | Unset = UNSET,
    amazon_order_ids: list[str] | Unset = UNSET,
    actual_fulfillment_supply_source_id: str | Unset = UNSET,
    is_ispu: bool | Unset = UNSET,
    store_chain_store_id: str | Unset = UNSET,
    earliest_delivery_date_before: str | Unset = UNSET,
    earliest_delivery_date_after: str | Unset = UNSET,
    latest_delivery_date_before: str | Unset = UNSET,
    latest_delivery_date_after: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["CreatedAfter"] = created_after

    params["CreatedBefore"] = created_before

    params["LastUpdatedAfter"] = last_updated_after

    params["LastUpdatedBefore"] = last_updated_before

    json_order_statuses: list[str] | Unset = UNSET
    if not isinstance(order_statuses, Unset):
        json_order_statuses = order_statuses

    params["OrderStatuses"] = json_order_statuses

    json_marketplace_ids = marketplace_ids

    params["MarketplaceIds"] = json_marketplace_ids

    json_fulfillment_channels: list[str] | Unset = UNSET
    if not isinstance(fulfillment_channels, Unset):
        json_fulfillment_channels = fulfillment_channels

    params["FulfillmentChannels"] = json_fulfillment_channels

    json_payment_methods: list[str] | Unset = UNSET
    if not isinstance(payment_methods, Unset):
        json_payment_methods = payment_methods

    params["PaymentMethods"] = json_payment_methods

    params["BuyerEmail"] = buyer_email

    params["SellerOrderId"] = seller_order_id

    params["MaxResultsPerPage"] = max_results_per_page

    json_easy_ship_shipment_statuses: list[str] | Unset = UNSET
    if not isinstance(easy_ship_shipment_statuses, Unset):
        json_easy_ship_shipment_statuses = easy_ship_shipment_statuses

    params["EasyShipShipmentStatuses"] = json_easy_ship_shipment_statuses

    json_electronic_invoice_statuses: list[str] | Unset = UNSET
    if not isinstance(electronic_invoice_statuses, Unset):
        json_electronic_invoice_statuses = electronic_invoice_statuses

    params["ElectronicInvoiceStatuses"] = json_electronic_invoice_statuses

    params["NextToken"] = next_token

    json_amazon_order_ids: list[str] | Unset = UNSET
    if not isinstance(amazon_order_ids, Unset):
        json_amazon_order_ids = amazon_order_ids

    params["AmazonOrderIds"] = json_amazon_order_ids

    params["ActualFulfillmentSupplySourceId"] = actual_fulfillment_supply_source_id

    params["IsISPU"] = is_ispu

    params["StoreChainStoreId"] = store_chain_store_id

    params["EarliestDeliveryDateBefore"] = earliest_delivery_date_before

    params["EarliestDeliveryDateAfter"] = earliest_delivery_date_after

    params["LatestDeliveryDateBefore"] = latest_delivery_date_before

    params["LatestDeliveryDateAfter"] = latest_delivery_date_after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/orders/v0/orders",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetOrdersResponse | None:
    if response.status_code == 200:
        response_200 = GetOrdersResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetOrdersResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = GetOrdersResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetOrdersResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetOrdersResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetOrdersResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetOrdersResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetOrdersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    last_updated_after: str | Unset = UNSET,
    last_updated_before: str | Unset = UNSET,
    order_statuses: list[str] | Unset = UNSET,
    marketplace_ids: list[str],
    fulfillment_channels: list[str] | Unset = UNSET,
    payment_methods: list[str] | Unset = UNSET,
    buyer_email: str | Unset = UNSET,
    seller_order_id: str | Unset = UNSET,
    max_results_per_page: int | Unset = UNSET,
    easy_ship_shipment_statuses: list[str] | Unset = UNSET,
    electronic_invoice_statuses: list[str] | Unset = UNSET,
    next_token: str | Unset = UNSET,
    amazon_order_ids: list[str] | Unset = UNSET,
    actual_fulfillment_supply_source_id: str | Unset = UNSET,
    is_ispu: bool | Unset = UNSET,
    store_chain_store_id: str | Unset = UNSET,
    earliest_delivery_date_before: str | Unset = UNSET,
    earliest_delivery_date_after: str | Unset = UNSET,
    latest_delivery_date_before: str | Unset = UNSET,
    latest_delivery_date_after: str | Unset = UNSET,
) -> Response[GetOrdersResponse]:
    """GET /orders/v0/orders

    Rate limit: 0.0167 requests/second, burst 20.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getorders

    Args:
        created_after (str | Unset):
        created_before (str | Unset):
        last_updated_after (str | Unset):
        last_updated_before (str | Unset):
        order_statuses (list[str] | Unset):
        marketplace_ids (list[str]):
        fulfillment_channels (list[str] | Unset):
        payment_methods (list[str] | Unset):
        buyer_email (str | Unset):
        seller_order_id (str | Unset):
        max_results_per_page (int | Unset):
        easy_ship_shipment_statuses (list[str] | Unset):
        electronic_invoice_statuses (list[str] | Unset):
        next_token (str | Unset):
        amazon_order_ids (list[str] | Unset):
        actual_fulfillment_supply_source_id (str | Unset):
        is_ispu (bool | Unset):
        store_chain_store_id (str | Unset):
        earliest_delivery_date_before (str | Unset):
        earliest_delivery_date_after (str | Unset):
        latest_delivery_date_before (str | Unset):
        latest_delivery_date_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetOrdersResponse]
    """

    kwargs = _get_kwargs(
        created_after=created_after,
        created_before=created_before,
        last_updated_after=last_updated_after,
        last_updated_before=last_updated_before,
        order_statuses=order_statuses,
        marketplace_ids=marketplace_ids,
        fulfillment_channels=fulfillment_channels,
        payment_methods=payment_methods,
        buyer_email=buyer_email,
        seller_order_id=seller_order_id,
        max_results_per_page=max_results_per_page,
        easy_ship_shipment_statuses=easy_ship_shipment_statuses,
        electronic_invoice_statuses=electronic_invoice_statuses,
        next_token=next_token,
        amazon_order_ids=amazon_order_ids,
        actual_fulfillment_supply_source_id=actual_fulfillment_supply_source_id,
        is_ispu=is_ispu,
        store_chain_store_id=store_chain_store_id,
        earliest_delivery_date_before=earliest_delivery_date_before,
        earliest_delivery_date_after=earliest_delivery_date_after,
        latest_delivery_date_before=latest_delivery_date_before,
        latest_delivery_date_after=latest_delivery_date_after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    last_updated_after: str | Unset = UNSET,
    last_updated_before: str | Unset = UNSET,
    order_statuses: list[str] | Unset = UNSET,
    marketplace_ids: list[str],
    fulfillment_channels: list[str] | Unset = UNSET,
    payment_methods: list[str] | Unset = UNSET,
    buyer_email: str | Unset = UNSET,
    seller_order_id: str | Unset = UNSET,
    max_results_per_page: int | Unset = UNSET,
    easy_ship_shipment_statuses: list[str] | Unset = UNSET,
    electronic_invoice_statuses: list[str] | Unset = UNSET,
    next_token: str | Unset = UNSET,
    amazon_order_ids: list[str] | Unset = UNSET,
    actual_fulfillment_supply_source_id: str | Unset = UNSET,
    is_ispu: bool | Unset = UNSET,
    store_chain_store_id: str | Unset = UNSET,
    earliest_delivery_date_before: str | Unset = UNSET,
    earliest_delivery_date_after: str | Unset = UNSET,
    latest_delivery_date_before: str | Unset = UNSET,
    latest_delivery_date_after: str | Unset = UNSET,
) -> GetOrdersResponse | None:
    """GET /orders/v0/orders

    Rate limit: 0.0167 requests/second, burst 20.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getorders

    Args:
        created_after (str | Unset):
        created_before (str | Unset):
        last_updated_after (str | Unset):
        last_updated_before (str | Unset):
        order_statuses (list[str] | Unset):
        marketplace_ids (list[str]):
        fulfillment_channels (list[str] | Unset):
        payment_methods (list[str] | Unset):
        buyer_email (str | Unset):
        seller_order_id (str | Unset):
        max_results_per_page (int | Unset):
        easy_ship_shipment_statuses (list[str] | Unset):
        electronic_invoice_statuses (list[str] | Unset):
        next_token (str | Unset):
        amazon_order_ids (list[str] | Unset):
        actual_fulfillment_supply_source_id (str | Unset):
        is_ispu (bool | Unset):
        store_chain_store_id (str | Unset):
        earliest_delivery_date_before (str | Unset):
        earliest_delivery_date_after (str | Unset):
        latest_delivery_date_before (str | Unset):
        latest_delivery_date_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetOrdersResponse
    """

    return sync_detailed(
        client=client,
        created_after=created_after,
        created_before=created_before,
        last_updated_after=last_updated_after,
        last_updated_before=last_updated_before,
        order_statuses=order_statuses,
        marketplace_ids=marketplace_ids,
        fulfillment_channels=fulfillment_channels,
        payment_methods=payment_methods,
        buyer_email=buyer_email,
        seller_order_id=seller_order_id,
        max_results_per_page=max_results_per_page,
        easy_ship_shipment_statuses=easy_ship_shipment_statuses,
        electronic_invoice_statuses=electronic_invoice_statuses,
        next_token=next_token,
        amazon_order_ids=amazon_order_ids,
        actual_fulfillment_supply_source_id=actual_fulfillment_supply_source_id,
        is_ispu=is_ispu,
        store_chain_store_id=store_chain_store_id,
        earliest_delivery_date_before=earliest_delivery_date_before,
        earliest_delivery_date_after=earliest_delivery_date_after,
        latest_delivery_date_before=latest_delivery_date_before,
        latest_delivery_date_after=latest_delivery_date_after,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    last_updated_after: str | Unset = UNSET,
    last_updated_before: str | Unset = UNSET,
    order_statuses: list[str] | Unset = UNSET,
    marketplace_ids: list[str],
    fulfillment_channels: list[str] | Unset = UNSET,
    payment_methods: list[str] | Unset = UNSET,
    buyer_email: str | Unset = UNSET,
    seller_order_id: str | Unset = UNSET,
    max_results_per_page: int | Unset = UNSET,
    easy_ship_shipment_statuses: list[str] | Unset = UNSET,
    electronic_invoice_statuses: list[str] | Unset = UNSET,
    next_token: str | Unset = UNSET,
    amazon_order_ids: list[str] | Unset = UNSET,
    actual_fulfillment_supply_source_id: str | Unset = UNSET,
    is_ispu: bool | Unset = UNSET,
    store_chain_store_id: str | Unset = UNSET,
    earliest_delivery_date_before: str | Unset = UNSET,
    earliest_delivery_date_after: str | Unset = UNSET,
    latest_delivery_date_before: str | Unset = UNSET,
    latest_delivery_date_after: str | Unset = UNSET,
) -> Response[GetOrdersResponse]:
    """GET /orders/v0/orders

    Rate limit: 0.0167 requests/second, burst 20.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getorders

    Args:
        created_after (str | Unset):
        created_before (str | Unset):
        last_updated_after (str | Unset):
        last_updated_before (str | Unset):
        order_statuses (list[str] | Unset):
        marketplace_ids (list[str]):
        fulfillment_channels (list[str] | Unset):
        payment_methods (list[str] | Unset):
        buyer_email (str | Unset):
        seller_order_id (str | Unset):
        max_results_per_page (int | Unset):
        easy_ship_shipment_statuses (list[str] | Unset):
        electronic_invoice_statuses (list[str] | Unset):
        next_token (str | Unset):
        amazon_order_ids (list[str] | Unset):
        actual_fulfillment_supply_source_id (str | Unset):
        is_ispu (bool | Unset):
        store_chain_store_id (str | Unset):
        earliest_delivery_date_before (str | Unset):
        earliest_delivery_date_after (str | Unset):
        latest_delivery_date_before (str | Unset):
        latest_delivery_date_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetOrdersResponse]
    """

    kwargs = _get_kwargs(
        created_after=created_after,
        created_before=created_before,
        last_updated_after=last_updated_after,
        last_updated_before=last_updated_before,
        order_statuses=order_statuses,
        marketplace_ids=marketplace_ids,
        fulfillment_channels=fulfillment_channels,
        payment_methods=payment_methods,
        buyer_email=buyer_email,
        seller_order_id=seller_order_id,
        max_results_per_page=max_results_per_page,
        easy_ship_shipment_statuses=easy_ship_shipment_statuses,
        electronic_invoice_statuses=electronic_invoice_statuses,
        next_token=next_token,
        amazon_order_ids=amazon_order_ids,
        actual_fulfillment_supply_source_id=actual_fulfillment_supply_source_id,
        is_ispu=is_ispu,
        store_chain_store_id=store_chain_store_id,
        earliest_delivery_date_before=earliest_delivery_date_before,
        earliest_delivery_date_after=earliest_delivery_date_after,
        latest_delivery_date_before=latest_delivery_date_before,
        latest_delivery_date_after=latest_delivery_date_after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    last_updated_after: str | Unset = UNSET,
    last_updated_before: str | Unset = UNSET,
    order_statuses: list[str] | Unset = UNSET,
    marketplace_ids: list[str],
    fulfillment_channels: list[str] | Unset = UNSET,
    payment_methods: list[str] | Unset = UNSET,
    buyer_email: str | Unset = UNSET,
    seller_order_id: str | Unset = UNSET,
    max_results_per_page: int | Unset = UNSET,
    easy_ship_shipment_statuses: list[str] | Unset = UNSET,
    electronic_invoice_statuses: list[str] | Unset = UNSET,
    next_token: str | Unset = UNSET,
    amazon_order_ids: list[str] | Unset = UNSET,
    actual_fulfillment_supply_source_id: str | Unset = UNSET,
    is_ispu: bool | Unset = UNSET,
    store_chain_store_id: str | Unset = UNSET,
    earliest_delivery_date_before: str | Unset = UNSET,
    earliest_delivery_date_after: str | Unset = UNSET,
    latest_delivery_date_before: str | Unset = UNSET,
    latest_delivery_date_after: str | Unset = UNSET,
) -> GetOrdersResponse | None:
    """GET /orders/v0/orders

    Rate limit: 0.0167 requests/second, burst 20.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getorders

    Args:
        created_after (str | Unset):
        created_before (str | Unset):
        last_updated_after (str | Unset):
        last_updated_before (str | Unset):
        order_statuses (list[str] | Unset):
        marketplace_ids (list[str]):
        fulfillment_channels (list[str] | Unset):
        payment_methods (list[str] | Unset):
        buyer_email (str | Unset):
        seller_order_id (str | Unset):
        max_results_per_page (int | Unset):
        easy_ship_shipment_statuses (list[str] | Unset):
        electronic_invoice_statuses (list[str] | Unset):
        next_token (str | Unset):
        amazon_order_ids (list[str] | Unset):
        actual_fulfillment_supply_source_id (str | Unset):
        is_ispu (bool | Unset):
        store_chain_store_id (str | Unset):
        earliest_delivery_date_before (str | Unset):
        earliest_delivery_date_after (str | Unset):
        latest_delivery_date_before (str | Unset):
        latest_delivery_date_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetOrdersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            created_after=created_after,
            created_before=created_before,
            last_updated_after=last_updated_after,
            last_updated_before=last_updated_before,
            order_statuses=order_statuses,
            marketplace_ids=marketplace_ids,
            fulfillment_channels=fulfillment_channels,
            payment_methods=payment_methods,
            buyer_email=buyer_email,
            seller_order_id=seller_order_id,
            max_results_per_page=max_results_per_page,
            easy_ship_shipment_statuses=easy_ship_shipment_statuses,
            electronic_invoice_statuses=electronic_invoice_statuses,
            next_token=next_token,
            amazon_order_ids=amazon_order_ids,
            actual_fulfillment_supply_source_id=actual_fulfillment_supply_source_id,
            is_ispu=is_ispu,
            store_chain_store_id=store_chain_store_id,
            earliest_delivery_date_before=earliest_delivery_date_before,
            earliest_delivery_date_after=earliest_delivery_date_after,
            latest_delivery_date_before=latest_delivery_date_before,
            latest_delivery_date_after=latest_delivery_date_after,
        )
    ).parsed
