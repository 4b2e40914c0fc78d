from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_packing_slip import OrderPackingSlip


T = TypeVar("T", bound="OrderLineItemPackagingService")


@_attrs_define
class OrderLineItemPackagingService:
    """
    Attributes:
        packing_slip (OrderPackingSlip | Unset):
    """

    packing_slip: OrderPackingSlip | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        packing_slip: dict[str, Any] | Unset = UNSET
        if not isinstance(self.packing_slip, Unset):
            packing_slip = self.packing_slip.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if packing_slip is not UNSET:
            field_dict["packingSlip"] = packing_slip

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_packing_slip import OrderPackingSlip

        d = dict(src_dict)
        _packing_slip = d.pop("packingSlip", UNSET)
        packing_slip: OrderPackingSlip | Unset
        if isinstance(_packing_slip, Unset):
            packing_slip = UNSET
        else:
            packing_slip = OrderPackingSlip.from_dict(_packing_slip)

        order_line_item_packaging_service = cls(
            packing_slip=packing_slip,
        )

        order_line_item_packaging_service.additional_properties = d
        return order_line_item_packaging_service

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
