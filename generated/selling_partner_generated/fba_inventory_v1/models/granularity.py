from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Granularity")


@_attrs_define
class Granularity:
    """
    Attributes:
        granularity_id (str | Unset):
        granularity_type (str | Unset):
    """

    granularity_id: str | Unset = UNSET
    granularity_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        granularity_id = self.granularity_id

        granularity_type = self.granularity_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if granularity_id is not UNSET:
            field_dict["granularityId"] = granularity_id
        if granularity_type is not UNSET:
            field_dict["granularityType"] = granularity_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        granularity_id = d.pop("granularityId", UNSET)

        granularity_type = d.pop("granularityType", UNSET)

        granularity = cls(
            granularity_id=granularity_id,
            granularity_type=granularity_type,
        )

        granularity.additional_properties = d
        return granularity

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
