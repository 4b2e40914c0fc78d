from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Participation")


@_attrs_define
class Participation:
    """
    Attributes:
        has_suspended_listings (bool):
        is_participating (bool):
    """

    has_suspended_listings: bool
    is_participating: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_suspended_listings = self.has_suspended_listings

        is_participating = self.is_participating

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hasSuspendedListings": has_suspended_listings,
                "isParticipating": is_participating,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        has_suspended_listings = d.pop("hasSuspendedListings")

        is_participating = d.pop("isParticipating")

        participation = cls(
            has_suspended_listings=has_suspended_listings,
            is_participating=is_participating,
        )

        participation.additional_properties = d
        return participation

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
