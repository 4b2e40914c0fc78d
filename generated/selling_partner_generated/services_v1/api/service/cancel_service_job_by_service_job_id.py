from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_service_job_by_service_job_id_response import (
    CancelServiceJobByServiceJobIdResponse,
)
from ...types import UNSET, Response


def _get_kwargs(
    service_job_id: str,
    *,
    cancellation_reason_code: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cancellationReasonCode"] = cancellation_reason_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/service/v1/serviceJobs/{service_job_id}/cancellations".format(
            service_job_id=quote(str(service_job_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CancelServiceJobByServiceJobIdResponse | None:
    if response.status_code == 200:
        response_200 = CancelServiceJobByServiceJobIdResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CancelServiceJobByServiceJobIdResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = CancelServiceJobByServiceJobIdResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = CancelServiceJobByServiceJobIdResponse.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = CancelServiceJobByServiceJobIdResponse.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = CancelServiceJobByServiceJobIdResponse.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = CancelServiceJobByServiceJobIdResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CancelServiceJobByServiceJobIdResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = CancelServiceJobByServiceJobIdResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = CancelServiceJobByServiceJobIdResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CancelServiceJobByServiceJobIdResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    service_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    cancellation_reason_code: str,
) -> Response[CancelServiceJobByServiceJobIdResponse]:
    """PUT /service/v1/serviceJobs/{serviceJobId}/cancellations

    Rate limit: 5 requests/second, burst 20.

    Reference: https://developer-docs.amazon.com/sp-api/reference/cancelservicejobbyservicejobid

    Args:
        service_job_id (str):
        cancellation_reason_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelServiceJobByServiceJobIdResponse]
    """

    kwargs = _get_kwargs(
        service_job_id=service_job_id,
        cancellation_reason_code=cancellation_reason_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    cancellation_reason_code: str,
) -> CancelServiceJobByServiceJobIdResponse | None:
    """PUT /service/v1/serviceJobs/{serviceJobId}/cancellations

    Rate limit: 5 requests/second, burst 20.

    Reference: https://developer-docs.amazon.com/sp-api/reference/cancelservicejobbyservicejobid

    Args:
        service_job_id (str):
        cancellation_reason_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelServiceJobByServiceJobIdResponse
    """

    return sync_detailed(
        service_job_id=service_job_id,
        client=client,
        cancellation_reason_code=cancellation_reason_code,
    ).parsed


async def asyncio_detailed(
    service_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    cancellation_reason_code: str,
) -> Response[CancelServiceJobByServiceJobIdResponse]:
    """PUT /service/v1/serviceJobs/{serviceJobId}/cancellations

    Rate limit: 5 requests/second, burst 20.

    Reference: https://developer-docs.amazon.com/sp-api/reference/cancelservicejobbyservicejobid

    Args:
        service_job_id (str):
        cancellation_reason_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelServiceJobByServiceJobIdResponse]
    """

    kwargs = _get_kwargs(
        service_job_id=service_job_id,
        cancellation_reason_code=cancellation_reason_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    cancellation_reason_code: str,
) -> CancelServiceJobByServiceJobIdResponse | None:
    """PUT /service/v1/serviceJobs/{serviceJobId}/cancellations

    Rate limit: 5 requests/second, burst 20.

    Reference: https://developer-docs.amazon.com/sp-api/reference/cancelservicejobbyservicejobid

    Args:
        service_job_id (str):
        cancellation_reason_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelServiceJobByServiceJobIdResponse
    """

    return (
        await asyncio_detailed(
            service_job_id=service_job_id,
            client=client,
            cancellation_reason_code=cancellation_reason_code,
        )
    ).parsed
