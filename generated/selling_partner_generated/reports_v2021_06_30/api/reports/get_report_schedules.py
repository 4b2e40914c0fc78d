from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.report_schedule_list import ReportScheduleList
from ...types import UNSET, Response


def _get_kwargs(
    *,
    report_types: list[str],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_report_types = report_types

    params["reportTypes"] = json_report_types

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reports/2021-06-30/schedules",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | ReportScheduleList | None:
    if response.status_code == 200:
        response_200 = ReportScheduleList.from_dict(response.json())

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
) -> Response[ErrorList | ReportScheduleList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    report_types: list[str],
) -> Response[ErrorList | ReportScheduleList]:
    """GET /reports/2021-06-30/schedules

    Rate limit: 0.0222 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getreportschedules

    Args:
        report_types (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ReportScheduleList]
    """

    kwargs = _get_kwargs(
        report_types=report_types,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    report_types: list[str],
) -> ErrorList | ReportScheduleList | None:
    """GET /reports/2021-06-30/schedules

    Rate limit: 0.0222 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getreportschedules

    Args:
        report_types (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ReportScheduleList
    """

    return sync_detailed(
        client=client,
        report_types=report_types,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    report_types: list[str],
) -> Response[ErrorList | ReportScheduleList]:
    """GET /reports/2021-06-30/schedules

    Rate limit: 0.0222 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getreportschedules

    Args:
        report_types (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ReportScheduleList]
    """

    kwargs = _get_kwargs(
        report_types=report_types,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    report_types: list[str],
) -> ErrorList | ReportScheduleList | None:
    """GET /reports/2021-06-30/schedules

    Rate limit: 0.0222 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getreportschedules

    Args:
        report_types (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ReportScheduleList
    """

    return (
        await asyncio_detailed(
            client=client,
            report_types=report_types,
        )
    ).parsed
