from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.currency import Currency
    from ..models.weight import Weight


T = TypeVar("T", bound="ContainerItem")


@_attrs_define
class ContainerItem:
    """
    Attributes:
        quantity (float):
        title (str):
        unit_price (Currency):
        unit_weight (Weight):
    """

    quantity: float
    title: str
    unit_price: Currency
    unit_weight: Weight
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity = self.quantity

        title = self.title

        unit_price = self.unit_price.to_dict()

        unit_weight = self.unit_weight.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quantity": quantity,
                "title": title,
                "unitPrice": unit_price,
                "unitWeight": unit_weight,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.currency import Currency
        from ..models.weight import Weight

        d = dict(src_dict)
        quantity = d.pop("quantity")

        title = d.pop("title")

        unit_price = Currency.from_dict(d.pop("unitPrice"))

        unit_weight = Weight.from_dict(d.pop("unitWeight"))

        container_item = cls(
            quantity=quantity,
            title=title,
            unit_price=unit_price,
            unit_weight=unit_weight,
        )

        container_item.additional_properties = d
        return container_item

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
