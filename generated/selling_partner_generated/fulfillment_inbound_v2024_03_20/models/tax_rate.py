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

T = TypeVar("T", bound="TaxRate")


@_attrs_define
class TaxRate:
    """
    Attributes:
        cess_rate (float | Unset):
        gst_rate (float | Unset):
        tax_type (str | Unset):
    """

    cess_rate: float | Unset = UNSET
    gst_rate: float | Unset = UNSET
    tax_type: str | Unset = UNSET
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
        cess_rate = self.cess_rate

        gst_rate = self.gst_rate

        tax_type = self.tax_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cess_rate is not UNSET:
            field_dict["cessRate"] = cess_rate
        if gst_rate is not UNSET:
            field_dict["gstRate"] = gst_rate
        if tax_type is not UNSET:
            field_dict["taxType"] = tax_type

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("cessRate", "cess_rate", False, ("float",)),
                ("gstRate", "gst_rate", False, ("float",)),
                ("taxType", "tax_type", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        cess_rate = d.pop("cessRate", UNSET)

        if (
            _reader is not None
            and cess_rate.__class__ is not float
            and cess_rate.__class__ is not int
            and cess_rate is not UNSET
        ):
            raise DeviationError("cessRate")

        gst_rate = d.pop("gstRate", UNSET)

        if (
            _reader is not None
            and gst_rate.__class__ is not float
            and gst_rate.__class__ is not int
            and gst_rate is not UNSET
        ):
            raise DeviationError("gstRate")

        tax_type = d.pop("taxType", UNSET)

        if (
            _reader is not None
            and tax_type.__class__ is not str
            and tax_type is not UNSET
        ):
            raise DeviationError("taxType")

        if cls is TaxRate:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.cess_rate = cess_rate
            _built.gst_rate = gst_rate
            _built.tax_type = tax_type
            _built._parse_notes = None
            tax_rate = _built
        else:  # a subclass: its own __init__ runs
            tax_rate = cls(
                cess_rate=cess_rate,
                gst_rate=gst_rate,
                tax_type=tax_type,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        tax_rate.additional_properties = d or {}
        return tax_rate

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
