from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_service_job_by_service_job_id_response import (
    GetServiceJobByServiceJobIdResponse,
)
from ...types import Response


def _get_kwargs(
    service_job_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/service/v1/serviceJobs/{service_job_id}".format(
            service_job_id=quote(str(service_job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetServiceJobByServiceJobIdResponse | None:
    if response.status_code == 200:
        response_200 = GetServiceJobByServiceJobIdResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetServiceJobByServiceJobIdResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = GetServiceJobByServiceJobIdResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetServiceJobByServiceJobIdResponse.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = GetServiceJobByServiceJobIdResponse.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = GetServiceJobByServiceJobIdResponse.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = GetServiceJobByServiceJobIdResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetServiceJobByServiceJobIdResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetServiceJobByServiceJobIdResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetServiceJobByServiceJobIdResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetServiceJobByServiceJobIdResponse]:
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
) -> Response[GetServiceJobByServiceJobIdResponse]:
    """GET /service/v1/serviceJobs/{serviceJobId}

    Rate limit: 20 requests/second, burst 40.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getservicejobbyservicejobid

    Args:
        service_job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetServiceJobByServiceJobIdResponse]
    """

    kwargs = _get_kwargs(
        service_job_id=service_job_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetServiceJobByServiceJobIdResponse | None:
    """GET /service/v1/serviceJobs/{serviceJobId}

    Rate limit: 20 requests/second, burst 40.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getservicejobbyservicejobid

    Args:
        service_job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetServiceJobByServiceJobIdResponse
    """

    return sync_detailed(
        service_job_id=service_job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    service_job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetServiceJobByServiceJobIdResponse]:
    """GET /service/v1/serviceJobs/{serviceJobId}

    Rate limit: 20 requests/second, burst 40.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getservicejobbyservicejobid

    Args:
        service_job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetServiceJobByServiceJobIdResponse]
    """

    kwargs = _get_kwargs(
        service_job_id=service_job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetServiceJobByServiceJobIdResponse | None:
    """GET /service/v1/serviceJobs/{serviceJobId}

    Rate limit: 20 requests/second, burst 40.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getservicejobbyservicejobid

    Args:
        service_job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetServiceJobByServiceJobIdResponse
    """

    return (
        await asyncio_detailed(
            service_job_id=service_job_id,
            client=client,
        )
    ).parsed
