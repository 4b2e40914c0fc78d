from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_scenario_request import OrderScenarioRequest


T = TypeVar("T", bound="GenerateOrderScenarioRequest")


@_attrs_define
class GenerateOrderScenarioRequest:
    """
    Attributes:
        orders (list[OrderScenarioRequest] | Unset):
    """

    orders: list[OrderScenarioRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.orders, Unset):
            orders = []
            for orders_item_data in self.orders:
                orders_item = orders_item_data.to_dict()
                orders.append(orders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if orders is not UNSET:
            field_dict["orders"] = orders

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_scenario_request import OrderScenarioRequest

        d = dict(src_dict)
        _orders = d.pop("orders", UNSET)
        orders: list[OrderScenarioRequest] | Unset = UNSET
        if _orders is not UNSET:
            orders = []
            for orders_item_data in _orders:
                orders_item = OrderScenarioRequest.from_dict(orders_item_data)

                orders.append(orders_item)

        generate_order_scenario_request = cls(
            orders=orders,
        )

        generate_order_scenario_request.additional_properties = d
        return generate_order_scenario_request

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
