from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.label_attribute import LabelAttribute
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

T = TypeVar("T", bound="RequestedLabelCustomization")


@_attrs_define
class RequestedLabelCustomization:
    """
    Attributes:
        request_attributes (list[LabelAttribute] | Unset):
    """

    request_attributes: list[LabelAttribute] | Unset = UNSET
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
        request_attributes: list[str] | Unset = UNSET
        if not isinstance(self.request_attributes, Unset):
            request_attributes = []
            for (
                componentsschemas_request_attributes_item_data
            ) in self.request_attributes:
                componentsschemas_request_attributes_item = (
                    componentsschemas_request_attributes_item_data.value
                )
                request_attributes.append(componentsschemas_request_attributes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_attributes is not UNSET:
            field_dict["requestAttributes"] = request_attributes

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                (
                    "requestAttributes",
                    "request_attributes",
                    False,
                    ("list", ("enum", LabelAttribute)),
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
        _request_attributes = d.pop("requestAttributes", UNSET)
        request_attributes = (
            UNSET
            if _request_attributes is UNSET
            else [
                (
                    LabelAttribute._value2member_map_.get(_item)
                    if _item.__class__ is str
                    else None
                )
                or LabelAttribute(_item)
                for _item in _request_attributes
            ]
        )

        if cls is RequestedLabelCustomization:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.request_attributes = request_attributes
            _built._parse_notes = None
            requested_label_customization = _built
        else:  # a subclass: its own __init__ runs
            requested_label_customization = cls(
                request_attributes=request_attributes,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        requested_label_customization.additional_properties = d or {}
        return requested_label_customization

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
