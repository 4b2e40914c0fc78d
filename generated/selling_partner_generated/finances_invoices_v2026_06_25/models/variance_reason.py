from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.variance_reason_variance_type import VarianceReasonVarianceType
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

T = TypeVar("T", bound="VarianceReason")


@_attrs_define
class VarianceReason:
    """
    Attributes:
        variance_type (VarianceReasonVarianceType):
        defect_types (list[str] | Unset):
    """

    variance_type: VarianceReasonVarianceType
    defect_types: list[str] | Unset = UNSET
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
        variance_type = self.variance_type.value

        defect_types: list[str] | Unset = UNSET
        if not isinstance(self.defect_types, Unset):
            defect_types = self.defect_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "varianceType": variance_type,
            }
        )
        if defect_types is not UNSET:
            field_dict["defectTypes"] = defect_types

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                (
                    "varianceType",
                    "variance_type",
                    True,
                    ("enum", VarianceReasonVarianceType),
                ),
                ("defectTypes", "defect_types", False, ("list", ("str",))),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        _variance_type = d.pop("varianceType")
        variance_type = (
            VarianceReasonVarianceType._value2member_map_.get(_variance_type)
            if _variance_type.__class__ is str
            else None
        ) or VarianceReasonVarianceType(_variance_type)

        defect_types = d.pop("defectTypes", UNSET)

        if (
            _reader is not None
            and defect_types.__class__ is not list
            and defect_types is not UNSET
        ):
            raise DeviationError("defectTypes")

        if cls is VarianceReason:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.variance_type = variance_type
            _built.defect_types = defect_types
            _built._parse_notes = None
            variance_reason = _built
        else:  # a subclass: its own __init__ runs
            variance_reason = cls(
                variance_type=variance_type,
                defect_types=defect_types,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        variance_reason.additional_properties = d or {}
        return variance_reason

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
