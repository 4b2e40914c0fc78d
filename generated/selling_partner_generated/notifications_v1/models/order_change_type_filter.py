from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_change_type_enum import OrderChangeTypeEnum
from ..types import (
    FAST,
    READER,
    UNSET,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

T = TypeVar("T", bound="OrderChangeTypeFilter")


@_attrs_define
class OrderChangeTypeFilter:
    """
    Attributes:
        order_change_types (list[OrderChangeTypeEnum] | Unset):
    """

    order_change_types: list[OrderChangeTypeEnum] | Unset = UNSET
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
        order_change_types: list[str] | Unset = UNSET
        if not isinstance(self.order_change_types, Unset):
            order_change_types = []
            for (
                componentsschemas_order_change_types_item_data
            ) in self.order_change_types:
                componentsschemas_order_change_types_item = (
                    componentsschemas_order_change_types_item_data.value
                )
                order_change_types.append(componentsschemas_order_change_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_change_types is not UNSET:
            field_dict["orderChangeTypes"] = order_change_types

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                (
                    "orderChangeTypes",
                    "order_change_types",
                    False,
                    ("list", ("enum", OrderChangeTypeEnum)),
                ),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        _order_change_types = d.pop("orderChangeTypes", UNSET)
        order_change_types = (
            UNSET
            if _order_change_types is UNSET
            else [
                (
                    OrderChangeTypeEnum._value2member_map_.get(_item)
                    if _item.__class__ is str
                    else None
                )
                or OrderChangeTypeEnum(_item)
                for _item in _order_change_types
            ]
        )

        if cls is OrderChangeTypeFilter:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.order_change_types = order_change_types
            _built._parse_notes = None
            order_change_type_filter = _built
        else:  # a subclass: its own __init__ runs
            order_change_type_filter = cls(
                order_change_types=order_change_types,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        order_change_type_filter.additional_properties = d or {}
        return order_change_type_filter

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
