from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complete_service_job_by_service_job_id_response import (
    CompleteServiceJobByServiceJobIdResponse,
)
from ...types import Response


def _get_kwargs(
    service_job_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/service/v1/serviceJobs/{service_job_id}/completions".format(
            service_job_id=quote(str(service_job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompleteServiceJobByServiceJobIdResponse | None:
    if response.status_code == 200:
        response_200 = CompleteServiceJobByServiceJobIdResponse.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = CompleteServiceJobByServiceJobIdResponse.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 403:
        response_403 = CompleteServiceJobByServiceJobIdResponse.from_dict(
            response.json()
        )

        return response_403

    if response.status_code == 404:
        response_404 = CompleteServiceJobByServiceJobIdResponse.from_dict(
            response.json()
        )

        return response_404

    if response.status_code == 413:
        response_413 = CompleteServiceJobByServiceJobIdResponse.from_dict(
            response.json()
        )

        return response_413

    if response.status_code == 415:
        response_415 = CompleteServiceJobByServiceJobIdResponse.from_dict(
            response.json()
        )

        return response_415

    if response.status_code == 422:
        response_422 = CompleteServiceJobByServiceJobIdResponse.from_dict(
            response.json()
        )

        return response_422

    if response.status_code == 429:
        response_429 = CompleteServiceJobByServiceJobIdResponse.from_dict(
            response.json()
        )

        return response_429

    if response.status_code == 500:
        response_500 = CompleteServiceJobByServiceJobIdResponse.from_dict(
            response.json()
        )

        return response_500

    if response.status_code == 503:
        response_503 = CompleteServiceJobByServiceJobIdResponse.from_dict(
            response.json()
        )

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CompleteServiceJobByServiceJobIdResponse]:
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
) -> Response[CompleteServiceJobByServiceJobIdResponse]:
    """PUT /service/v1/serviceJobs/{serviceJobId}/completions

    Rate limit: 5 requests/second, burst 20.

    Reference: https://developer-docs.amazon.com/sp-api/reference/completeservicejobbyservicejobid

    Args:
        service_job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompleteServiceJobByServiceJobIdResponse]
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
) -> CompleteServiceJobByServiceJobIdResponse | None:
    """PUT /service/v1/serviceJobs/{serviceJobId}/completions

    Rate limit: 5 requests/second, burst 20.

    Reference: https://developer-docs.amazon.com/sp-api/reference/completeservicejobbyservicejobid

    Args:
        service_job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompleteServiceJobByServiceJobIdResponse
    """

    return sync_detailed(
        service_job_id=service_job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    service_job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CompleteServiceJobByServiceJobIdResponse]:
    """PUT /service/v1/serviceJobs/{serviceJobId}/completions

    Rate limit: 5 requests/second, burst 20.

    Reference: https://developer-docs.amazon.com/sp-api/reference/completeservicejobbyservicejobid

    Args:
        service_job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompleteServiceJobByServiceJobIdResponse]
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
) -> CompleteServiceJobByServiceJobIdResponse | None:
    """PUT /service/v1/serviceJobs/{serviceJobId}/completions

    Rate limit: 5 requests/second, burst 20.

    Reference: https://developer-docs.amazon.com/sp-api/reference/completeservicejobbyservicejobid

    Args:
        service_job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompleteServiceJobByServiceJobIdResponse
    """

    return (
        await asyncio_detailed(
            service_job_id=service_job_id,
            client=client,
        )
    ).parsed
