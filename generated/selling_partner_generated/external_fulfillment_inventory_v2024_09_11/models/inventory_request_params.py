from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.marketplace_attributes import MarketplaceAttributes


T = TypeVar("T", bound="InventoryRequestParams")


@_attrs_define
class InventoryRequestParams:
    """
    Attributes:
        client_sequence_number (int | Unset):
        marketplace_attributes (MarketplaceAttributes | Unset):
        quantity (int | Unset):
    """

    client_sequence_number: int | Unset = UNSET
    marketplace_attributes: MarketplaceAttributes | Unset = UNSET
    quantity: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_sequence_number = self.client_sequence_number

        marketplace_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.marketplace_attributes, Unset):
            marketplace_attributes = self.marketplace_attributes.to_dict()

        quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_sequence_number is not UNSET:
            field_dict["clientSequenceNumber"] = client_sequence_number
        if marketplace_attributes is not UNSET:
            field_dict["marketplaceAttributes"] = marketplace_attributes
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.marketplace_attributes import MarketplaceAttributes

        d = dict(src_dict)
        client_sequence_number = d.pop("clientSequenceNumber", UNSET)

        _marketplace_attributes = d.pop("marketplaceAttributes", UNSET)
        marketplace_attributes: MarketplaceAttributes | Unset
        if isinstance(_marketplace_attributes, Unset):
            marketplace_attributes = UNSET
        else:
            marketplace_attributes = MarketplaceAttributes.from_dict(
                _marketplace_attributes
            )

        quantity = d.pop("quantity", UNSET)

        inventory_request_params = cls(
            client_sequence_number=client_sequence_number,
            marketplace_attributes=marketplace_attributes,
            quantity=quantity,
        )

        inventory_request_params.additional_properties = d
        return inventory_request_params

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
