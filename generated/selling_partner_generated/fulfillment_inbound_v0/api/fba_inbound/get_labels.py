from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_labels_label_type import GetLabelsLabelType
from ...models.get_labels_page_type import GetLabelsPageType
from ...models.get_labels_response import GetLabelsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    shipment_id: str,
    *,
    page_type: GetLabelsPageType,
    label_type: GetLabelsLabelType,
    number_of_packages: int | Unset = UNSET,
    package_labels_to_print: list[str] | Unset = UNSET,
    number_of_pallets: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_start_index: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_page_type = page_type.value
    params["PageType"] = json_page_type

    json_label_type = label_type.value
    params["LabelType"] = json_label_type

    params["NumberOfPackages"] = number_of_packages

    json_package_labels_to_print: list[str] | Unset = UNSET
    if not isinstance(package_labels_to_print, Unset):
        json_package_labels_to_print = package_labels_to_print

    params["PackageLabelsToPrint"] = json_package_labels_to_print

    params["NumberOfPallets"] = number_of_pallets

    params["PageSize"] = page_size

    params["PageStartIndex"] = page_start_index

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fba/inbound/v0/shipments/{shipment_id}/labels".format(
            shipment_id=quote(str(shipment_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetLabelsResponse | None:
    if response.status_code == 200:
        response_200 = GetLabelsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetLabelsResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetLabelsResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetLabelsResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetLabelsResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetLabelsResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetLabelsResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetLabelsResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetLabelsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_type: GetLabelsPageType,
    label_type: GetLabelsLabelType,
    number_of_packages: int | Unset = UNSET,
    package_labels_to_print: list[str] | Unset = UNSET,
    number_of_pallets: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_start_index: int | Unset = UNSET,
) -> Response[GetLabelsResponse]:
    """GET /fba/inbound/v0/shipments/{shipmentId}/labels

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getlabels

    Args:
        shipment_id (str):
        page_type (GetLabelsPageType):
        label_type (GetLabelsLabelType):
        number_of_packages (int | Unset):
        package_labels_to_print (list[str] | Unset):
        number_of_pallets (int | Unset):
        page_size (int | Unset):
        page_start_index (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetLabelsResponse]
    """

    kwargs = _get_kwargs(
        shipment_id=shipment_id,
        page_type=page_type,
        label_type=label_type,
        number_of_packages=number_of_packages,
        package_labels_to_print=package_labels_to_print,
        number_of_pallets=number_of_pallets,
        page_size=page_size,
        page_start_index=page_start_index,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_type: GetLabelsPageType,
    label_type: GetLabelsLabelType,
    number_of_packages: int | Unset = UNSET,
    package_labels_to_print: list[str] | Unset = UNSET,
    number_of_pallets: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_start_index: int | Unset = UNSET,
) -> GetLabelsResponse | None:
    """GET /fba/inbound/v0/shipments/{shipmentId}/labels

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getlabels

    Args:
        shipment_id (str):
        page_type (GetLabelsPageType):
        label_type (GetLabelsLabelType):
        number_of_packages (int | Unset):
        package_labels_to_print (list[str] | Unset):
        number_of_pallets (int | Unset):
        page_size (int | Unset):
        page_start_index (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetLabelsResponse
    """

    return sync_detailed(
        shipment_id=shipment_id,
        client=client,
        page_type=page_type,
        label_type=label_type,
        number_of_packages=number_of_packages,
        package_labels_to_print=package_labels_to_print,
        number_of_pallets=number_of_pallets,
        page_size=page_size,
        page_start_index=page_start_index,
    ).parsed


async def asyncio_detailed(
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_type: GetLabelsPageType,
    label_type: GetLabelsLabelType,
    number_of_packages: int | Unset = UNSET,
    package_labels_to_print: list[str] | Unset = UNSET,
    number_of_pallets: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_start_index: int | Unset = UNSET,
) -> Response[GetLabelsResponse]:
    """GET /fba/inbound/v0/shipments/{shipmentId}/labels

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getlabels

    Args:
        shipment_id (str):
        page_type (GetLabelsPageType):
        label_type (GetLabelsLabelType):
        number_of_packages (int | Unset):
        package_labels_to_print (list[str] | Unset):
        number_of_pallets (int | Unset):
        page_size (int | Unset):
        page_start_index (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetLabelsResponse]
    """

    kwargs = _get_kwargs(
        shipment_id=shipment_id,
        page_type=page_type,
        label_type=label_type,
        number_of_packages=number_of_packages,
        package_labels_to_print=package_labels_to_print,
        number_of_pallets=number_of_pallets,
        page_size=page_size,
        page_start_index=page_start_index,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shipment_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_type: GetLabelsPageType,
    label_type: GetLabelsLabelType,
    number_of_packages: int | Unset = UNSET,
    package_labels_to_print: list[str] | Unset = UNSET,
    number_of_pallets: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_start_index: int | Unset = UNSET,
) -> GetLabelsResponse | None:
    """GET /fba/inbound/v0/shipments/{shipmentId}/labels

    Rate limit: 2 requests/second, burst 30.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getlabels

    Args:
        shipment_id (str):
        page_type (GetLabelsPageType):
        label_type (GetLabelsLabelType):
        number_of_packages (int | Unset):
        package_labels_to_print (list[str] | Unset):
        number_of_pallets (int | Unset):
        page_size (int | Unset):
        page_start_index (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetLabelsResponse
    """

    return (
        await asyncio_detailed(
            shipment_id=shipment_id,
            client=client,
            page_type=page_type,
            label_type=label_type,
            number_of_packages=number_of_packages,
            package_labels_to_print=package_labels_to_print,
            number_of_pallets=number_of_pallets,
            page_size=page_size,
            page_start_index=page_start_index,
        )
    ).parsed
