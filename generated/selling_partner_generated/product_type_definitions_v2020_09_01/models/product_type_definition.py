from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_type_definition_requirements import (
    ProductTypeDefinitionRequirements,
)
from ..models.product_type_definition_requirements_enforced import (
    ProductTypeDefinitionRequirementsEnforced,
)
from ..types import (
    FAST,
    READER,
    UNSET,
    DeviationError,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.product_type_definition_property_groups import (
        ProductTypeDefinitionPropertyGroups,
    )
    from ..models.product_type_version import ProductTypeVersion
    from ..models.schema_link import SchemaLink


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        ProductTypeDefinitionPropertyGroups, \
        ProductTypeVersion, \
        SchemaLink
    from ..models.product_type_definition_property_groups import (
        ProductTypeDefinitionPropertyGroups,
    )
    from ..models.product_type_version import ProductTypeVersion
    from ..models.schema_link import SchemaLink

    _lazy_pending = False


T = TypeVar("T", bound="ProductTypeDefinition")


@_attrs_define
class ProductTypeDefinition:
    """
    Attributes:
        display_name (str):
        locale (str):
        marketplace_ids (list[str]):
        product_type (str):
        product_type_version (ProductTypeVersion):
        property_groups (ProductTypeDefinitionPropertyGroups):
        requirements (ProductTypeDefinitionRequirements):
        requirements_enforced (ProductTypeDefinitionRequirementsEnforced):
        schema (SchemaLink):
        meta_schema (SchemaLink | Unset):
    """

    display_name: str
    locale: str
    marketplace_ids: list[str]
    product_type: str
    product_type_version: ProductTypeVersion
    property_groups: ProductTypeDefinitionPropertyGroups
    requirements: ProductTypeDefinitionRequirements
    requirements_enforced: ProductTypeDefinitionRequirementsEnforced
    schema: SchemaLink
    meta_schema: SchemaLink | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _parse_notes: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def __repr__(self) -> str:
        return model_repr(self)

    def __getattr__(self, name: str) -> Any:
        return absent(self, name)

    def __eq__(self, other: object) -> bool:
        return model_eq(self, other)

    def __getstate__(self) -> dict[str, Any]:
        return model_getstate(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        model_setstate(self, state)

    def to_dict(self) -> dict[str, Any]:
        if self._parse_notes is not None:
            return self._parse_notes.to_dict(self)
        if _lazy_pending:
            _load_lazy()
        display_name = self.display_name

        locale = self.locale

        marketplace_ids = self.marketplace_ids

        product_type = self.product_type

        product_type_version = self.product_type_version.to_dict()

        property_groups = self.property_groups.to_dict()

        requirements = self.requirements.value

        requirements_enforced = self.requirements_enforced.value

        schema = self.schema.to_dict()

        meta_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta_schema, Unset):
            meta_schema = self.meta_schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "displayName": display_name,
                "locale": locale,
                "marketplaceIds": marketplace_ids,
                "productType": product_type,
                "productTypeVersion": product_type_version,
                "propertyGroups": property_groups,
                "requirements": requirements,
                "requirementsEnforced": requirements_enforced,
                "schema": schema,
            }
        )
        if meta_schema is not UNSET:
            field_dict["metaSchema"] = meta_schema

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.product_type_definition_property_groups import (
            ProductTypeDefinitionPropertyGroups,
        )
        from ..models.product_type_version import ProductTypeVersion
        from ..models.schema_link import SchemaLink

        return (
            (
                ("displayName", "display_name", True, ("str",)),
                ("locale", "locale", True, ("str",)),
                ("marketplaceIds", "marketplace_ids", True, ("list", ("str",))),
                ("productType", "product_type", True, ("str",)),
                (
                    "productTypeVersion",
                    "product_type_version",
                    True,
                    ("model", ProductTypeVersion),
                ),
                (
                    "propertyGroups",
                    "property_groups",
                    True,
                    ("model", ProductTypeDefinitionPropertyGroups),
                ),
                (
                    "requirements",
                    "requirements",
                    True,
                    ("enum", ProductTypeDefinitionRequirements),
                ),
                (
                    "requirementsEnforced",
                    "requirements_enforced",
                    True,
                    ("enum", ProductTypeDefinitionRequirementsEnforced),
                ),
                ("schema", "schema", True, ("model", SchemaLink)),
                ("metaSchema", "meta_schema", False, ("model", SchemaLink)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        if _lazy_pending:
            _load_lazy()
        d = dict(src_dict)
        display_name = d.pop("displayName")

        if _reader is not None and display_name.__class__ is not str:
            raise DeviationError("displayName")

        locale = d.pop("locale")

        if _reader is not None and locale.__class__ is not str:
            raise DeviationError("locale")

        marketplace_ids = d.pop("marketplaceIds")

        if _reader is not None and marketplace_ids.__class__ is not list:
            raise DeviationError("marketplaceIds")

        product_type = d.pop("productType")

        if _reader is not None and product_type.__class__ is not str:
            raise DeviationError("productType")

        product_type_version = ProductTypeVersion.from_dict(d.pop("productTypeVersion"))

        property_groups = ProductTypeDefinitionPropertyGroups.from_dict(
            d.pop("propertyGroups")
        )

        _requirements = d.pop("requirements")
        requirements = (
            ProductTypeDefinitionRequirements._value2member_map_.get(_requirements)
            if _requirements.__class__ is str
            else None
        ) or ProductTypeDefinitionRequirements(_requirements)

        _requirements_enforced = d.pop("requirementsEnforced")
        requirements_enforced = (
            ProductTypeDefinitionRequirementsEnforced._value2member_map_.get(
                _requirements_enforced
            )
            if _requirements_enforced.__class__ is str
            else None
        ) or ProductTypeDefinitionRequirementsEnforced(_requirements_enforced)

        schema = SchemaLink.from_dict(d.pop("schema"))

        _meta_schema = d.pop("metaSchema", UNSET)
        meta_schema = (
            UNSET if _meta_schema is UNSET else SchemaLink.from_dict(_meta_schema)
        )

        if cls is ProductTypeDefinition:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.display_name = display_name
            _built.locale = locale
            _built.marketplace_ids = marketplace_ids
            _built.product_type = product_type
            _built.product_type_version = product_type_version
            _built.property_groups = property_groups
            _built.requirements = requirements
            _built.requirements_enforced = requirements_enforced
            _built.schema = schema
            _built.meta_schema = meta_schema
            _built._parse_notes = None
            product_type_definition = _built
        else:  # a subclass: its own __init__ runs
            product_type_definition = cls(
                display_name=display_name,
                locale=locale,
                marketplace_ids=marketplace_ids,
                product_type=product_type,
                product_type_version=product_type_version,
                property_groups=property_groups,
                requirements=requirements,
                requirements_enforced=requirements_enforced,
                schema=schema,
                meta_schema=meta_schema,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        product_type_definition.additional_properties = d or {}
        return product_type_definition

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
