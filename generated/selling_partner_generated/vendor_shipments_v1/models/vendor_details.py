from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.party_identification import PartyIdentification


T = TypeVar("T", bound="VendorDetails")


@_attrs_define
class VendorDetails:
    """
    Attributes:
        selling_party (PartyIdentification | Unset):
        vendor_shipment_identifier (str | Unset):
    """

    selling_party: PartyIdentification | Unset = UNSET
    vendor_shipment_identifier: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        selling_party: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selling_party, Unset):
            selling_party = self.selling_party.to_dict()

        vendor_shipment_identifier = self.vendor_shipment_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if selling_party is not UNSET:
            field_dict["sellingParty"] = selling_party
        if vendor_shipment_identifier is not UNSET:
            field_dict["vendorShipmentIdentifier"] = vendor_shipment_identifier

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.party_identification import PartyIdentification

        d = dict(src_dict)
        _selling_party = d.pop("sellingParty", UNSET)
        selling_party: PartyIdentification | Unset
        if isinstance(_selling_party, Unset):
            selling_party = UNSET
        else:
            selling_party = PartyIdentification.from_dict(_selling_party)

        vendor_shipment_identifier = d.pop("vendorShipmentIdentifier", UNSET)

        vendor_details = cls(
            selling_party=selling_party,
            vendor_shipment_identifier=vendor_shipment_identifier,
        )

        vendor_details.additional_properties = d
        return vendor_details

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
