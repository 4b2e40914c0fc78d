from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.label_owner import LabelOwner
from ..models.prep_owner import PrepOwner
from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemInput")


@_attrs_define
class ItemInput:
    """
    Attributes:
        label_owner (LabelOwner):
        msku (str):
        prep_owner (PrepOwner):
        quantity (int):
        expiration (str | Unset):
        manufacturing_lot_code (str | Unset):
    """

    label_owner: LabelOwner
    msku: str
    prep_owner: PrepOwner
    quantity: int
    expiration: str | Unset = UNSET
    manufacturing_lot_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label_owner = self.label_owner.value

        msku = self.msku

        prep_owner = self.prep_owner.value

        quantity = self.quantity

        expiration = self.expiration

        manufacturing_lot_code = self.manufacturing_lot_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "labelOwner": label_owner,
                "msku": msku,
                "prepOwner": prep_owner,
                "quantity": quantity,
            }
        )
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if manufacturing_lot_code is not UNSET:
            field_dict["manufacturingLotCode"] = manufacturing_lot_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label_owner = LabelOwner(d.pop("labelOwner"))

        msku = d.pop("msku")

        prep_owner = PrepOwner(d.pop("prepOwner"))

        quantity = d.pop("quantity")

        expiration = d.pop("expiration", UNSET)

        manufacturing_lot_code = d.pop("manufacturingLotCode", UNSET)

        item_input = cls(
            label_owner=label_owner,
            msku=msku,
            prep_owner=prep_owner,
            quantity=quantity,
            expiration=expiration,
            manufacturing_lot_code=manufacturing_lot_code,
        )

        item_input.additional_properties = d
        return item_input

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
