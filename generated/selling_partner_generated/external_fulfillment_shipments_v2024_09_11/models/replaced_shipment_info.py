from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    from ..models.marketplace_attributes import MarketplaceAttributes
    from ..models.original_line_item import OriginalLineItem


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, MarketplaceAttributes, OriginalLineItem
    from ..models.marketplace_attributes import MarketplaceAttributes
    from ..models.original_line_item import OriginalLineItem

    _lazy_pending = False


T = TypeVar("T", bound="ReplacedShipmentInfo")


@_attrs_define
class ReplacedShipmentInfo:
    """
    Attributes:
        id (str):
        location_id (str):
        marketplace_attributes (MarketplaceAttributes):
        original_line_items (list[OriginalLineItem] | Unset):
    """

    id: str
    location_id: str
    marketplace_attributes: MarketplaceAttributes
    original_line_items: list[OriginalLineItem] | Unset = UNSET
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
        id = self.id

        location_id = self.location_id

        marketplace_attributes = self.marketplace_attributes.to_dict()

        original_line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.original_line_items, Unset):
            original_line_items = []
            for (
                componentsschemas_original_line_items_item_data
            ) in self.original_line_items:
                componentsschemas_original_line_items_item = (
                    componentsschemas_original_line_items_item_data.to_dict()
                )
                original_line_items.append(componentsschemas_original_line_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "locationId": location_id,
                "marketplaceAttributes": marketplace_attributes,
            }
        )
        if original_line_items is not UNSET:
            field_dict["originalLineItems"] = original_line_items

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.marketplace_attributes import MarketplaceAttributes
        from ..models.original_line_item import OriginalLineItem

        return (
            (
                ("id", "id", True, ("str",)),
                ("locationId", "location_id", True, ("str",)),
                (
                    "marketplaceAttributes",
                    "marketplace_attributes",
                    True,
                    ("model", MarketplaceAttributes),
                ),
                (
                    "originalLineItems",
                    "original_line_items",
                    False,
                    ("list", ("model", OriginalLineItem)),
                ),
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
        id = d.pop("id")

        if _reader is not None and id.__class__ is not str:
            raise DeviationError("id")

        location_id = d.pop("locationId")

        if _reader is not None and location_id.__class__ is not str:
            raise DeviationError("locationId")

        marketplace_attributes = MarketplaceAttributes.from_dict(
            d.pop("marketplaceAttributes")
        )

        _original_line_items = d.pop("originalLineItems", UNSET)
        original_line_items = (
            UNSET
            if _original_line_items is UNSET
            else [OriginalLineItem.from_dict(_item) for _item in _original_line_items]
        )

        if cls is ReplacedShipmentInfo:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.id = id
            _built.location_id = location_id
            _built.marketplace_attributes = marketplace_attributes
            _built.original_line_items = original_line_items
            _built._parse_notes = None
            replaced_shipment_info = _built
        else:  # a subclass: its own __init__ runs
            replaced_shipment_info = cls(
                id=id,
                location_id=location_id,
                marketplace_attributes=marketplace_attributes,
                original_line_items=original_line_items,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        replaced_shipment_info.additional_properties = d or {}
        return replaced_shipment_info

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
