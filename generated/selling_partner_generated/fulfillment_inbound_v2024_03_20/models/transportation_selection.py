from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_information import ContactInformation


T = TypeVar("T", bound="TransportationSelection")


@_attrs_define
class TransportationSelection:
    """
    Attributes:
        shipment_id (str):
        transportation_option_id (str):
        contact_information (ContactInformation | Unset):
    """

    shipment_id: str
    transportation_option_id: str
    contact_information: ContactInformation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shipment_id = self.shipment_id

        transportation_option_id = self.transportation_option_id

        contact_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_information, Unset):
            contact_information = self.contact_information.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shipmentId": shipment_id,
                "transportationOptionId": transportation_option_id,
            }
        )
        if contact_information is not UNSET:
            field_dict["contactInformation"] = contact_information

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_information import ContactInformation

        d = dict(src_dict)
        shipment_id = d.pop("shipmentId")

        transportation_option_id = d.pop("transportationOptionId")

        _contact_information = d.pop("contactInformation", UNSET)
        contact_information: ContactInformation | Unset
        if isinstance(_contact_information, Unset):
            contact_information = UNSET
        else:
            contact_information = ContactInformation.from_dict(_contact_information)

        transportation_selection = cls(
            shipment_id=shipment_id,
            transportation_option_id=transportation_option_id,
            contact_information=contact_information,
        )

        transportation_selection.additional_properties = d
        return transportation_selection

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
