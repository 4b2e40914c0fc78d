import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.get_invoices_response import GetInvoicesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    next_token: str | Unset = UNSET,
    marketplace_id: str,
    from_issue_date: datetime.datetime | Unset = UNSET,
    to_issue_date: datetime.datetime | Unset = UNSET,
    invoices_modified_after: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["nextToken"] = next_token

    params["marketplaceId"] = marketplace_id

    json_from_issue_date: str | Unset = UNSET
    if not isinstance(from_issue_date, Unset):
        json_from_issue_date = from_issue_date.isoformat()
    params["fromIssueDate"] = json_from_issue_date

    json_to_issue_date: str | Unset = UNSET
    if not isinstance(to_issue_date, Unset):
        json_to_issue_date = to_issue_date.isoformat()
    params["toIssueDate"] = json_to_issue_date

    json_invoices_modified_after: str | Unset = UNSET
    if not isinstance(invoices_modified_after, Unset):
        json_invoices_modified_after = invoices_modified_after.isoformat()
    params["invoicesModifiedAfter"] = json_invoices_modified_after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/finances/invoices/2026-06-25/invoices",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | GetInvoicesResponse | None:
    if response.status_code == 200:
        response_200 = GetInvoicesResponse.from_dict(response.json())

        return response_200

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
) -> Response[ErrorList | GetInvoicesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    next_token: str | Unset = UNSET,
    marketplace_id: str,
    from_issue_date: datetime.datetime | Unset = UNSET,
    to_issue_date: datetime.datetime | Unset = UNSET,
    invoices_modified_after: datetime.datetime | Unset = UNSET,
) -> Response[ErrorList | GetInvoicesResponse]:
    """GET /finances/invoices/2026-06-25/invoices

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getinvoiceheaders

    Args:
        next_token (str | Unset):
        marketplace_id (str):
        from_issue_date (datetime.datetime | Unset):
        to_issue_date (datetime.datetime | Unset):
        invoices_modified_after (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | GetInvoicesResponse]
    """

    kwargs = _get_kwargs(
        next_token=next_token,
        marketplace_id=marketplace_id,
        from_issue_date=from_issue_date,
        to_issue_date=to_issue_date,
        invoices_modified_after=invoices_modified_after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    next_token: str | Unset = UNSET,
    marketplace_id: str,
    from_issue_date: datetime.datetime | Unset = UNSET,
    to_issue_date: datetime.datetime | Unset = UNSET,
    invoices_modified_after: datetime.datetime | Unset = UNSET,
) -> ErrorList | GetInvoicesResponse | None:
    """GET /finances/invoices/2026-06-25/invoices

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getinvoiceheaders

    Args:
        next_token (str | Unset):
        marketplace_id (str):
        from_issue_date (datetime.datetime | Unset):
        to_issue_date (datetime.datetime | Unset):
        invoices_modified_after (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | GetInvoicesResponse
    """

    return sync_detailed(
        client=client,
        next_token=next_token,
        marketplace_id=marketplace_id,
        from_issue_date=from_issue_date,
        to_issue_date=to_issue_date,
        invoices_modified_after=invoices_modified_after,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    next_token: str | Unset = UNSET,
    marketplace_id: str,
    from_issue_date: datetime.datetime | Unset = UNSET,
    to_issue_date: datetime.datetime | Unset = UNSET,
    invoices_modified_after: datetime.datetime | Unset = UNSET,
) -> Response[ErrorList | GetInvoicesResponse]:
    """GET /finances/invoices/2026-06-25/invoices

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getinvoiceheaders

    Args:
        next_token (str | Unset):
        marketplace_id (str):
        from_issue_date (datetime.datetime | Unset):
        to_issue_date (datetime.datetime | Unset):
        invoices_modified_after (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | GetInvoicesResponse]
    """

    kwargs = _get_kwargs(
        next_token=next_token,
        marketplace_id=marketplace_id,
        from_issue_date=from_issue_date,
        to_issue_date=to_issue_date,
        invoices_modified_after=invoices_modified_after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    next_token: str | Unset = UNSET,
    marketplace_id: str,
    from_issue_date: datetime.datetime | Unset = UNSET,
    to_issue_date: datetime.datetime | Unset = UNSET,
    invoices_modified_after: datetime.datetime | Unset = UNSET,
) -> ErrorList | GetInvoicesResponse | None:
    """GET /finances/invoices/2026-06-25/invoices

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getinvoiceheaders

    Args:
        next_token (str | Unset):
        marketplace_id (str):
        from_issue_date (datetime.datetime | Unset):
        to_issue_date (datetime.datetime | Unset):
        invoices_modified_after (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | GetInvoicesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            next_token=next_token,
            marketplace_id=marketplace_id,
            from_issue_date=from_issue_date,
            to_issue_date=to_issue_date,
            invoices_modified_after=invoices_modified_after,
        )
    ).parsed
