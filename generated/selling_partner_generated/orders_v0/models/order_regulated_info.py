from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.regulated_information import RegulatedInformation
    from ..models.regulated_order_verification_status import (
        RegulatedOrderVerificationStatus,
    )


T = TypeVar("T", bound="OrderRegulatedInfo")


@_attrs_define
class OrderRegulatedInfo:
    """
    Attributes:
        amazon_order_id (str):
        regulated_information (RegulatedInformation):
        regulated_order_verification_status (RegulatedOrderVerificationStatus):
        requires_dosage_label (bool):
    """

    amazon_order_id: str
    regulated_information: RegulatedInformation
    regulated_order_verification_status: RegulatedOrderVerificationStatus
    requires_dosage_label: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amazon_order_id = self.amazon_order_id

        regulated_information = self.regulated_information.to_dict()

        regulated_order_verification_status = (
            self.regulated_order_verification_status.to_dict()
        )

        requires_dosage_label = self.requires_dosage_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AmazonOrderId": amazon_order_id,
                "RegulatedInformation": regulated_information,
                "RegulatedOrderVerificationStatus": regulated_order_verification_status,
                "RequiresDosageLabel": requires_dosage_label,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.regulated_information import RegulatedInformation
        from ..models.regulated_order_verification_status import (
            RegulatedOrderVerificationStatus,
        )

        d = dict(src_dict)
        amazon_order_id = d.pop("AmazonOrderId")

        regulated_information = RegulatedInformation.from_dict(
            d.pop("RegulatedInformation")
        )

        regulated_order_verification_status = (
            RegulatedOrderVerificationStatus.from_dict(
                d.pop("RegulatedOrderVerificationStatus")
            )
        )

        requires_dosage_label = d.pop("RequiresDosageLabel")

        order_regulated_info = cls(
            amazon_order_id=amazon_order_id,
            regulated_information=regulated_information,
            regulated_order_verification_status=regulated_order_verification_status,
            requires_dosage_label=requires_dosage_label,
        )

        order_regulated_info.additional_properties = d
        return order_regulated_info

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
