from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_order_metrics_amazon_program import GetOrderMetricsAmazonProgram
from ...models.get_order_metrics_buyer_type import GetOrderMetricsBuyerType
from ...models.get_order_metrics_first_day_of_week import GetOrderMetricsFirstDayOfWeek
from ...models.get_order_metrics_granularity import GetOrderMetricsGranularity
from ...models.get_order_metrics_response import GetOrderMetricsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    marketplace_ids: list[str],
    interval: str,
    granularity_time_zone: str | Unset = UNSET,
    granularity: GetOrderMetricsGranularity,
    buyer_type: GetOrderMetricsBuyerType | Unset = GetOrderMetricsBuyerType.ALL,
    fulfillment_network: str | Unset = UNSET,
    first_day_of_week: GetOrderMetricsFirstDayOfWeek
    | Unset = GetOrderMetricsFirstDayOfWeek.MONDAY,
    asin: str | Unset = UNSET,
    sku: str | Unset = UNSET,
    amazon_program: GetOrderMetricsAmazonProgram | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_marketplace_ids = marketplace_ids

    params["marketplaceIds"] = json_marketplace_ids

    params["interval"] = interval

    params["granularityTimeZone"] = granularity_time_zone

    json_granularity = granularity.value
    params["granularity"] = json_granularity

    json_buyer_type: str | Unset = UNSET
    if not isinstance(buyer_type, Unset):
        json_buyer_type = buyer_type.value

    params["buyerType"] = json_buyer_type

    params["fulfillmentNetwork"] = fulfillment_network

    json_first_day_of_week: str | Unset = UNSET
    if not isinstance(first_day_of_week, Unset):
        json_first_day_of_week = first_day_of_week.value

    params["firstDayOfWeek"] = json_first_day_of_week

    params["asin"] = asin

    params["sku"] = sku

    json_amazon_program: str | Unset = UNSET
    if not isinstance(amazon_program, Unset):
        json_amazon_program = amazon_program.value

    params["amazonProgram"] = json_amazon_program

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sales/v1/orderMetrics",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetOrderMetricsResponse | None:
    if response.status_code == 200:
        response_200 = GetOrderMetricsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetOrderMetricsResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = GetOrderMetricsResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetOrderMetricsResponse.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = GetOrderMetricsResponse.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = GetOrderMetricsResponse.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = GetOrderMetricsResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetOrderMetricsResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetOrderMetricsResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetOrderMetricsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    marketplace_ids: list[str],
    interval: str,
    granularity_time_zone: str | Unset = UNSET,
    granularity: GetOrderMetricsGranularity,
    buyer_type: GetOrderMetricsBuyerType | Unset = GetOrderMetricsBuyerType.ALL,
    fulfillment_network: str | Unset = UNSET,
    first_day_of_week: GetOrderMetricsFirstDayOfWeek
    | Unset = GetOrderMetricsFirstDayOfWeek.MONDAY,
    asin: str | Unset = UNSET,
    sku: str | Unset = UNSET,
    amazon_program: GetOrderMetricsAmazonProgram | Unset = UNSET,
) -> Response[GetOrderMetricsResponse]:
    """GET /sales/v1/orderMetrics

    Rate limit: 0.5 requests/second, burst 15.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getordermetrics

    Args:
        marketplace_ids (list[str]):
        interval (str):
        granularity_time_zone (str | Unset):
        granularity (GetOrderMetricsGranularity):
        buyer_type (GetOrderMetricsBuyerType | Unset):  Default: GetOrderMetricsBuyerType.ALL.
        fulfillment_network (str | Unset):
        first_day_of_week (GetOrderMetricsFirstDayOfWeek | Unset):  Default:
            GetOrderMetricsFirstDayOfWeek.MONDAY.
        asin (str | Unset):
        sku (str | Unset):
        amazon_program (GetOrderMetricsAmazonProgram | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetOrderMetricsResponse]
    """

    kwargs = _get_kwargs(
        marketplace_ids=marketplace_ids,
        interval=interval,
        granularity_time_zone=granularity_time_zone,
        granularity=granularity,
        buyer_type=buyer_type,
        fulfillment_network=fulfillment_network,
        first_day_of_week=first_day_of_week,
        asin=asin,
        sku=sku,
        amazon_program=amazon_program,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    marketplace_ids: list[str],
    interval: str,
    granularity_time_zone: str | Unset = UNSET,
    granularity: GetOrderMetricsGranularity,
    buyer_type: GetOrderMetricsBuyerType | Unset = GetOrderMetricsBuyerType.ALL,
    fulfillment_network: str | Unset = UNSET,
    first_day_of_week: GetOrderMetricsFirstDayOfWeek
    | Unset = GetOrderMetricsFirstDayOfWeek.MONDAY,
    asin: str | Unset = UNSET,
    sku: str | Unset = UNSET,
    amazon_program: GetOrderMetricsAmazonProgram | Unset = UNSET,
) -> GetOrderMetricsResponse | None:
    """GET /sales/v1/orderMetrics

    Rate limit: 0.5 requests/second, burst 15.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getordermetrics

    Args:
        marketplace_ids (list[str]):
        interval (str):
        granularity_time_zone (str | Unset):
        granularity (GetOrderMetricsGranularity):
        buyer_type (GetOrderMetricsBuyerType | Unset):  Default: GetOrderMetricsBuyerType.ALL.
        fulfillment_network (str | Unset):
        first_day_of_week (GetOrderMetricsFirstDayOfWeek | Unset):  Default:
            GetOrderMetricsFirstDayOfWeek.MONDAY.
        asin (str | Unset):
        sku (str | Unset):
        amazon_program (GetOrderMetricsAmazonProgram | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetOrderMetricsResponse
    """

    return sync_detailed(
        client=client,
        marketplace_ids=marketplace_ids,
        interval=interval,
        granularity_time_zone=granularity_time_zone,
        granularity=granularity,
        buyer_type=buyer_type,
        fulfillment_network=fulfillment_network,
        first_day_of_week=first_day_of_week,
        asin=asin,
        sku=sku,
        amazon_program=amazon_program,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    marketplace_ids: list[str],
    interval: str,
    granularity_time_zone: str | Unset = UNSET,
    granularity: GetOrderMetricsGranularity,
    buyer_type: GetOrderMetricsBuyerType | Unset = GetOrderMetricsBuyerType.ALL,
    fulfillment_network: str | Unset = UNSET,
    first_day_of_week: GetOrderMetricsFirstDayOfWeek
    | Unset = GetOrderMetricsFirstDayOfWeek.MONDAY,
    asin: str | Unset = UNSET,
    sku: str | Unset = UNSET,
    amazon_program: GetOrderMetricsAmazonProgram | Unset = UNSET,
) -> Response[GetOrderMetricsResponse]:
    """GET /sales/v1/orderMetrics

    Rate limit: 0.5 requests/second, burst 15.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getordermetrics

    Args:
        marketplace_ids (list[str]):
        interval (str):
        granularity_time_zone (str | Unset):
        granularity (GetOrderMetricsGranularity):
        buyer_type (GetOrderMetricsBuyerType | Unset):  Default: GetOrderMetricsBuyerType.ALL.
        fulfillment_network (str | Unset):
        first_day_of_week (GetOrderMetricsFirstDayOfWeek | Unset):  Default:
            GetOrderMetricsFirstDayOfWeek.MONDAY.
        asin (str | Unset):
        sku (str | Unset):
        amazon_program (GetOrderMetricsAmazonProgram | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetOrderMetricsResponse]
    """

    kwargs = _get_kwargs(
        marketplace_ids=marketplace_ids,
        interval=interval,
        granularity_time_zone=granularity_time_zone,
        granularity=granularity,
        buyer_type=buyer_type,
        fulfillment_network=fulfillment_network,
        first_day_of_week=first_day_of_week,
        asin=asin,
        sku=sku,
        amazon_program=amazon_program,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    marketplace_ids: list[str],
    interval: str,
    granularity_time_zone: str | Unset = UNSET,
    granularity: GetOrderMetricsGranularity,
    buyer_type: GetOrderMetricsBuyerType | Unset = GetOrderMetricsBuyerType.ALL,
    fulfillment_network: str | Unset = UNSET,
    first_day_of_week: GetOrderMetricsFirstDayOfWeek
    | Unset = GetOrderMetricsFirstDayOfWeek.MONDAY,
    asin: str | Unset = UNSET,
    sku: str | Unset = UNSET,
    amazon_program: GetOrderMetricsAmazonProgram | Unset = UNSET,
) -> GetOrderMetricsResponse | None:
    """GET /sales/v1/orderMetrics

    Rate limit: 0.5 requests/second, burst 15.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getordermetrics

    Args:
        marketplace_ids (list[str]):
        interval (str):
        granularity_time_zone (str | Unset):
        granularity (GetOrderMetricsGranularity):
        buyer_type (GetOrderMetricsBuyerType | Unset):  Default: GetOrderMetricsBuyerType.ALL.
        fulfillment_network (str | Unset):
        first_day_of_week (GetOrderMetricsFirstDayOfWeek | Unset):  Default:
            GetOrderMetricsFirstDayOfWeek.MONDAY.
        asin (str | Unset):
        sku (str | Unset):
        amazon_program (GetOrderMetricsAmazonProgram | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetOrderMetricsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            marketplace_ids=marketplace_ids,
            interval=interval,
            granularity_time_zone=granularity_time_zone,
            granularity=granularity,
            buyer_type=buyer_type,
            fulfillment_network=fulfillment_network,
            first_day_of_week=first_day_of_week,
            asin=asin,
            sku=sku,
            amazon_program=amazon_program,
        )
    ).parsed
