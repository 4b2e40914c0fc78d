from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.box_content_information_source import BoxContentInformationSource
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
    from ..models.dimensions import Dimensions
    from ..models.item import Item
    from ..models.region import Region
    from ..models.weight import Weight


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Dimensions, Item, Region, Weight
    from ..models.dimensions import Dimensions
    from ..models.item import Item
    from ..models.region import Region
    from ..models.weight import Weight

    _lazy_pending = False


T = TypeVar("T", bound="Box")


@_attrs_define
class Box:
    """
    Attributes:
        package_id (str):
        box_id (str | Unset):
        content_information_source (BoxContentInformationSource | Unset):
        destination_region (Region | Unset):
        dimensions (Dimensions | Unset):
        external_container_identifier (str | Unset):
        external_container_identifier_type (str | Unset):
        items (list[Item] | Unset):
        quantity (int | Unset):
        template_name (str | Unset):
        weight (Weight | Unset):
    """

    package_id: str
    box_id: str | Unset = UNSET
    content_information_source: BoxContentInformationSource | Unset = UNSET
    destination_region: Region | Unset = UNSET
    dimensions: Dimensions | Unset = UNSET
    external_container_identifier: str | Unset = UNSET
    external_container_identifier_type: str | Unset = UNSET
    items: list[Item] | Unset = UNSET
    quantity: int | Unset = UNSET
    template_name: str | Unset = UNSET
    weight: Weight | Unset = UNSET
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
        package_id = self.package_id

        box_id = self.box_id

        content_information_source: str | Unset = UNSET
        if not isinstance(self.content_information_source, Unset):
            content_information_source = self.content_information_source.value

        destination_region: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination_region, Unset):
            destination_region = self.destination_region.to_dict()

        dimensions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dimensions, Unset):
            dimensions = self.dimensions.to_dict()

        external_container_identifier = self.external_container_identifier

        external_container_identifier_type = self.external_container_identifier_type

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        quantity = self.quantity

        template_name = self.template_name

        weight: dict[str, Any] | Unset = UNSET
        if not isinstance(self.weight, Unset):
            weight = self.weight.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "packageId": package_id,
            }
        )
        if box_id is not UNSET:
            field_dict["boxId"] = box_id
        if content_information_source is not UNSET:
            field_dict["contentInformationSource"] = content_information_source
        if destination_region is not UNSET:
            field_dict["destinationRegion"] = destination_region
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if external_container_identifier is not UNSET:
            field_dict["externalContainerIdentifier"] = external_container_identifier
        if external_container_identifier_type is not UNSET:
            field_dict["externalContainerIdentifierType"] = (
                external_container_identifier_type
            )
        if items is not UNSET:
            field_dict["items"] = items
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if template_name is not UNSET:
            field_dict["templateName"] = template_name
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.dimensions import Dimensions
        from ..models.item import Item
        from ..models.region import Region
        from ..models.weight import Weight

        return (
            (
                ("packageId", "package_id", True, ("str",)),
                ("boxId", "box_id", False, ("str",)),
                (
                    "contentInformationSource",
                    "content_information_source",
                    False,
                    ("enum", BoxContentInformationSource),
                ),
                ("destinationRegion", "destination_region", False, ("model", Region)),
                ("dimensions", "dimensions", False, ("model", Dimensions)),
                (
                    "externalContainerIdentifier",
                    "external_container_identifier",
                    False,
                    ("str",),
                ),
                (
                    "externalContainerIdentifierType",
                    "external_container_identifier_type",
                    False,
                    ("str",),
                ),
                ("items", "items", False, ("list", ("model", Item))),
                ("quantity", "quantity", False, ("int",)),
                ("templateName", "template_name", False, ("str",)),
                ("weight", "weight", False, ("model", Weight)),
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
        package_id = d.pop("packageId")

        if _reader is not None and package_id.__class__ is not str:
            raise DeviationError("packageId")

        box_id = d.pop("boxId", UNSET)

        if _reader is not None and box_id.__class__ is not str and box_id is not UNSET:
            raise DeviationError("boxId")

        _content_information_source = d.pop("contentInformationSource", UNSET)
        content_information_source = (
            UNSET
            if _content_information_source is UNSET
            else (
                BoxContentInformationSource._value2member_map_.get(
                    _content_information_source
                )
                if _content_information_source.__class__ is str
                else None
            )
            or BoxContentInformationSource(_content_information_source)
        )

        _destination_region = d.pop("destinationRegion", UNSET)
        destination_region = (
            UNSET
            if _destination_region is UNSET
            else Region.from_dict(_destination_region)
        )

        _dimensions = d.pop("dimensions", UNSET)
        dimensions = (
            UNSET if _dimensions is UNSET else Dimensions.from_dict(_dimensions)
        )

        external_container_identifier = d.pop("externalContainerIdentifier", UNSET)

        if (
            _reader is not None
            and external_container_identifier.__class__ is not str
            and external_container_identifier is not UNSET
        ):
            raise DeviationError("externalContainerIdentifier")

        external_container_identifier_type = d.pop(
            "externalContainerIdentifierType", UNSET
        )

        if (
            _reader is not None
            and external_container_identifier_type.__class__ is not str
            and external_container_identifier_type is not UNSET
        ):
            raise DeviationError("externalContainerIdentifierType")

        _items = d.pop("items", UNSET)
        items = (
            UNSET if _items is UNSET else [Item.from_dict(_item) for _item in _items]
        )

        quantity = d.pop("quantity", UNSET)

        if (
            _reader is not None
            and quantity.__class__ is not int
            and quantity is not UNSET
        ):
            raise DeviationError("quantity")

        template_name = d.pop("templateName", UNSET)

        if (
            _reader is not None
            and template_name.__class__ is not str
            and template_name is not UNSET
        ):
            raise DeviationError("templateName")

        _weight = d.pop("weight", UNSET)
        weight = UNSET if _weight is UNSET else Weight.from_dict(_weight)

        if cls is Box:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.package_id = package_id
            _built.box_id = box_id
            _built.content_information_source = content_information_source
            _built.destination_region = destination_region
            _built.dimensions = dimensions
            _built.external_container_identifier = external_container_identifier
            _built.external_container_identifier_type = (
                external_container_identifier_type
            )
            _built.items = items
            _built.quantity = quantity
            _built.template_name = template_name
            _built.weight = weight
            _built._parse_notes = None
            box = _built
        else:  # a subclass: its own __init__ runs
            box = cls(
                package_id=package_id,
                box_id=box_id,
                content_information_source=content_information_source,
                destination_region=destination_region,
                dimensions=dimensions,
                external_container_identifier=external_container_identifier,
                external_container_identifier_type=external_container_identifier_type,
                items=items,
                quantity=quantity,
                template_name=template_name,
                weight=weight,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        box.additional_properties = d or {}
        return box

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
