from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.report_schedule import ReportSchedule
from ...types import Response


def _get_kwargs(
    report_schedule_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reports/2021-06-30/schedules/{report_schedule_id}".format(
            report_schedule_id=quote(str(report_schedule_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | ReportSchedule | None:
    if response.status_code == 200:
        response_200 = ReportSchedule.from_dict(response.json())

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
) -> Response[ErrorList | ReportSchedule]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    report_schedule_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorList | ReportSchedule]:
    """GET /reports/2021-06-30/schedules/{reportScheduleId}

    Rate limit: 0.0222 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getreportschedule

    Args:
        report_schedule_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ReportSchedule]
    """

    kwargs = _get_kwargs(
        report_schedule_id=report_schedule_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    report_schedule_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorList | ReportSchedule | None:
    """GET /reports/2021-06-30/schedules/{reportScheduleId}

    Rate limit: 0.0222 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getreportschedule

    Args:
        report_schedule_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ReportSchedule
    """

    return sync_detailed(
        report_schedule_id=report_schedule_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    report_schedule_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorList | ReportSchedule]:
    """GET /reports/2021-06-30/schedules/{reportScheduleId}

    Rate limit: 0.0222 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getreportschedule

    Args:
        report_schedule_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ReportSchedule]
    """

    kwargs = _get_kwargs(
        report_schedule_id=report_schedule_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    report_schedule_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorList | ReportSchedule | None:
    """GET /reports/2021-06-30/schedules/{reportScheduleId}

    Rate limit: 0.0222 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getreportschedule

    Args:
        report_schedule_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ReportSchedule
    """

    return (
        await asyncio_detailed(
            report_schedule_id=report_schedule_id,
            client=client,
        )
    ).parsed
