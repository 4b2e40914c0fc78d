from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidationMetadata")


@_attrs_define
class ValidationMetadata:
    """
    Attributes:
        error_message (str | Unset):
        validation_strategy (str | Unset):
        value (str | Unset):
    """

    error_message: str | Unset = UNSET
    validation_strategy: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_message = self.error_message

        validation_strategy = self.validation_strategy

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if validation_strategy is not UNSET:
            field_dict["validationStrategy"] = validation_strategy
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        error_message = d.pop("errorMessage", UNSET)

        validation_strategy = d.pop("validationStrategy", UNSET)

        value = d.pop("value", UNSET)

        validation_metadata = cls(
            error_message=error_message,
            validation_strategy=validation_strategy,
            value=value,
        )

        validation_metadata.additional_properties = d
        return validation_metadata

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
