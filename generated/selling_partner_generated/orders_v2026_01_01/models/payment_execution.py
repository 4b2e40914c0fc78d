from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="PaymentExecution")


@_attrs_define
class PaymentExecution:
    """
    Attributes:
        acquirer_id (str | Unset):
        authorization_code (str | Unset):
        card_brand (str | Unset):
        payment_amount (Money | Unset):
        payment_method (str | Unset):
    """

    acquirer_id: str | Unset = UNSET
    authorization_code: str | Unset = UNSET
    card_brand: str | Unset = UNSET
    payment_amount: Money | Unset = UNSET
    payment_method: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acquirer_id = self.acquirer_id

        authorization_code = self.authorization_code

        card_brand = self.card_brand

        payment_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_amount, Unset):
            payment_amount = self.payment_amount.to_dict()

        payment_method = self.payment_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acquirer_id is not UNSET:
            field_dict["acquirerId"] = acquirer_id
        if authorization_code is not UNSET:
            field_dict["authorizationCode"] = authorization_code
        if card_brand is not UNSET:
            field_dict["cardBrand"] = card_brand
        if payment_amount is not UNSET:
            field_dict["paymentAmount"] = payment_amount
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.money import Money

        d = dict(src_dict)
        acquirer_id = d.pop("acquirerId", UNSET)

        authorization_code = d.pop("authorizationCode", UNSET)

        card_brand = d.pop("cardBrand", UNSET)

        _payment_amount = d.pop("paymentAmount", UNSET)
        payment_amount: Money | Unset
        if isinstance(_payment_amount, Unset):
            payment_amount = UNSET
        else:
            payment_amount = Money.from_dict(_payment_amount)

        payment_method = d.pop("paymentMethod", UNSET)

        payment_execution = cls(
            acquirer_id=acquirer_id,
            authorization_code=authorization_code,
            card_brand=card_brand,
            payment_amount=payment_amount,
            payment_method=payment_method,
        )

        payment_execution.additional_properties = d
        return payment_execution

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
