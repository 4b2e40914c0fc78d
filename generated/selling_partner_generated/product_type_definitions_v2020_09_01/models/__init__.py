"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error import Error
    from .error_list import ErrorList
    from .get_definitions_product_type_locale import GetDefinitionsProductTypeLocale
    from .get_definitions_product_type_parentage_level import (
        GetDefinitionsProductTypeParentageLevel,
    )
    from .get_definitions_product_type_requirements import (
        GetDefinitionsProductTypeRequirements,
    )
    from .get_definitions_product_type_requirements_enforced import (
        GetDefinitionsProductTypeRequirementsEnforced,
    )
    from .product_type import ProductType
    from .product_type_definition import ProductTypeDefinition
    from .product_type_definition_property_groups import (
        ProductTypeDefinitionPropertyGroups,
    )
    from .product_type_definition_requirements import ProductTypeDefinitionRequirements
    from .product_type_definition_requirements_enforced import (
        ProductTypeDefinitionRequirementsEnforced,
    )
    from .product_type_list import ProductTypeList
    from .product_type_version import ProductTypeVersion
    from .property_group import PropertyGroup
    from .schema_link import SchemaLink
    from .schema_link_link import SchemaLinkLink
    from .schema_link_link_verb import SchemaLinkLinkVerb

_MODULES: dict[str, str] = {
    "Error": ".error",
    "ErrorList": ".error_list",
    "GetDefinitionsProductTypeLocale": ".get_definitions_product_type_locale",
    "GetDefinitionsProductTypeParentageLevel": ".get_definitions_product_type_parentage_level",
    "GetDefinitionsProductTypeRequirements": ".get_definitions_product_type_requirements",
    "GetDefinitionsProductTypeRequirementsEnforced": ".get_definitions_product_type_requirements_enforced",
    "ProductType": ".product_type",
    "ProductTypeDefinition": ".product_type_definition",
    "ProductTypeDefinitionPropertyGroups": ".product_type_definition_property_groups",
    "ProductTypeDefinitionRequirements": ".product_type_definition_requirements",
    "ProductTypeDefinitionRequirementsEnforced": ".product_type_definition_requirements_enforced",
    "ProductTypeList": ".product_type_list",
    "ProductTypeVersion": ".product_type_version",
    "PropertyGroup": ".property_group",
    "SchemaLink": ".schema_link",
    "SchemaLinkLink": ".schema_link_link",
    "SchemaLinkLinkVerb": ".schema_link_link_verb",
}

__all__ = (
    "Error",
    "ErrorList",
    "GetDefinitionsProductTypeLocale",
    "GetDefinitionsProductTypeParentageLevel",
    "GetDefinitionsProductTypeRequirements",
    "GetDefinitionsProductTypeRequirementsEnforced",
    "ProductType",
    "ProductTypeDefinition",
    "ProductTypeDefinitionPropertyGroups",
    "ProductTypeDefinitionRequirements",
    "ProductTypeDefinitionRequirementsEnforced",
    "ProductTypeList",
    "ProductTypeVersion",
    "PropertyGroup",
    "SchemaLink",
    "SchemaLinkLink",
    "SchemaLinkLinkVerb",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
