from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_list import ErrorList
from ...models.get_definitions_product_type_locale import (
    GetDefinitionsProductTypeLocale,
)
from ...models.get_definitions_product_type_parentage_level import (
    GetDefinitionsProductTypeParentageLevel,
)
from ...models.get_definitions_product_type_requirements import (
    GetDefinitionsProductTypeRequirements,
)
from ...models.get_definitions_product_type_requirements_enforced import (
    GetDefinitionsProductTypeRequirementsEnforced,
)
from ...models.product_type_definition import ProductTypeDefinition
from ...types import UNSET, Response, Unset


def _get_kwargs(
    product_type: str,
    *,
    seller_id: str | Unset = UNSET,
    marketplace_ids: list[str],
    product_type_version: str | Unset = "LATEST",
    requirements: GetDefinitionsProductTypeRequirements
    | Unset = GetDefinitionsProductTypeRequirements.LISTING,
    requirements_enforced: GetDefinitionsProductTypeRequirementsEnforced
    | Unset = GetDefinitionsProductTypeRequirementsEnforced.ENFORCED,
    locale: GetDefinitionsProductTypeLocale
    | Unset = GetDefinitionsProductTypeLocale.DEFAULT,
    parentage_level: GetDefinitionsProductTypeParentageLevel | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sellerId"] = seller_id

    json_marketplace_ids = marketplace_ids

    params["marketplaceIds"] = json_marketplace_ids

    params["productTypeVersion"] = product_type_version

    json_requirements: str | Unset = UNSET
    if not isinstance(requirements, Unset):
        json_requirements = requirements.value

    params["requirements"] = json_requirements

    json_requirements_enforced: str | Unset = UNSET
    if not isinstance(requirements_enforced, Unset):
        json_requirements_enforced = requirements_enforced.value

    params["requirementsEnforced"] = json_requirements_enforced

    json_locale: str | Unset = UNSET
    if not isinstance(locale, Unset):
        json_locale = locale.value

    params["locale"] = json_locale

    json_parentage_level: str | Unset = UNSET
    if not isinstance(parentage_level, Unset):
        json_parentage_level = parentage_level.value

    params["parentageLevel"] = json_parentage_level

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/definitions/2020-09-01/productTypes/{product_type}".format(
            product_type=quote(str(product_type), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorList | ProductTypeDefinition | None:
    if response.status_code == 200:
        response_200 = ProductTypeDefinition.from_dict(response.json())

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
) -> Response[ErrorList | ProductTypeDefinition]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    product_type: str,
    *,
    client: AuthenticatedClient | Client,
    seller_id: str | Unset = UNSET,
    marketplace_ids: list[str],
    product_type_version: str | Unset = "LATEST",
    requirements: GetDefinitionsProductTypeRequirements
    | Unset = GetDefinitionsProductTypeRequirements.LISTING,
    requirements_enforced: GetDefinitionsProductTypeRequirementsEnforced
    | Unset = GetDefinitionsProductTypeRequirementsEnforced.ENFORCED,
    locale: GetDefinitionsProductTypeLocale
    | Unset = GetDefinitionsProductTypeLocale.DEFAULT,
    parentage_level: GetDefinitionsProductTypeParentageLevel | Unset = UNSET,
) -> Response[ErrorList | ProductTypeDefinition]:
    """GET /definitions/2020-09-01/productTypes/{productType}

    Rate limit: 5 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getdefinitionsproducttype

    Args:
        product_type (str):
        seller_id (str | Unset):
        marketplace_ids (list[str]):
        product_type_version (str | Unset):  Default: 'LATEST'.
        requirements (GetDefinitionsProductTypeRequirements | Unset):  Default:
            GetDefinitionsProductTypeRequirements.LISTING.
        requirements_enforced (GetDefinitionsProductTypeRequirementsEnforced | Unset):  Default:
            GetDefinitionsProductTypeRequirementsEnforced.ENFORCED.
        locale (GetDefinitionsProductTypeLocale | Unset):  Default:
            GetDefinitionsProductTypeLocale.DEFAULT.
        parentage_level (GetDefinitionsProductTypeParentageLevel | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ProductTypeDefinition]
    """

    kwargs = _get_kwargs(
        product_type=product_type,
        seller_id=seller_id,
        marketplace_ids=marketplace_ids,
        product_type_version=product_type_version,
        requirements=requirements,
        requirements_enforced=requirements_enforced,
        locale=locale,
        parentage_level=parentage_level,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    product_type: str,
    *,
    client: AuthenticatedClient | Client,
    seller_id: str | Unset = UNSET,
    marketplace_ids: list[str],
    product_type_version: str | Unset = "LATEST",
    requirements: GetDefinitionsProductTypeRequirements
    | Unset = GetDefinitionsProductTypeRequirements.LISTING,
    requirements_enforced: GetDefinitionsProductTypeRequirementsEnforced
    | Unset = GetDefinitionsProductTypeRequirementsEnforced.ENFORCED,
    locale: GetDefinitionsProductTypeLocale
    | Unset = GetDefinitionsProductTypeLocale.DEFAULT,
    parentage_level: GetDefinitionsProductTypeParentageLevel | Unset = UNSET,
) -> ErrorList | ProductTypeDefinition | None:
    """GET /definitions/2020-09-01/productTypes/{productType}

    Rate limit: 5 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getdefinitionsproducttype

    Args:
        product_type (str):
        seller_id (str | Unset):
        marketplace_ids (list[str]):
        product_type_version (str | Unset):  Default: 'LATEST'.
        requirements (GetDefinitionsProductTypeRequirements | Unset):  Default:
            GetDefinitionsProductTypeRequirements.LISTING.
        requirements_enforced (GetDefinitionsProductTypeRequirementsEnforced | Unset):  Default:
            GetDefinitionsProductTypeRequirementsEnforced.ENFORCED.
        locale (GetDefinitionsProductTypeLocale | Unset):  Default:
            GetDefinitionsProductTypeLocale.DEFAULT.
        parentage_level (GetDefinitionsProductTypeParentageLevel | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ProductTypeDefinition
    """

    return sync_detailed(
        product_type=product_type,
        client=client,
        seller_id=seller_id,
        marketplace_ids=marketplace_ids,
        product_type_version=product_type_version,
        requirements=requirements,
        requirements_enforced=requirements_enforced,
        locale=locale,
        parentage_level=parentage_level,
    ).parsed


async def asyncio_detailed(
    product_type: str,
    *,
    client: AuthenticatedClient | Client,
    seller_id: str | Unset = UNSET,
    marketplace_ids: list[str],
    product_type_version: str | Unset = "LATEST",
    requirements: GetDefinitionsProductTypeRequirements
    | Unset = GetDefinitionsProductTypeRequirements.LISTING,
    requirements_enforced: GetDefinitionsProductTypeRequirementsEnforced
    | Unset = GetDefinitionsProductTypeRequirementsEnforced.ENFORCED,
    locale: GetDefinitionsProductTypeLocale
    | Unset = GetDefinitionsProductTypeLocale.DEFAULT,
    parentage_level: GetDefinitionsProductTypeParentageLevel | Unset = UNSET,
) -> Response[ErrorList | ProductTypeDefinition]:
    """GET /definitions/2020-09-01/productTypes/{productType}

    Rate limit: 5 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getdefinitionsproducttype

    Args:
        product_type (str):
        seller_id (str | Unset):
        marketplace_ids (list[str]):
        product_type_version (str | Unset):  Default: 'LATEST'.
        requirements (GetDefinitionsProductTypeRequirements | Unset):  Default:
            GetDefinitionsProductTypeRequirements.LISTING.
        requirements_enforced (GetDefinitionsProductTypeRequirementsEnforced | Unset):  Default:
            GetDefinitionsProductTypeRequirementsEnforced.ENFORCED.
        locale (GetDefinitionsProductTypeLocale | Unset):  Default:
            GetDefinitionsProductTypeLocale.DEFAULT.
        parentage_level (GetDefinitionsProductTypeParentageLevel | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorList | ProductTypeDefinition]
    """

    kwargs = _get_kwargs(
        product_type=product_type,
        seller_id=seller_id,
        marketplace_ids=marketplace_ids,
        product_type_version=product_type_version,
        requirements=requirements,
        requirements_enforced=requirements_enforced,
        locale=locale,
        parentage_level=parentage_level,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    product_type: str,
    *,
    client: AuthenticatedClient | Client,
    seller_id: str | Unset = UNSET,
    marketplace_ids: list[str],
    product_type_version: str | Unset = "LATEST",
    requirements: GetDefinitionsProductTypeRequirements
    | Unset = GetDefinitionsProductTypeRequirements.LISTING,
    requirements_enforced: GetDefinitionsProductTypeRequirementsEnforced
    | Unset = GetDefinitionsProductTypeRequirementsEnforced.ENFORCED,
    locale: GetDefinitionsProductTypeLocale
    | Unset = GetDefinitionsProductTypeLocale.DEFAULT,
    parentage_level: GetDefinitionsProductTypeParentageLevel | Unset = UNSET,
) -> ErrorList | ProductTypeDefinition | None:
    """GET /definitions/2020-09-01/productTypes/{productType}

    Rate limit: 5 requests/second, burst 10.

    Reference: https://developer-docs.amazon.com/sp-api/reference/getdefinitionsproducttype

    Args:
        product_type (str):
        seller_id (str | Unset):
        marketplace_ids (list[str]):
        product_type_version (str | Unset):  Default: 'LATEST'.
        requirements (GetDefinitionsProductTypeRequirements | Unset):  Default:
            GetDefinitionsProductTypeRequirements.LISTING.
        requirements_enforced (GetDefinitionsProductTypeRequirementsEnforced | Unset):  Default:
            GetDefinitionsProductTypeRequirementsEnforced.ENFORCED.
        locale (GetDefinitionsProductTypeLocale | Unset):  Default:
            GetDefinitionsProductTypeLocale.DEFAULT.
        parentage_level (GetDefinitionsProductTypeParentageLevel | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorList | ProductTypeDefinition
    """

    return (
        await asyncio_detailed(
            product_type=product_type,
            client=client,
            seller_id=seller_id,
            marketplace_ids=marketplace_ids,
            product_type_version=product_type_version,
            requirements=requirements,
            requirements_enforced=requirements_enforced,
            locale=locale,
            parentage_level=parentage_level,
        )
    ).parsed
