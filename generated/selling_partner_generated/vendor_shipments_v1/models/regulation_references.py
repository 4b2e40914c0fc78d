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

T = TypeVar("T", bound="RegulationReferences")


@_attrs_define
class RegulationReferences:
    """
    Attributes:
        due_diligence_exemption_code (str | Unset):
        due_diligence_information (str | Unset):
        due_diligence_reference (str | Unset):
        due_diligence_verification (str | Unset):
    """

    due_diligence_exemption_code: str | Unset = UNSET
    due_diligence_information: str | Unset = UNSET
    due_diligence_reference: str | Unset = UNSET
    due_diligence_verification: str | Unset = UNSET
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
        due_diligence_exemption_code = self.due_diligence_exemption_code

        due_diligence_information = self.due_diligence_information

        due_diligence_reference = self.due_diligence_reference

        due_diligence_verification = self.due_diligence_verification

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if due_diligence_exemption_code is not UNSET:
            field_dict["dueDiligenceExemptionCode"] = due_diligence_exemption_code
        if due_diligence_information is not UNSET:
            field_dict["dueDiligenceInformation"] = due_diligence_information
        if due_diligence_reference is not UNSET:
            field_dict["dueDiligenceReference"] = due_diligence_reference
        if due_diligence_verification is not UNSET:
            field_dict["dueDiligenceVerification"] = due_diligence_verification

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                (
                    "dueDiligenceExemptionCode",
                    "due_diligence_exemption_code",
                    False,
                    ("str",),
                ),
                (
                    "dueDiligenceInformation",
                    "due_diligence_information",
                    False,
                    ("str",),
                ),
                ("dueDiligenceReference", "due_diligence_reference", False, ("str",)),
                (
                    "dueDiligenceVerification",
                    "due_diligence_verification",
                    False,
                    ("str",),
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
        due_diligence_exemption_code = d.pop("dueDiligenceExemptionCode", UNSET)

        if (
            _reader is not None
            and due_diligence_exemption_code.__class__ is not str
            and due_diligence_exemption_code is not UNSET
        ):
            raise DeviationError("dueDiligenceExemptionCode")

        due_diligence_information = d.pop("dueDiligenceInformation", UNSET)

        if (
            _reader is not None
            and due_diligence_information.__class__ is not str
            and due_diligence_information is not UNSET
        ):
            raise DeviationError("dueDiligenceInformation")

        due_diligence_reference = d.pop("dueDiligenceReference", UNSET)

        if (
            _reader is not None
            and due_diligence_reference.__class__ is not str
            and due_diligence_reference is not UNSET
        ):
            raise DeviationError("dueDiligenceReference")

        due_diligence_verification = d.pop("dueDiligenceVerification", UNSET)

        if (
            _reader is not None
            and due_diligence_verification.__class__ is not str
            and due_diligence_verification is not UNSET
        ):
            raise DeviationError("dueDiligenceVerification")

        if cls is RegulationReferences:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.due_diligence_exemption_code = due_diligence_exemption_code
            _built.due_diligence_information = due_diligence_information
            _built.due_diligence_reference = due_diligence_reference
            _built.due_diligence_verification = due_diligence_verification
            _built._parse_notes = None
            regulation_references = _built
        else:  # a subclass: its own __init__ runs
            regulation_references = cls(
                due_diligence_exemption_code=due_diligence_exemption_code,
                due_diligence_information=due_diligence_information,
                due_diligence_reference=due_diligence_reference,
                due_diligence_verification=due_diligence_verification,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        regulation_references.additional_properties = d or {}
        return regulation_references

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
