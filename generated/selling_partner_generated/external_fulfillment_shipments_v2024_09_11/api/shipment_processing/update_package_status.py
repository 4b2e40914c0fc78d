from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.package_delivery_status import PackageDeliveryStatus
from ...models.update_package_status_status import UpdatePackageStatusStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    shipment_id: str,
    package_id: str,
    *,
    body: PackageDeliveryStatus | Unset = UNSET,
    status: UpdatePackageStatusStatus | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/externalFulfillment/2024-09-11/shipments/{shipment_id}/packages/{package_id}".format(
            shipment_id=quote(str(shipment_id), safe=""),
            package_id=quote(str(package_id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorList | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = ErrorList.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorList.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorList.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorList.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ErrorList.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ErrorList.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = ErrorList.from_dict(response.json())

        return response_422

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
) -> Response[Any | ErrorList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    shipment_id: str,
    package_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PackageDeliveryStatus | Unset = UNSET,
    status: UpdatePackageStatusStatus | Unset = UNSET,
) -> Response[Any | ErrorList]:
    """PATCH /externalFulfillment/2024-09-11/shipments/{shipmentId}/packages/{packageId}

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/updatepackagestatus

    Args:
        shipment_id (str):
        package_id (str):
        status (UpdatePackageStatusStatus | Unset):
        body (PackageDeliveryStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorList]
    """

    kwargs = _get_kwargs(
        shipment_id=shipment_id,
        package_id=package_id,
        body=body,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shipment_id: str,
    package_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PackageDeliveryStatus | Unset = UNSET,
    status: UpdatePackageStatusStatus | Unset = UNSET,
) -> Any | ErrorList | None:
    """PATCH /externalFulfillment/2024-09-11/shipments/{shipmentId}/packages/{packageId}

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/updatepackagestatus

    Args:
        shipment_id (str):
        package_id (str):
        status (UpdatePackageStatusStatus | Unset):
        body (PackageDeliveryStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorList
    """

    return sync_detailed(
        shipment_id=shipment_id,
        package_id=package_id,
        client=client,
        body=body,
        status=status,
    ).parsed


async def asyncio_detailed(
    shipment_id: str,
    package_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PackageDeliveryStatus | Unset = UNSET,
    status: UpdatePackageStatusStatus | Unset = UNSET,
) -> Response[Any | ErrorList]:
    """PATCH /externalFulfillment/2024-09-11/shipments/{shipmentId}/packages/{packageId}

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/updatepackagestatus

    Args:
        shipment_id (str):
        package_id (str):
        status (UpdatePackageStatusStatus | Unset):
        body (PackageDeliveryStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorList]
    """

    kwargs = _get_kwargs(
        shipment_id=shipment_id,
        package_id=package_id,
        body=body,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shipment_id: str,
    package_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PackageDeliveryStatus | Unset = UNSET,
    status: UpdatePackageStatusStatus | Unset = UNSET,
) -> Any | ErrorList | None:
    """PATCH /externalFulfillment/2024-09-11/shipments/{shipmentId}/packages/{packageId}

    Rate limit: not published in the model.

    Reference: https://developer-docs.amazon.com/sp-api/reference/updatepackagestatus

    Args:
        shipment_id (str):
        package_id (str):
        status (UpdatePackageStatusStatus | Unset):
        body (PackageDeliveryStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorList
    """

    return (
        await asyncio_detailed(
            shipment_id=shipment_id,
            package_id=package_id,
            client=client,
            body=body,
            status=status,
        )
    ).parsed
