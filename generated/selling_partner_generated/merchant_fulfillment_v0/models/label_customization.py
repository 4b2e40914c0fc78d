from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.standard_id_for_label import StandardIdForLabel
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

T = TypeVar("T", bound="LabelCustomization")


@_attrs_define
class LabelCustomization:
    """
    Attributes:
        custom_text_for_label (str | Unset):
        standard_id_for_label (StandardIdForLabel | Unset):
    """

    custom_text_for_label: str | Unset = UNSET
    standard_id_for_label: StandardIdForLabel | Unset = UNSET
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
        custom_text_for_label = self.custom_text_for_label

        standard_id_for_label: str | Unset = UNSET
        if not isinstance(self.standard_id_for_label, Unset):
            standard_id_for_label = self.standard_id_for_label.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_text_for_label is not UNSET:
            field_dict["CustomTextForLabel"] = custom_text_for_label
        if standard_id_for_label is not UNSET:
            field_dict["StandardIdForLabel"] = standard_id_for_label

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("CustomTextForLabel", "custom_text_for_label", False, ("str",)),
                (
                    "StandardIdForLabel",
                    "standard_id_for_label",
                    False,
                    ("enum", StandardIdForLabel),
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
        custom_text_for_label = d.pop("CustomTextForLabel", UNSET)

        if (
            _reader is not None
            and custom_text_for_label.__class__ is not str
            and custom_text_for_label is not UNSET
        ):
            raise DeviationError("CustomTextForLabel")

        _standard_id_for_label = d.pop("StandardIdForLabel", UNSET)
        standard_id_for_label = (
            UNSET
            if _standard_id_for_label is UNSET
            else (
                StandardIdForLabel._value2member_map_.get(_standard_id_for_label)
                if _standard_id_for_label.__class__ is str
                else None
            )
            or StandardIdForLabel(_standard_id_for_label)
        )

        if cls is LabelCustomization:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.custom_text_for_label = custom_text_for_label
            _built.standard_id_for_label = standard_id_for_label
            _built._parse_notes = None
            label_customization = _built
        else:  # a subclass: its own __init__ runs
            label_customization = cls(
                custom_text_for_label=custom_text_for_label,
                standard_id_for_label=standard_id_for_label,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        label_customization.additional_properties = d or {}
        return label_customization

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
