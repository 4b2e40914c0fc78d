from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.time_window import TimeWindow


T = TypeVar("T", bound="Promise")


@_attrs_define
class Promise:
    """
    Attributes:
        delivery_window (TimeWindow | Unset):
        pickup_window (TimeWindow | Unset):
    """

    delivery_window: TimeWindow | Unset = UNSET
    pickup_window: TimeWindow | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery_window: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_window, Unset):
            delivery_window = self.delivery_window.to_dict()

        pickup_window: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pickup_window, Unset):
            pickup_window = self.pickup_window.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delivery_window is not UNSET:
            field_dict["deliveryWindow"] = delivery_window
        if pickup_window is not UNSET:
            field_dict["pickupWindow"] = pickup_window

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.time_window import TimeWindow

        d = dict(src_dict)
        _delivery_window = d.pop("deliveryWindow", UNSET)
        delivery_window: TimeWindow | Unset
        if isinstance(_delivery_window, Unset):
            delivery_window = UNSET
        else:
            delivery_window = TimeWindow.from_dict(_delivery_window)

        _pickup_window = d.pop("pickupWindow", UNSET)
        pickup_window: TimeWindow | Unset
        if isinstance(_pickup_window, Unset):
            pickup_window = UNSET
        else:
            pickup_window = TimeWindow.from_dict(_pickup_window)

        promise = cls(
            delivery_window=delivery_window,
            pickup_window=pickup_window,
        )

        promise.additional_properties = d
        return promise

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
