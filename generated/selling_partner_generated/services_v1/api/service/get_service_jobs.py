from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_service_jobs_response import GetServiceJobsResponse
from ...models.get_service_jobs_service_job_status_item import (
    GetServiceJobsServiceJobStatusItem,
)
from ...models.get_service_jobs_sort_field import GetServiceJobsSortField
from ...models.get_service_jobs_sort_order import GetServiceJobsSortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    service_order_ids: list[str] | Unset = UNSET,
    product_order_ids: list[str] | Unset = UNSET,
    tracking_ids: list[str] | Unset = UNSET,
    service_job_status: list[GetServiceJobsServiceJobStatusItem] | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = 20,
    sort_field: GetServiceJobsSortField | Unset = UNSET,
    sort_order: GetServiceJobsSortOrder | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    last_updated_after: str | Unset = UNSET,
    last_updated_before: str | Unset = UNSET,
    schedule_start_date: str | Unset = UNSET,
    schedule_end_date: str | Unset = UNSET,
    marketplace_ids: list[str],
    asins: list[str] | Unset = UNSET,
    required_skills: list[str] | Unset = UNSET,
    store_ids: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_service_order_ids: list[str] | Unset = UNSET
    if not isinstance(service_order_ids, Unset):
        json_service_order_ids = service_order_ids

    params["serviceOrderIds"] = json_service_order_ids

    json_product_order_ids: list[str] | Unset = UNSET
    if not isinstance(product_order_ids, Unset):
        json_product_order_ids = product_order_ids

    params["productOrderIds"] = json_product_order_ids

    json_tracking_ids: list[str] | Unset = UNSET
    if not isinstance(tracking_ids, Unset):
        json_tracking_ids = tracking_ids

    params["trackingIds"] = json_tracking_ids

    json_service_job_status: list[str] | Unset = UNSET
    if not isinstance(service_job_status, Unset):
        json_service_job_status = []
        for service_job_status_item_data in service_job_status:
            service_job_status_item = service_job_status_item_data.value
            json_service_job_status.append(service_job_status_item)

    params["serviceJobStatus"] = json_service_job_status

    params["pageToken"] = page_token

    params["pageSize"] = page_size

    json_sort_field: str | Unset = UNSET
    if not isinstance(sort_field, Unset):
        json_sort_field = sort_field.value

    params["sortField"] = json_sort_field

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    params["createdAfter"] = created_after

    params["createdBefore"] = created_before

    params["lastUpdatedAfter"] = last_updated_after

    params["lastUpdatedBefore"] = last_updated_before

    params["scheduleStartDate"] = schedule_start_date

    params["scheduleEndDate"] = schedule_end_date

    json_marketplace_ids = marketplace_ids

    params["marketplaceIds"] = json_marketplace_ids

    json_asins: list[str] | Unset = UNSET
    if not isinstance(asins, Unset):
        json_asins = asins

    params["asins"] = json_asins

    json_required_skills: list[str] | Unset = UNSET
    if not isinstance(required_skills, Unset):
        json_required_skills = required_skills

    params["requiredSkills"] = json_required_skills

    json_store_ids: list[str] | Unset = UNSET
    if not isinstance(store_ids, Unset):
        json_store_ids = store_ids

    params["storeIds"] = json_store_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/service/v1/serviceJobs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetServiceJobsResponse | None:
    if response.status_code == 200:
        response_200 = GetServiceJobsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetServiceJobsResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = GetServiceJobsResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetServiceJobsResponse.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = GetServiceJobsResponse.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = GetServiceJobsResponse.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = GetServiceJobsResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetServiceJobsResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetServiceJobsResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetServiceJobsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    service_order_ids: list[str] | Unset = UNSET,
    product_order_ids: list[str] | Unset = UNSET,
    tracking_ids: list[str] | Unset = UNSET,
    service_job_status: list[GetServiceJobsServiceJobStatusItem] | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = 20,
    sort_field: GetServiceJobsSortField | Unset = UNSET,
    sort_order: GetServiceJobsSortOrder | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    last_updated_after: str | Unset = UNSET,
    last_updated_before: str | Unset = UNSET,
    schedule_start_date: str | Unset = UNSET,
    schedule_end_date: str | Unset = UNSET,
    marketplace_ids: list[str],
    asins: list[str] | Unset = UNSET,
    required_skills: list[str] | Unset = UNSET,
    store_ids: list[str] | Unset = UNSET,
) -> Response[GetServiceJobsResponse]:
    """GET /service/v1/serviceJobs

    Rate limit: 10 requests/second, burst 40.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getservicejobs

    Args:
        service_order_ids (list[str] | Unset):
        product_order_ids (list[str] | Unset):
        tracking_ids (list[str] | Unset):
        service_job_status (list[GetServiceJobsServiceJobStatusItem] | Unset):
        page_token (str | Unset):
        page_size (int | Unset):  Default: 20.
        sort_field (GetServiceJobsSortField | Unset):
        sort_order (GetServiceJobsSortOrder | Unset):
        created_after (str | Unset):
        created_before (str | Unset):
        last_updated_after (str | Unset):
        last_updated_before (str | Unset):
        schedule_start_date (str | Unset):
        schedule_end_date (str | Unset):
        marketplace_ids (list[str]):
        asins (list[str] | Unset):
        required_skills (list[str] | Unset):
        store_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetServiceJobsResponse]
    """

    kwargs = _get_kwargs(
        service_order_ids=service_order_ids,
        product_order_ids=product_order_ids,
        tracking_ids=tracking_ids,
        service_job_status=service_job_status,
        page_token=page_token,
        page_size=page_size,
        sort_field=sort_field,
        sort_order=sort_order,
        created_after=created_after,
        created_before=created_before,
        last_updated_after=last_updated_after,
        last_updated_before=last_updated_before,
        schedule_start_date=schedule_start_date,
        schedule_end_date=schedule_end_date,
        marketplace_ids=marketplace_ids,
        asins=asins,
        required_skills=required_skills,
        store_ids=store_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    service_order_ids: list[str] | Unset = UNSET,
    product_order_ids: list[str] | Unset = UNSET,
    tracking_ids: list[str] | Unset = UNSET,
    service_job_status: list[GetServiceJobsServiceJobStatusItem] | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = 20,
    sort_field: GetServiceJobsSortField | Unset = UNSET,
    sort_order: GetServiceJobsSortOrder | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    last_updated_after: str | Unset = UNSET,
    last_updated_before: str | Unset = UNSET,
    schedule_start_date: str | Unset = UNSET,
    schedule_end_date: str | Unset = UNSET,
    marketplace_ids: list[str],
    asins: list[str] | Unset = UNSET,
    required_skills: list[str] | Unset = UNSET,
    store_ids: list[str] | Unset = UNSET,
) -> GetServiceJobsResponse | None:
    """GET /service/v1/serviceJobs

    Rate limit: 10 requests/second, burst 40.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getservicejobs

    Args:
        service_order_ids (list[str] | Unset):
        product_order_ids (list[str] | Unset):
        tracking_ids (list[str] | Unset):
        service_job_status (list[GetServiceJobsServiceJobStatusItem] | Unset):
        page_token (str | Unset):
        page_size (int | Unset):  Default: 20.
        sort_field (GetServiceJobsSortField | Unset):
        sort_order (GetServiceJobsSortOrder | Unset):
        created_after (str | Unset):
        created_before (str | Unset):
        last_updated_after (str | Unset):
        last_updated_before (str | Unset):
        schedule_start_date (str | Unset):
        schedule_end_date (str | Unset):
        marketplace_ids (list[str]):
        asins (list[str] | Unset):
        required_skills (list[str] | Unset):
        store_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetServiceJobsResponse
    """

    return sync_detailed(
        client=client,
        service_order_ids=service_order_ids,
        product_order_ids=product_order_ids,
        tracking_ids=tracking_ids,
        service_job_status=service_job_status,
        page_token=page_token,
        page_size=page_size,
        sort_field=sort_field,
        sort_order=sort_order,
        created_after=created_after,
        created_before=created_before,
        last_updated_after=last_updated_after,
        last_updated_before=last_updated_before,
        schedule_start_date=schedule_start_date,
        schedule_end_date=schedule_end_date,
        marketplace_ids=marketplace_ids,
        asins=asins,
        required_skills=required_skills,
        store_ids=store_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    service_order_ids: list[str] | Unset = UNSET,
    product_order_ids: list[str] | Unset = UNSET,
    tracking_ids: list[str] | Unset = UNSET,
    service_job_status: list[GetServiceJobsServiceJobStatusItem] | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = 20,
    sort_field: GetServiceJobsSortField | Unset = UNSET,
    sort_order: GetServiceJobsSortOrder | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    last_updated_after: str | Unset = UNSET,
    last_updated_before: str | Unset = UNSET,
    schedule_start_date: str | Unset = UNSET,
    schedule_end_date: str | Unset = UNSET,
    marketplace_ids: list[str],
    asins: list[str] | Unset = UNSET,
    required_skills: list[str] | Unset = UNSET,
    store_ids: list[str] | Unset = UNSET,
) -> Response[GetServiceJobsResponse]:
    """GET /service/v1/serviceJobs

    Rate limit: 10 requests/second, burst 40.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getservicejobs

    Args:
        service_order_ids (list[str] | Unset):
        product_order_ids (list[str] | Unset):
        tracking_ids (list[str] | Unset):
        service_job_status (list[GetServiceJobsServiceJobStatusItem] | Unset):
        page_token (str | Unset):
        page_size (int | Unset):  Default: 20.
        sort_field (GetServiceJobsSortField | Unset):
        sort_order (GetServiceJobsSortOrder | Unset):
        created_after (str | Unset):
        created_before (str | Unset):
        last_updated_after (str | Unset):
        last_updated_before (str | Unset):
        schedule_start_date (str | Unset):
        schedule_end_date (str | Unset):
        marketplace_ids (list[str]):
        asins (list[str] | Unset):
        required_skills (list[str] | Unset):
        store_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetServiceJobsResponse]
    """

    kwargs = _get_kwargs(
        service_order_ids=service_order_ids,
        product_order_ids=product_order_ids,
        tracking_ids=tracking_ids,
        service_job_status=service_job_status,
        page_token=page_token,
        page_size=page_size,
        sort_field=sort_field,
        sort_order=sort_order,
        created_after=created_after,
        created_before=created_before,
        last_updated_after=last_updated_after,
        last_updated_before=last_updated_before,
        schedule_start_date=schedule_start_date,
        schedule_end_date=schedule_end_date,
        marketplace_ids=marketplace_ids,
        asins=asins,
        required_skills=required_skills,
        store_ids=store_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    service_order_ids: list[str] | Unset = UNSET,
    product_order_ids: list[str] | Unset = UNSET,
    tracking_ids: list[str] | Unset = UNSET,
    service_job_status: list[GetServiceJobsServiceJobStatusItem] | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = 20,
    sort_field: GetServiceJobsSortField | Unset = UNSET,
    sort_order: GetServiceJobsSortOrder | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    last_updated_after: str | Unset = UNSET,
    last_updated_before: str | Unset = UNSET,
    schedule_start_date: str | Unset = UNSET,
    schedule_end_date: str | Unset = UNSET,
    marketplace_ids: list[str],
    asins: list[str] | Unset = UNSET,
    required_skills: list[str] | Unset = UNSET,
    store_ids: list[str] | Unset = UNSET,
) -> GetServiceJobsResponse | None:
    """GET /service/v1/serviceJobs

    Rate limit: 10 requests/second, burst 40.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getservicejobs

    Args:
        service_order_ids (list[str] | Unset):
        product_order_ids (list[str] | Unset):
        tracking_ids (list[str] | Unset):
        service_job_status (list[GetServiceJobsServiceJobStatusItem] | Unset):
        page_token (str | Unset):
        page_size (int | Unset):  Default: 20.
        sort_field (GetServiceJobsSortField | Unset):
        sort_order (GetServiceJobsSortOrder | Unset):
        created_after (str | Unset):
        created_before (str | Unset):
        last_updated_after (str | Unset):
        last_updated_before (str | Unset):
        schedule_start_date (str | Unset):
        schedule_end_date (str | Unset):
        marketplace_ids (list[str]):
        asins (list[str] | Unset):
        required_skills (list[str] | Unset):
        store_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetServiceJobsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            service_order_ids=service_order_ids,
            product_order_ids=product_order_ids,
            tracking_ids=tracking_ids,
            service_job_status=service_job_status,
            page_token=page_token,
            page_size=page_size,
            sort_field=sort_field,
            sort_order=sort_order,
            created_after=created_after,
            created_before=created_before,
            last_updated_after=last_updated_after,
            last_updated_before=last_updated_before,
            schedule_start_date=schedule_start_date,
            schedule_end_date=schedule_end_date,
            marketplace_ids=marketplace_ids,
            asins=asins,
            required_skills=required_skills,
            store_ids=store_ids,
        )
    ).parsed
