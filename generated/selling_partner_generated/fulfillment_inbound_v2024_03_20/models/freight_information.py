from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency


T = TypeVar("T", bound="FreightInformation")


@_attrs_define
class FreightInformation:
    """
    Attributes:
        declared_value (Currency | Unset):
        freight_class (str | Unset):
    """

    declared_value: Currency | Unset = UNSET
    freight_class: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        declared_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.declared_value, Unset):
            declared_value = self.declared_value.to_dict()

        freight_class = self.freight_class

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if declared_value is not UNSET:
            field_dict["declaredValue"] = declared_value
        if freight_class is not UNSET:
            field_dict["freightClass"] = freight_class

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.currency import Currency

        d = dict(src_dict)
        _declared_value = d.pop("declaredValue", UNSET)
        declared_value: Currency | Unset
        if isinstance(_declared_value, Unset):
            declared_value = UNSET
        else:
            declared_value = Currency.from_dict(_declared_value)

        freight_class = d.pop("freightClass", UNSET)

        freight_information = cls(
            declared_value=declared_value,
            freight_class=freight_class,
        )

        freight_information.additional_properties = d
        return freight_information

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
