from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.availability_record import AvailabilityRecord
    from ..models.error import Error
    from ..models.warning import Warning_


T = TypeVar("T", bound="UpdateScheduleRecord")


@_attrs_define
class UpdateScheduleRecord:
    """
    Attributes:
        availability (AvailabilityRecord | Unset):
        errors (list[Error] | Unset):
        warnings (list[Warning_] | Unset):
    """

    availability: AvailabilityRecord | Unset = UNSET
    errors: list[Error] | Unset = UNSET
    warnings: list[Warning_] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        availability: dict[str, Any] | Unset = UNSET
        if not isinstance(self.availability, Unset):
            availability = self.availability.to_dict()

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for componentsschemas_error_list_item_data in self.errors:
                componentsschemas_error_list_item = (
                    componentsschemas_error_list_item_data.to_dict()
                )
                errors.append(componentsschemas_error_list_item)

        warnings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for componentsschemas_warning_list_item_data in self.warnings:
                componentsschemas_warning_list_item = (
                    componentsschemas_warning_list_item_data.to_dict()
                )
                warnings.append(componentsschemas_warning_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if availability is not UNSET:
            field_dict["availability"] = availability
        if errors is not UNSET:
            field_dict["errors"] = errors
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.availability_record import AvailabilityRecord
        from ..models.error import Error
        from ..models.warning import Warning_

        d = dict(src_dict)
        _availability = d.pop("availability", UNSET)
        availability: AvailabilityRecord | Unset
        if isinstance(_availability, Unset):
            availability = UNSET
        else:
            availability = AvailabilityRecord.from_dict(_availability)

        _errors = d.pop("errors", UNSET)
        errors: list[Error] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for componentsschemas_error_list_item_data in _errors:
                componentsschemas_error_list_item = Error.from_dict(
                    componentsschemas_error_list_item_data
                )

                errors.append(componentsschemas_error_list_item)

        _warnings = d.pop("warnings", UNSET)
        warnings: list[Warning_] | Unset = UNSET
        if _warnings is not UNSET:
            warnings = []
            for componentsschemas_warning_list_item_data in _warnings:
                componentsschemas_warning_list_item = Warning_.from_dict(
                    componentsschemas_warning_list_item_data
                )

                warnings.append(componentsschemas_warning_list_item)

        update_schedule_record = cls(
            availability=availability,
            errors=errors,
            warnings=warnings,
        )

        update_schedule_record.additional_properties = d
        return update_schedule_record

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
