from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

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

T = TypeVar("T", bound="ItemSummaryByMarketplace")


@_attrs_define
class ItemSummaryByMarketplace:
    """
    Attributes:
        marketplace_id (str):
        brand_name (str | Unset):
        browse_node (str | Unset):
        color_name (str | Unset):
        item_name (str | Unset):
        manufacturer (str | Unset):
        model_number (str | Unset):
        size_name (str | Unset):
        style_name (str | Unset):
    """

    marketplace_id: str
    brand_name: str | Unset = UNSET
    browse_node: str | Unset = UNSET
    color_name: str | Unset = UNSET
    item_name: str | Unset = UNSET
    manufacturer: str | Unset = UNSET
    model_number: str | Unset = UNSET
    size_name: str | Unset = UNSET
    style_name: str | Unset = UNSET
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
        marketplace_id = self.marketplace_id

        brand_name = self.brand_name

        browse_node = self.browse_node

        color_name = self.color_name

        item_name = self.item_name

        manufacturer = self.manufacturer

        model_number = self.model_number

        size_name = self.size_name

        style_name = self.style_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "marketplaceId": marketplace_id,
            }
        )
        if brand_name is not UNSET:
            field_dict["brandName"] = brand_name
        if browse_node is not UNSET:
            field_dict["browseNode"] = browse_node
        if color_name is not UNSET:
            field_dict["colorName"] = color_name
        if item_name is not UNSET:
            field_dict["itemName"] = item_name
        if manufacturer is not UNSET:
            field_dict["manufacturer"] = manufacturer
        if model_number is not UNSET:
            field_dict["modelNumber"] = model_number
        if size_name is not UNSET:
            field_dict["sizeName"] = size_name
        if style_name is not UNSET:
            field_dict["styleName"] = style_name

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("marketplaceId", "marketplace_id", True, ("str",)),
                ("brandName", "brand_name", False, ("str",)),
                ("browseNode", "browse_node", False, ("str",)),
                ("colorName", "color_name", False, ("str",)),
                ("itemName", "item_name", False, ("str",)),
                ("manufacturer", "manufacturer", False, ("str",)),
                ("modelNumber", "model_number", False, ("str",)),
                ("sizeName", "size_name", False, ("str",)),
                ("styleName", "style_name", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        marketplace_id = d.pop("marketplaceId")

        if _reader is not None and marketplace_id.__class__ is not str:
            raise DeviationError("marketplaceId")

        brand_name = d.pop("brandName", UNSET)

        if (
            _reader is not None
            and brand_name.__class__ is not str
            and brand_name is not UNSET
        ):
            raise DeviationError("brandName")

        browse_node = d.pop("browseNode", UNSET)

        if (
            _reader is not None
            and browse_node.__class__ is not str
            and browse_node is not UNSET
        ):
            raise DeviationError("browseNode")

        color_name = d.pop("colorName", UNSET)

        if (
            _reader is not None
            and color_name.__class__ is not str
            and color_name is not UNSET
        ):
            raise DeviationError("colorName")

        item_name = d.pop("itemName", UNSET)

        if (
            _reader is not None
            and item_name.__class__ is not str
            and item_name is not UNSET
        ):
            raise DeviationError("itemName")

        manufacturer = d.pop("manufacturer", UNSET)

        if (
            _reader is not None
            and manufacturer.__class__ is not str
            and manufacturer is not UNSET
        ):
            raise DeviationError("manufacturer")

        model_number = d.pop("modelNumber", UNSET)

        if (
            _reader is not None
            and model_number.__class__ is not str
            and model_number is not UNSET
        ):
            raise DeviationError("modelNumber")

        size_name = d.pop("sizeName", UNSET)

        if (
            _reader is not None
            and size_name.__class__ is not str
            and size_name is not UNSET
        ):
            raise DeviationError("sizeName")

        style_name = d.pop("styleName", UNSET)

        if (
            _reader is not None
            and style_name.__class__ is not str
            and style_name is not UNSET
        ):
            raise DeviationError("styleName")

        if cls is ItemSummaryByMarketplace:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.marketplace_id = marketplace_id
            _built.brand_name = brand_name
            _built.browse_node = browse_node
            _built.color_name = color_name
            _built.item_name = item_name
            _built.manufacturer = manufacturer
            _built.model_number = model_number
            _built.size_name = size_name
            _built.style_name = style_name
            _built._parse_notes = None
            item_summary_by_marketplace = _built
        else:  # a subclass: its own __init__ runs
            item_summary_by_marketplace = cls(
                marketplace_id=marketplace_id,
                brand_name=brand_name,
                browse_node=browse_node,
                color_name=color_name,
                item_name=item_name,
                manufacturer=manufacturer,
                model_number=model_number,
                size_name=size_name,
                style_name=style_name,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        item_summary_by_marketplace.additional_properties = d or {}
        return item_summary_by_marketplace

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
