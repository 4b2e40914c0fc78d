from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.reschedule_appointment_request import RescheduleAppointmentRequest
from ...models.set_appointment_response import SetAppointmentResponse
from ...types import Response


def _get_kwargs(
    service_job_id: str,
    appointment_id: str,
    *,
    body: RescheduleAppointmentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/service/v1/serviceJobs/{service_job_id}/appointments/{appointment_id}".format(
            service_job_id=quote(str(service_job_id), safe=""),
            appointment_id=quote(str(appointment_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SetAppointmentResponse | None:
    if response.status_code == 200:
        response_200 = SetAppointmentResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = SetAppointmentResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = SetAppointmentResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = SetAppointmentResponse.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = SetAppointmentResponse.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = SetAppointmentResponse.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = SetAppointmentResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = SetAppointmentResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = SetAppointmentResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = SetAppointmentResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SetAppointmentResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    service_job_id: str,
    appointment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RescheduleAppointmentRequest,
) -> Response[SetAppointmentResponse]:
    """POST /service/v1/serviceJobs/{serviceJobId}/appointments/{appointmentId}

    Rate limit: 5 requests/second, burst 20.

    Reference: https://developer-docs.amazon.com/sp-
    api/reference/rescheduleappointmentforservicejobbyservicejobid

    Args:
        service_job_id (str):
        appointment_id (str):
        body (RescheduleAppointmentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SetAppointmentResponse]
    """

    kwargs = _get_kwargs(
        service_job_id=service_job_id,
        appointment_id=appointment_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_job_id: str,
    appointment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RescheduleAppointmentRequest,
) -> SetAppointmentResponse | None:
    """POST /service/v1/serviceJobs/{serviceJobId}/appointments/{appointmentId}

    Rate limit: 5 requests/second, burst 20.

    Reference: https://developer-docs.amazon.com/sp-
    api/reference/rescheduleappointmentforservicejobbyservicejobid

    Args:
        service_job_id (str):
        appointment_id (str):
        body (RescheduleAppointmentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SetAppointmentResponse
    """

    return sync_detailed(
        service_job_id=service_job_id,
        appointment_id=appointment_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    service_job_id: str,
    appointment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RescheduleAppointmentRequest,
) -> Response[SetAppointmentResponse]:
    """POST /service/v1/serviceJobs/{serviceJobId}/appointments/{appointmentId}

    Rate limit: 5 requests/second, burst 20.

    Reference: https://developer-docs.amazon.com/sp-
    api/reference/rescheduleappointmentforservicejobbyservicejobid

    Args:
        service_job_id (str):
        appointment_id (str):
        body (RescheduleAppointmentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SetAppointmentResponse]
    """

    kwargs = _get_kwargs(
        service_job_id=service_job_id,
        appointment_id=appointment_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_job_id: str,
    appointment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RescheduleAppointmentRequest,
) -> SetAppointmentResponse | None:
    """POST /service/v1/serviceJobs/{serviceJobId}/appointments/{appointmentId}

    Rate limit: 5 requests/second, burst 20.

    Reference: https://developer-docs.amazon.com/sp-
    api/reference/rescheduleappointmentforservicejobbyservicejobid

    Args:
        service_job_id (str):
        appointment_id (str):
        body (RescheduleAppointmentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SetAppointmentResponse
    """

    return (
        await asyncio_detailed(
            service_job_id=service_job_id,
            appointment_id=appointment_id,
            client=client,
            body=body,
        )
    ).parsed
