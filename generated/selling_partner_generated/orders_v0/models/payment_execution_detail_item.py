from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="PaymentExecutionDetailItem")


@_attrs_define
class PaymentExecutionDetailItem:
    """
    Attributes:
        payment (Money):
        payment_method (str):
        acquirer_id (str | Unset):
        authorization_code (str | Unset):
        card_brand (str | Unset):
    """

    payment: Money
    payment_method: str
    acquirer_id: str | Unset = UNSET
    authorization_code: str | Unset = UNSET
    card_brand: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment = self.payment.to_dict()

        payment_method = self.payment_method

        acquirer_id = self.acquirer_id

        authorization_code = self.authorization_code

        card_brand = self.card_brand

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Payment": payment,
                "PaymentMethod": payment_method,
            }
        )
        if acquirer_id is not UNSET:
            field_dict["AcquirerId"] = acquirer_id
        if authorization_code is not UNSET:
            field_dict["AuthorizationCode"] = authorization_code
        if card_brand is not UNSET:
            field_dict["CardBrand"] = card_brand

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.money import Money

        d = dict(src_dict)
        payment = Money.from_dict(d.pop("Payment"))

        payment_method = d.pop("PaymentMethod")

        acquirer_id = d.pop("AcquirerId", UNSET)

        authorization_code = d.pop("AuthorizationCode", UNSET)

        card_brand = d.pop("CardBrand", UNSET)

        payment_execution_detail_item = cls(
            payment=payment,
            payment_method=payment_method,
            acquirer_id=acquirer_id,
            authorization_code=authorization_code,
            card_brand=card_brand,
        )

        payment_execution_detail_item.additional_properties = d
        return payment_execution_detail_item

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
