from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.regulated_information_field_field_type import (
    RegulatedInformationFieldFieldType,
)
from ..types import (
    FAST,
    READER,
    DeviationError,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

T = TypeVar("T", bound="RegulatedInformationField")


@_attrs_define
class RegulatedInformationField:
    """
    Attributes:
        field_id (str):
        field_label (str):
        field_type (RegulatedInformationFieldFieldType):
        field_value (str):
    """

    field_id: str
    field_label: str
    field_type: RegulatedInformationFieldFieldType
    field_value: str
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
        field_id = self.field_id

        field_label = self.field_label

        field_type = self.field_type.value

        field_value = self.field_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "FieldId": field_id,
                "FieldLabel": field_label,
                "FieldType": field_type,
                "FieldValue": field_value,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("FieldId", "field_id", True, ("str",)),
                ("FieldLabel", "field_label", True, ("str",)),
                (
                    "FieldType",
                    "field_type",
                    True,
                    ("enum", RegulatedInformationFieldFieldType),
                ),
                ("FieldValue", "field_value", True, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        field_id = d.pop("FieldId")

        if _reader is not None and field_id.__class__ is not str:
            raise DeviationError("FieldId")

        field_label = d.pop("FieldLabel")

        if _reader is not None and field_label.__class__ is not str:
            raise DeviationError("FieldLabel")

        _field_type = d.pop("FieldType")
        field_type = (
            RegulatedInformationFieldFieldType._value2member_map_.get(_field_type)
            if _field_type.__class__ is str
            else None
        ) or RegulatedInformationFieldFieldType(_field_type)

        field_value = d.pop("FieldValue")

        if _reader is not None and field_value.__class__ is not str:
            raise DeviationError("FieldValue")

        if cls is RegulatedInformationField:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.field_id = field_id
            _built.field_label = field_label
            _built.field_type = field_type
            _built.field_value = field_value
            _built._parse_notes = None
            regulated_information_field = _built
        else:  # a subclass: its own __init__ runs
            regulated_information_field = cls(
                field_id=field_id,
                field_label=field_label,
                field_type=field_type,
                field_value=field_value,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        regulated_information_field.additional_properties = d or {}
        return regulated_information_field

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
