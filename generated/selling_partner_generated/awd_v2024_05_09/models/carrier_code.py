from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.carrier_code_type import CarrierCodeType
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

T = TypeVar("T", bound="CarrierCode")


@_attrs_define
class CarrierCode:
    """
    Attributes:
        carrier_code_type (CarrierCodeType | Unset):
        carrier_code_value (str | Unset):
    """

    carrier_code_type: CarrierCodeType | Unset = UNSET
    carrier_code_value: str | Unset = UNSET
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
        carrier_code_type: str | Unset = UNSET
        if not isinstance(self.carrier_code_type, Unset):
            carrier_code_type = self.carrier_code_type.value

        carrier_code_value = self.carrier_code_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if carrier_code_type is not UNSET:
            field_dict["carrierCodeType"] = carrier_code_type
        if carrier_code_value is not UNSET:
            field_dict["carrierCodeValue"] = carrier_code_value

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                (
                    "carrierCodeType",
                    "carrier_code_type",
                    False,
                    ("enum", CarrierCodeType),
                ),
                ("carrierCodeValue", "carrier_code_value", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        _carrier_code_type = d.pop("carrierCodeType", UNSET)
        carrier_code_type = (
            UNSET
            if _carrier_code_type is UNSET
            else (
                CarrierCodeType._value2member_map_.get(_carrier_code_type)
                if _carrier_code_type.__class__ is str
                else None
            )
            or CarrierCodeType(_carrier_code_type)
        )

        carrier_code_value = d.pop("carrierCodeValue", UNSET)

        if (
            _reader is not None
            and carrier_code_value.__class__ is not str
            and carrier_code_value is not UNSET
        ):
            raise DeviationError("carrierCodeValue")

        if cls is CarrierCode:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.carrier_code_type = carrier_code_type
            _built.carrier_code_value = carrier_code_value
            _built._parse_notes = None
            carrier_code = _built
        else:  # a subclass: its own __init__ runs
            carrier_code = cls(
                carrier_code_type=carrier_code_type,
                carrier_code_value=carrier_code_value,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        carrier_code.additional_properties = d or {}
        return carrier_code

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
