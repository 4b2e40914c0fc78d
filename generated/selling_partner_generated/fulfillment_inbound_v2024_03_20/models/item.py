from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prep_instruction import PrepInstruction


T = TypeVar("T", bound="Item")


@_attrs_define
class Item:
    """
    Attributes:
        asin (str):
        fnsku (str):
        label_owner (str):
        msku (str):
        prep_instructions (list[PrepInstruction]):
        quantity (int):
        expiration (str | Unset):
        manufacturing_lot_code (str | Unset):
    """

    asin: str
    fnsku: str
    label_owner: str
    msku: str
    prep_instructions: list[PrepInstruction]
    quantity: int
    expiration: str | Unset = UNSET
    manufacturing_lot_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asin = self.asin

        fnsku = self.fnsku

        label_owner = self.label_owner

        msku = self.msku

        prep_instructions = []
        for prep_instructions_item_data in self.prep_instructions:
            prep_instructions_item = prep_instructions_item_data.to_dict()
            prep_instructions.append(prep_instructions_item)

        quantity = self.quantity

        expiration = self.expiration

        manufacturing_lot_code = self.manufacturing_lot_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asin": asin,
                "fnsku": fnsku,
                "labelOwner": label_owner,
                "msku": msku,
                "prepInstructions": prep_instructions,
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
        from ..models.prep_instruction import PrepInstruction

        d = dict(src_dict)
        asin = d.pop("asin")

        fnsku = d.pop("fnsku")

        label_owner = d.pop("labelOwner")

        msku = d.pop("msku")

        prep_instructions = []
        _prep_instructions = d.pop("prepInstructions")
        for prep_instructions_item_data in _prep_instructions:
            prep_instructions_item = PrepInstruction.from_dict(
                prep_instructions_item_data
            )

            prep_instructions.append(prep_instructions_item)

        quantity = d.pop("quantity")

        expiration = d.pop("expiration", UNSET)

        manufacturing_lot_code = d.pop("manufacturingLotCode", UNSET)

        item = cls(
            asin=asin,
            fnsku=fnsku,
            label_owner=label_owner,
            msku=msku,
            prep_instructions=prep_instructions,
            quantity=quantity,
            expiration=expiration,
            manufacturing_lot_code=manufacturing_lot_code,
        )

        item.additional_properties = d
        return item

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
