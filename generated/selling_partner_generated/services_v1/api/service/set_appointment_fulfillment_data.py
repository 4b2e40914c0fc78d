from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.set_appointment_fulfillment_data_request import (
    SetAppointmentFulfillmentDataRequest,
)
from ...types import Response


def _get_kwargs(
    service_job_id: str,
    appointment_id: str,
    *,
    body: SetAppointmentFulfillmentDataRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/service/v1/serviceJobs/{service_job_id}/appointments/{appointment_id}/fulfillment".format(
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
) -> Any | list[Error] | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = []
        _response_400 = response.json()
        for componentsschemas_error_list_item_data in _response_400:
            componentsschemas_error_list_item = Error.from_dict(
                componentsschemas_error_list_item_data
            )

            response_400.append(componentsschemas_error_list_item)

        return response_400

    if response.status_code == 403:
        response_403 = []
        _response_403 = response.json()
        for componentsschemas_error_list_item_data in _response_403:
            componentsschemas_error_list_item = Error.from_dict(
                componentsschemas_error_list_item_data
            )

            response_403.append(componentsschemas_error_list_item)

        return response_403

    if response.status_code == 404:
        response_404 = []
        _response_404 = response.json()
        for componentsschemas_error_list_item_data in _response_404:
            componentsschemas_error_list_item = Error.from_dict(
                componentsschemas_error_list_item_data
            )

            response_404.append(componentsschemas_error_list_item)

        return response_404

    if response.status_code == 413:
        response_413 = []
        _response_413 = response.json()
        for componentsschemas_error_list_item_data in _response_413:
            componentsschemas_error_list_item = Error.from_dict(
                componentsschemas_error_list_item_data
            )

            response_413.append(componentsschemas_error_list_item)

        return response_413

    if response.status_code == 415:
        response_415 = []
        _response_415 = response.json()
        for componentsschemas_error_list_item_data in _response_415:
            componentsschemas_error_list_item = Error.from_dict(
                componentsschemas_error_list_item_data
            )

            response_415.append(componentsschemas_error_list_item)

        return response_415

    if response.status_code == 422:
        response_422 = []
        _response_422 = response.json()
        for componentsschemas_error_list_item_data in _response_422:
            componentsschemas_error_list_item = Error.from_dict(
                componentsschemas_error_list_item_data
            )

            response_422.append(componentsschemas_error_list_item)

        return response_422

    if response.status_code == 429:
        response_429 = []
        _response_429 = response.json()
        for componentsschemas_error_list_item_data in _response_429:
            componentsschemas_error_list_item = Error.from_dict(
                componentsschemas_error_list_item_data
            )

            response_429.append(componentsschemas_error_list_item)

        return response_429

    if response.status_code == 500:
        response_500 = []
        _response_500 = response.json()
        for componentsschemas_error_list_item_data in _response_500:
            componentsschemas_error_list_item = Error.from_dict(
                componentsschemas_error_list_item_data
            )

            response_500.append(componentsschemas_error_list_item)

        return response_500

    if response.status_code == 503:
        response_503 = []
        _response_503 = response.json()
        for componentsschemas_error_list_item_data in _response_503:
            componentsschemas_error_list_item = Error.from_dict(
                componentsschemas_error_list_item_data
            )

            response_503.append(componentsschemas_error_list_item)

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | list[Error]]:
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
    body: SetAppointmentFulfillmentDataRequest,
) -> Response[Any | list[Error]]:
    """PUT /service/v1/serviceJobs/{serviceJobId}/appointments/{appointmentId}/fulfillment

    Rate limit: 5 requests/second, burst 20.

    Reference: https://developer-docs.amazon.com/sp-api/reference/setappointmentfulfillmentdata

    Args:
        service_job_id (str):
        appointment_id (str):
        body (SetAppointmentFulfillmentDataRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[Error]]
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
    body: SetAppointmentFulfillmentDataRequest,
) -> Any | list[Error] | None:
    """PUT /service/v1/serviceJobs/{serviceJobId}/appointments/{appointmentId}/fulfillment

    Rate limit: 5 requests/second, burst 20.

    Reference: https://developer-docs.amazon.com/sp-api/reference/setappointmentfulfillmentdata

    Args:
        service_job_id (str):
        appointment_id (str):
        body (SetAppointmentFulfillmentDataRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[Error]
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
    body: SetAppointmentFulfillmentDataRequest,
) -> Response[Any | list[Error]]:
    """PUT /service/v1/serviceJobs/{serviceJobId}/appointments/{appointmentId}/fulfillment

    Rate limit: 5 requests/second, burst 20.

    Reference: https://developer-docs.amazon.com/sp-api/reference/setappointmentfulfillmentdata

    Args:
        service_job_id (str):
        appointment_id (str):
        body (SetAppointmentFulfillmentDataRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[Error]]
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
    body: SetAppointmentFulfillmentDataRequest,
) -> Any | list[Error] | None:
    """PUT /service/v1/serviceJobs/{serviceJobId}/appointments/{appointmentId}/fulfillment

    Rate limit: 5 requests/second, burst 20.

    Reference: https://developer-docs.amazon.com/sp-api/reference/setappointmentfulfillmentdata

    Args:
        service_job_id (str):
        appointment_id (str):
        body (SetAppointmentFulfillmentDataRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[Error]
    """

    return (
        await asyncio_detailed(
            service_job_id=service_job_id,
            appointment_id=appointment_id,
            client=client,
            body=body,
        )
    ).parsed
