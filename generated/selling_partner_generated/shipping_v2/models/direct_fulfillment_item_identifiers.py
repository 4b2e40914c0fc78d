from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DirectFulfillmentItemIdentifiers")


@_attrs_define
class DirectFulfillmentItemIdentifiers:
    """
    Attributes:
        line_item_id (str):
        piece_number (str | Unset):
    """

    line_item_id: str
    piece_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_item_id = self.line_item_id

        piece_number = self.piece_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lineItemID": line_item_id,
            }
        )
        if piece_number is not UNSET:
            field_dict["pieceNumber"] = piece_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        line_item_id = d.pop("lineItemID")

        piece_number = d.pop("pieceNumber", UNSET)

        direct_fulfillment_item_identifiers = cls(
            line_item_id=line_item_id,
            piece_number=piece_number,
        )

        direct_fulfillment_item_identifiers.additional_properties = d
        return direct_fulfillment_item_identifiers

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
