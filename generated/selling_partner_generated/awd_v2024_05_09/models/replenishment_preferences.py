from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.confirmation_mode import ConfirmationMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReplenishmentPreferences")


@_attrs_define
class ReplenishmentPreferences:
    """
    Attributes:
        confirmation (ConfirmationMode | Unset):
    """

    confirmation: ConfirmationMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confirmation: str | Unset = UNSET
        if not isinstance(self.confirmation, Unset):
            confirmation = self.confirmation.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if confirmation is not UNSET:
            field_dict["confirmation"] = confirmation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _confirmation = d.pop("confirmation", UNSET)
        confirmation: ConfirmationMode | Unset
        if isinstance(_confirmation, Unset):
            confirmation = UNSET
        else:
            confirmation = ConfirmationMode(_confirmation)

        replenishment_preferences = cls(
            confirmation=confirmation,
        )

        replenishment_preferences.additional_properties = d
        return replenishment_preferences

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
