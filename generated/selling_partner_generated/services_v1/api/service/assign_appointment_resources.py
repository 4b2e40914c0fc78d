from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assign_appointment_resources_request import (
    AssignAppointmentResourcesRequest,
)
from ...models.assign_appointment_resources_response import (
    AssignAppointmentResourcesResponse,
)
from ...types import Response


def _get_kwargs(
    service_job_id: str,
    appointment_id: str,
    *,
    body: AssignAppointmentResourcesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/service/v1/serviceJobs/{service_job_id}/appointments/{appointment_id}/resources".format(
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
) -> AssignAppointmentResourcesResponse | None:
    if response.status_code == 200:
        response_200 = AssignAppointmentResourcesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = AssignAppointmentResourcesResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = AssignAppointmentResourcesResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = AssignAppointmentResourcesResponse.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = AssignAppointmentResourcesResponse.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = AssignAppointmentResourcesResponse.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = AssignAppointmentResourcesResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = AssignAppointmentResourcesResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = AssignAppointmentResourcesResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = AssignAppointmentResourcesResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AssignAppointmentResourcesResponse]:
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
    body: AssignAppointmentResourcesRequest,
) -> Response[AssignAppointmentResourcesResponse]:
    """PUT /service/v1/serviceJobs/{serviceJobId}/appointments/{appointmentId}/resources

    Rate limit: 1 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/assignappointmentresources

    Args:
        service_job_id (str):
        appointment_id (str):
        body (AssignAppointmentResourcesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssignAppointmentResourcesResponse]
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
    body: AssignAppointmentResourcesRequest,
) -> AssignAppointmentResourcesResponse | None:
    """PUT /service/v1/serviceJobs/{serviceJobId}/appointments/{appointmentId}/resources

    Rate limit: 1 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/assignappointmentresources

    Args:
        service_job_id (str):
        appointment_id (str):
        body (AssignAppointmentResourcesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssignAppointmentResourcesResponse
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
    body: AssignAppointmentResourcesRequest,
) -> Response[AssignAppointmentResourcesResponse]:
    """PUT /service/v1/serviceJobs/{serviceJobId}/appointments/{appointmentId}/resources

    Rate limit: 1 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/assignappointmentresources

    Args:
        service_job_id (str):
        appointment_id (str):
        body (AssignAppointmentResourcesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssignAppointmentResourcesResponse]
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
    body: AssignAppointmentResourcesRequest,
) -> AssignAppointmentResourcesResponse | None:
    """PUT /service/v1/serviceJobs/{serviceJobId}/appointments/{appointmentId}/resources

    Rate limit: 1 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/assignappointmentresources

    Args:
        service_job_id (str):
        appointment_id (str):
        body (AssignAppointmentResourcesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssignAppointmentResourcesResponse
    """

    return (
        await asyncio_detailed(
            service_job_id=service_job_id,
            appointment_id=appointment_id,
            client=client,
            body=body,
        )
    ).parsed
