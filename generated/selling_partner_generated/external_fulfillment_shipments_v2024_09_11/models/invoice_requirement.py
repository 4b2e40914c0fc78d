from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_requirement_requirement import InvoiceRequirementRequirement
from ..models.invoice_requirement_status import InvoiceRequirementStatus
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

T = TypeVar("T", bound="InvoiceRequirement")


@_attrs_define
class InvoiceRequirement:
    """
    Attributes:
        requirement (InvoiceRequirementRequirement | Unset):
        status (InvoiceRequirementStatus | Unset):
    """

    requirement: InvoiceRequirementRequirement | Unset = UNSET
    status: InvoiceRequirementStatus | Unset = UNSET
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
        requirement: str | Unset = UNSET
        if not isinstance(self.requirement, Unset):
            requirement = self.requirement.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if requirement is not UNSET:
            field_dict["requirement"] = requirement
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                (
                    "requirement",
                    "requirement",
                    False,
                    ("enum", InvoiceRequirementRequirement),
                ),
                ("status", "status", False, ("enum", InvoiceRequirementStatus)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        _requirement = d.pop("requirement", UNSET)
        requirement = (
            UNSET
            if _requirement is UNSET
            else (
                InvoiceRequirementRequirement._value2member_map_.get(_requirement)
                if _requirement.__class__ is str
                else None
            )
            or InvoiceRequirementRequirement(_requirement)
        )

        _status = d.pop("status", UNSET)
        status = (
            UNSET
            if _status is UNSET
            else (
                InvoiceRequirementStatus._value2member_map_.get(_status)
                if _status.__class__ is str
                else None
            )
            or InvoiceRequirementStatus(_status)
        )

        if cls is InvoiceRequirement:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.requirement = requirement
            _built.status = status
            _built._parse_notes = None
            invoice_requirement = _built
        else:  # a subclass: its own __init__ runs
            invoice_requirement = cls(
                requirement=requirement,
                status=status,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        invoice_requirement.additional_properties = d or {}
        return invoice_requirement

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
