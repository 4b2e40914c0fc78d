from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.generate_transportation_options_request import (
    GenerateTransportationOptionsRequest,
)
from ...models.generate_transportation_options_response import (
    GenerateTransportationOptionsResponse,
)
from ...types import Response


def _get_kwargs(
    inbound_plan_id: str,
    *,
    body: GenerateTransportationOptionsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/inbound/fba/2024-03-20/inboundPlans/{inbound_plan_id}/transportationOptions".format(
            inbound_plan_id=quote(str(inbound_plan_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | GenerateTransportationOptionsResponse | None:
    if response.status_code == 202:
        response_202 = GenerateTransportationOptionsResponse.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = ErrorList.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorList.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorList.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = ErrorList.from_dict(response.json())

        return response_413

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
) -> Response[ErrorList | GenerateTransportationOptionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    inbound_plan_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GenerateTransportationOptionsRequest,
) -> Response[ErrorList | GenerateTransportationOptionsResponse]:
    """POST /inbound/fba/2024-03-20/inboundPlans/{inboundPlanId}/transportationOptions

    Rate limit: 2 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/generatetransportationoptions

    Args:
        inbound_plan_id (str):
        body (GenerateTransportationOptionsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | GenerateTransportationOptionsResponse]
    """

    kwargs = _get_kwargs(
        inbound_plan_id=inbound_plan_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    inbound_plan_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GenerateTransportationOptionsRequest,
) -> ErrorList | GenerateTransportationOptionsResponse | None:
    """POST /inbound/fba/2024-03-20/inboundPlans/{inboundPlanId}/transportationOptions

    Rate limit: 2 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/generatetransportationoptions

    Args:
        inbound_plan_id (str):
        body (GenerateTransportationOptionsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | GenerateTransportationOptionsResponse
    """

    return sync_detailed(
        inbound_plan_id=inbound_plan_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    inbound_plan_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GenerateTransportationOptionsRequest,
) -> Response[ErrorList | GenerateTransportationOptionsResponse]:
    """POST /inbound/fba/2024-03-20/inboundPlans/{inboundPlanId}/transportationOptions

    Rate limit: 2 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/generatetransportationoptions

    Args:
        inbound_plan_id (str):
        body (GenerateTransportationOptionsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | GenerateTransportationOptionsResponse]
    """

    kwargs = _get_kwargs(
        inbound_plan_id=inbound_plan_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    inbound_plan_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GenerateTransportationOptionsRequest,
) -> ErrorList | GenerateTransportationOptionsResponse | None:
    """POST /inbound/fba/2024-03-20/inboundPlans/{inboundPlanId}/transportationOptions

    Rate limit: 2 requests/second, burst 2.

    Reference: https://developer-docs.amazon.com/sp-api/reference/generatetransportationoptions

    Args:
        inbound_plan_id (str):
        body (GenerateTransportationOptionsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | GenerateTransportationOptionsResponse
    """

    return (
        await asyncio_detailed(
            inbound_plan_id=inbound_plan_id,
            client=client,
            body=body,
        )
    ).parsed
