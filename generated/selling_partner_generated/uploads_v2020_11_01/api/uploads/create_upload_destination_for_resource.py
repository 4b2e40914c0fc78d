from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_upload_destination_response import CreateUploadDestinationResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    resource: str,
    *,
    marketplace_ids: list[str],
    content_md5: str,
    content_type: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_marketplace_ids = marketplace_ids

    params["marketplaceIds"] = json_marketplace_ids

    params["contentMD5"] = content_md5

    params["contentType"] = content_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/uploads/2020-11-01/uploadDestinations/{resource}".format(
            resource=quote(str(resource), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateUploadDestinationResponse | None:
    if response.status_code == 201:
        response_201 = CreateUploadDestinationResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateUploadDestinationResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = CreateUploadDestinationResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = CreateUploadDestinationResponse.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = CreateUploadDestinationResponse.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = CreateUploadDestinationResponse.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = CreateUploadDestinationResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = CreateUploadDestinationResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = CreateUploadDestinationResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateUploadDestinationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    resource: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_ids: list[str],
    content_md5: str,
    content_type: str | Unset = UNSET,
) -> Response[CreateUploadDestinationResponse]:
    """POST /uploads/2020-11-01/uploadDestinations/{resource}

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/createuploaddestinationforresource

    Args:
        resource (str):
        marketplace_ids (list[str]):
        content_md5 (str):
        content_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateUploadDestinationResponse]
    """

    kwargs = _get_kwargs(
        resource=resource,
        marketplace_ids=marketplace_ids,
        content_md5=content_md5,
        content_type=content_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    resource: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_ids: list[str],
    content_md5: str,
    content_type: str | Unset = UNSET,
) -> CreateUploadDestinationResponse | None:
    """POST /uploads/2020-11-01/uploadDestinations/{resource}

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/createuploaddestinationforresource

    Args:
        resource (str):
        marketplace_ids (list[str]):
        content_md5 (str):
        content_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateUploadDestinationResponse
    """

    return sync_detailed(
        resource=resource,
        client=client,
        marketplace_ids=marketplace_ids,
        content_md5=content_md5,
        content_type=content_type,
    ).parsed


async def asyncio_detailed(
    resource: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_ids: list[str],
    content_md5: str,
    content_type: str | Unset = UNSET,
) -> Response[CreateUploadDestinationResponse]:
    """POST /uploads/2020-11-01/uploadDestinations/{resource}

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/createuploaddestinationforresource

    Args:
        resource (str):
        marketplace_ids (list[str]):
        content_md5 (str):
        content_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateUploadDestinationResponse]
    """

    kwargs = _get_kwargs(
        resource=resource,
        marketplace_ids=marketplace_ids,
        content_md5=content_md5,
        content_type=content_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    resource: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_ids: list[str],
    content_md5: str,
    content_type: str | Unset = UNSET,
) -> CreateUploadDestinationResponse | None:
    """POST /uploads/2020-11-01/uploadDestinations/{resource}

    Rate limit: 10 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/createuploaddestinationforresource

    Args:
        resource (str):
        marketplace_ids (list[str]):
        content_md5 (str):
        content_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateUploadDestinationResponse
    """

    return (
        await asyncio_detailed(
            resource=resource,
            client=client,
            marketplace_ids=marketplace_ids,
            content_md5=content_md5,
            content_type=content_type,
        )
    ).parsed
