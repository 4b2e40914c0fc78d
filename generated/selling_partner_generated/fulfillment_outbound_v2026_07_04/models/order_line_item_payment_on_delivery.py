from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="OrderLineItemPaymentOnDelivery")


@_attrs_define
class OrderLineItemPaymentOnDelivery:
    """
    Attributes:
        per_unit_service_price (Money | Unset):
    """

    per_unit_service_price: Money | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        per_unit_service_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.per_unit_service_price, Unset):
            per_unit_service_price = self.per_unit_service_price.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if per_unit_service_price is not UNSET:
            field_dict["perUnitServicePrice"] = per_unit_service_price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.money import Money

        d = dict(src_dict)
        _per_unit_service_price = d.pop("perUnitServicePrice", UNSET)
        per_unit_service_price: Money | Unset
        if isinstance(_per_unit_service_price, Unset):
            per_unit_service_price = UNSET
        else:
            per_unit_service_price = Money.from_dict(_per_unit_service_price)

        order_line_item_payment_on_delivery = cls(
            per_unit_service_price=per_unit_service_price,
        )

        order_line_item_payment_on_delivery.additional_properties = d
        return order_line_item_payment_on_delivery

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
