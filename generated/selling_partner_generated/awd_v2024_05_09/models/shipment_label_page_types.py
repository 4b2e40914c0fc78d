from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.label_status import LabelStatus
from ..models.page_type import PageType
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

T = TypeVar("T", bound="ShipmentLabelPageTypes")


@_attrs_define
class ShipmentLabelPageTypes:
    """
    Attributes:
        label_status (LabelStatus):
        page_types (list[PageType] | Unset):
    """

    label_status: LabelStatus
    page_types: list[PageType] | Unset = UNSET
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
        label_status = self.label_status.value

        page_types: list[str] | Unset = UNSET
        if not isinstance(self.page_types, Unset):
            page_types = []
            for page_types_item_data in self.page_types:
                page_types_item = page_types_item_data.value
                page_types.append(page_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "labelStatus": label_status,
            }
        )
        if page_types is not UNSET:
            field_dict["pageTypes"] = page_types

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("labelStatus", "label_status", True, ("enum", LabelStatus)),
                ("pageTypes", "page_types", False, ("list", ("enum", PageType))),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        _label_status = d.pop("labelStatus")
        label_status = (
            LabelStatus._value2member_map_.get(_label_status)
            if _label_status.__class__ is str
            else None
        ) or LabelStatus(_label_status)

        _page_types = d.pop("pageTypes", UNSET)
        page_types = (
            UNSET
            if _page_types is UNSET
            else [
                (
                    PageType._value2member_map_.get(_item)
                    if _item.__class__ is str
                    else None
                )
                or PageType(_item)
                for _item in _page_types
            ]
        )

        if cls is ShipmentLabelPageTypes:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.label_status = label_status
            _built.page_types = page_types
            _built._parse_notes = None
            shipment_label_page_types = _built
        else:  # a subclass: its own __init__ runs
            shipment_label_page_types = cls(
                label_status=label_status,
                page_types=page_types,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        shipment_label_page_types.additional_properties = d or {}
        return shipment_label_page_types

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
