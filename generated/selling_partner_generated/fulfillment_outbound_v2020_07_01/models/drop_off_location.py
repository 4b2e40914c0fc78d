from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.drop_off_location_type import DropOffLocationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.drop_off_location_attributes import DropOffLocationAttributes


T = TypeVar("T", bound="DropOffLocation")


@_attrs_define
class DropOffLocation:
    """
    Attributes:
        type_ (DropOffLocationType):
        attributes (DropOffLocationAttributes | Unset):
    """

    type_: DropOffLocationType
    attributes: DropOffLocationAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.drop_off_location_attributes import DropOffLocationAttributes

        d = dict(src_dict)
        type_ = DropOffLocationType(d.pop("type"))

        _attributes = d.pop("attributes", UNSET)
        attributes: DropOffLocationAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = DropOffLocationAttributes.from_dict(_attributes)

        drop_off_location = cls(
            type_=type_,
            attributes=attributes,
        )

        drop_off_location.additional_properties = d
        return drop_off_location

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
