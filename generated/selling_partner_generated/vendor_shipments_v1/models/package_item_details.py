from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.expiry import Expiry


T = TypeVar("T", bound="PackageItemDetails")


@_attrs_define
class PackageItemDetails:
    """
    Attributes:
        expiry (Expiry | Unset):
        lot_number (str | Unset):
        purchase_order_number (str | Unset):
    """

    expiry: Expiry | Unset = UNSET
    lot_number: str | Unset = UNSET
    purchase_order_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expiry: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expiry, Unset):
            expiry = self.expiry.to_dict()

        lot_number = self.lot_number

        purchase_order_number = self.purchase_order_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expiry is not UNSET:
            field_dict["expiry"] = expiry
        if lot_number is not UNSET:
            field_dict["lotNumber"] = lot_number
        if purchase_order_number is not UNSET:
            field_dict["purchaseOrderNumber"] = purchase_order_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.expiry import Expiry

        d = dict(src_dict)
        _expiry = d.pop("expiry", UNSET)
        expiry: Expiry | Unset
        if isinstance(_expiry, Unset):
            expiry = UNSET
        else:
            expiry = Expiry.from_dict(_expiry)

        lot_number = d.pop("lotNumber", UNSET)

        purchase_order_number = d.pop("purchaseOrderNumber", UNSET)

        package_item_details = cls(
            expiry=expiry,
            lot_number=lot_number,
            purchase_order_number=purchase_order_number,
        )

        package_item_details.additional_properties = d
        return package_item_details

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
