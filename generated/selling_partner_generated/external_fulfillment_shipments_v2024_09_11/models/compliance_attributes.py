from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.requirement_level import RequirementLevel
from ..types import (
    FAST,
    READER,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

T = TypeVar("T", bound="ComplianceAttributes")


@_attrs_define
class ComplianceAttributes:
    """
    Attributes:
        country_of_origin_requirement (RequirementLevel):
        hazmat_labels_requirement (RequirementLevel):
        item_value_requirement (RequirementLevel):
        serial_number_requirement (RequirementLevel):
    """

    country_of_origin_requirement: RequirementLevel
    hazmat_labels_requirement: RequirementLevel
    item_value_requirement: RequirementLevel
    serial_number_requirement: RequirementLevel
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
        country_of_origin_requirement = self.country_of_origin_requirement.value

        hazmat_labels_requirement = self.hazmat_labels_requirement.value

        item_value_requirement = self.item_value_requirement.value

        serial_number_requirement = self.serial_number_requirement.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "countryOfOriginRequirement": country_of_origin_requirement,
                "hazmatLabelsRequirement": hazmat_labels_requirement,
                "itemValueRequirement": item_value_requirement,
                "serialNumberRequirement": serial_number_requirement,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                (
                    "countryOfOriginRequirement",
                    "country_of_origin_requirement",
                    True,
                    ("enum", RequirementLevel),
                ),
                (
                    "hazmatLabelsRequirement",
                    "hazmat_labels_requirement",
                    True,
                    ("enum", RequirementLevel),
                ),
                (
                    "itemValueRequirement",
                    "item_value_requirement",
                    True,
                    ("enum", RequirementLevel),
                ),
                (
                    "serialNumberRequirement",
                    "serial_number_requirement",
                    True,
                    ("enum", RequirementLevel),
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
        _country_of_origin_requirement = d.pop("countryOfOriginRequirement")
        country_of_origin_requirement = (
            RequirementLevel._value2member_map_.get(_country_of_origin_requirement)
            if _country_of_origin_requirement.__class__ is str
            else None
        ) or RequirementLevel(_country_of_origin_requirement)

        _hazmat_labels_requirement = d.pop("hazmatLabelsRequirement")
        hazmat_labels_requirement = (
            RequirementLevel._value2member_map_.get(_hazmat_labels_requirement)
            if _hazmat_labels_requirement.__class__ is str
            else None
        ) or RequirementLevel(_hazmat_labels_requirement)

        _item_value_requirement = d.pop("itemValueRequirement")
        item_value_requirement = (
            RequirementLevel._value2member_map_.get(_item_value_requirement)
            if _item_value_requirement.__class__ is str
            else None
        ) or RequirementLevel(_item_value_requirement)

        _serial_number_requirement = d.pop("serialNumberRequirement")
        serial_number_requirement = (
            RequirementLevel._value2member_map_.get(_serial_number_requirement)
            if _serial_number_requirement.__class__ is str
            else None
        ) or RequirementLevel(_serial_number_requirement)

        if cls is ComplianceAttributes:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.country_of_origin_requirement = country_of_origin_requirement
            _built.hazmat_labels_requirement = hazmat_labels_requirement
            _built.item_value_requirement = item_value_requirement
            _built.serial_number_requirement = serial_number_requirement
            _built._parse_notes = None
            compliance_attributes = _built
        else:  # a subclass: its own __init__ runs
            compliance_attributes = cls(
                country_of_origin_requirement=country_of_origin_requirement,
                hazmat_labels_requirement=hazmat_labels_requirement,
                item_value_requirement=item_value_requirement,
                serial_number_requirement=serial_number_requirement,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        compliance_attributes.additional_properties = d or {}
        return compliance_attributes

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
