from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fees_estimate_by_id_request import FeesEstimateByIdRequest
from ...models.fees_estimate_result import FeesEstimateResult
from ...models.get_my_fees_estimates_error_list import GetMyFeesEstimatesErrorList
from ...types import Response


def _get_kwargs(
    *,
    body: list[FeesEstimateByIdRequest],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/products/fees/v0/feesEstimate",
    }

    _kwargs["json"] = []
    for componentsschemas_get_my_fees_estimates_request_item_data in body:
        componentsschemas_get_my_fees_estimates_request_item = (
            componentsschemas_get_my_fees_estimates_request_item_data.to_dict()
        )
        _kwargs["json"].append(componentsschemas_get_my_fees_estimates_request_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetMyFeesEstimatesErrorList | list[FeesEstimateResult] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_get_my_fees_estimates_response_item_data in _response_200:
            componentsschemas_get_my_fees_estimates_response_item = (
                FeesEstimateResult.from_dict(
                    componentsschemas_get_my_fees_estimates_response_item_data
                )
            )

            response_200.append(componentsschemas_get_my_fees_estimates_response_item)

        return response_200

    if response.status_code == 400:
        response_400 = GetMyFeesEstimatesErrorList.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetMyFeesEstimatesErrorList.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetMyFeesEstimatesErrorList.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetMyFeesEstimatesErrorList.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetMyFeesEstimatesErrorList.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetMyFeesEstimatesErrorList.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetMyFeesEstimatesErrorList.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetMyFeesEstimatesErrorList | list[FeesEstimateResult]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[FeesEstimateByIdRequest],
) -> Response[GetMyFeesEstimatesErrorList | list[FeesEstimateResult]]:
    """POST /products/fees/v0/feesEstimate

    Rate limit: 0.5 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getmyfeesestimates

    Args:
        body (list[FeesEstimateByIdRequest]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMyFeesEstimatesErrorList | list[FeesEstimateResult]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: list[FeesEstimateByIdRequest],
) -> GetMyFeesEstimatesErrorList | list[FeesEstimateResult] | None:
    """POST /products/fees/v0/feesEstimate

    Rate limit: 0.5 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getmyfeesestimates

    Args:
        body (list[FeesEstimateByIdRequest]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMyFeesEstimatesErrorList | list[FeesEstimateResult]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[FeesEstimateByIdRequest],
) -> Response[GetMyFeesEstimatesErrorList | list[FeesEstimateResult]]:
    """POST /products/fees/v0/feesEstimate

    Rate limit: 0.5 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getmyfeesestimates

    Args:
        body (list[FeesEstimateByIdRequest]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMyFeesEstimatesErrorList | list[FeesEstimateResult]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: list[FeesEstimateByIdRequest],
) -> GetMyFeesEstimatesErrorList | list[FeesEstimateResult] | None:
    """POST /products/fees/v0/feesEstimate

    Rate limit: 0.5 requests/second, burst 1.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getmyfeesestimates

    Args:
        body (list[FeesEstimateByIdRequest]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMyFeesEstimatesErrorList | list[FeesEstimateResult]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
