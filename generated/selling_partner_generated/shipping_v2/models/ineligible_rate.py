from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ineligibility_reason import IneligibilityReason


T = TypeVar("T", bound="IneligibleRate")


@_attrs_define
class IneligibleRate:
    """
    Attributes:
        carrier_id (str):
        carrier_name (str):
        ineligibility_reasons (list[IneligibilityReason]):
        service_id (str):
        service_name (str):
    """

    carrier_id: str
    carrier_name: str
    ineligibility_reasons: list[IneligibilityReason]
    service_id: str
    service_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        carrier_id = self.carrier_id

        carrier_name = self.carrier_name

        ineligibility_reasons = []
        for ineligibility_reasons_item_data in self.ineligibility_reasons:
            ineligibility_reasons_item = ineligibility_reasons_item_data.to_dict()
            ineligibility_reasons.append(ineligibility_reasons_item)

        service_id = self.service_id

        service_name = self.service_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "carrierId": carrier_id,
                "carrierName": carrier_name,
                "ineligibilityReasons": ineligibility_reasons,
                "serviceId": service_id,
                "serviceName": service_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ineligibility_reason import IneligibilityReason

        d = dict(src_dict)
        carrier_id = d.pop("carrierId")

        carrier_name = d.pop("carrierName")

        ineligibility_reasons = []
        _ineligibility_reasons = d.pop("ineligibilityReasons")
        for ineligibility_reasons_item_data in _ineligibility_reasons:
            ineligibility_reasons_item = IneligibilityReason.from_dict(
                ineligibility_reasons_item_data
            )

            ineligibility_reasons.append(ineligibility_reasons_item)

        service_id = d.pop("serviceId")

        service_name = d.pop("serviceName")

        ineligible_rate = cls(
            carrier_id=carrier_id,
            carrier_name=carrier_name,
            ineligibility_reasons=ineligibility_reasons,
            service_id=service_id,
            service_name=service_name,
        )

        ineligible_rate.additional_properties = d
        return ineligible_rate

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
