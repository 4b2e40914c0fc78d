from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency


T = TypeVar("T", bound="DirectPayment")


@_attrs_define
class DirectPayment:
    """
    Attributes:
        direct_payment_amount (Currency | Unset):
        direct_payment_type (str | Unset):
    """

    direct_payment_amount: Currency | Unset = UNSET
    direct_payment_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        direct_payment_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.direct_payment_amount, Unset):
            direct_payment_amount = self.direct_payment_amount.to_dict()

        direct_payment_type = self.direct_payment_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if direct_payment_amount is not UNSET:
            field_dict["DirectPaymentAmount"] = direct_payment_amount
        if direct_payment_type is not UNSET:
            field_dict["DirectPaymentType"] = direct_payment_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.currency import Currency

        d = dict(src_dict)
        _direct_payment_amount = d.pop("DirectPaymentAmount", UNSET)
        direct_payment_amount: Currency | Unset
        if isinstance(_direct_payment_amount, Unset):
            direct_payment_amount = UNSET
        else:
            direct_payment_amount = Currency.from_dict(_direct_payment_amount)

        direct_payment_type = d.pop("DirectPaymentType", UNSET)

        direct_payment = cls(
            direct_payment_amount=direct_payment_amount,
            direct_payment_type=direct_payment_type,
        )

        direct_payment.additional_properties = d
        return direct_payment

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
