from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fulfillment_status import FulfillmentStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_time_range import DateTimeRange


T = TypeVar("T", bound="OrderFulfillment")


@_attrs_define
class OrderFulfillment:
    """
    Attributes:
        fulfillment_status (FulfillmentStatus):
        deliver_by_window (DateTimeRange | Unset):
        fulfilled_by (str | Unset):
        fulfillment_service_level (str | Unset):
        label_printing_window (DateTimeRange | Unset):
        ship_by_window (DateTimeRange | Unset):
    """

    fulfillment_status: FulfillmentStatus
    deliver_by_window: DateTimeRange | Unset = UNSET
    fulfilled_by: str | Unset = UNSET
    fulfillment_service_level: str | Unset = UNSET
    label_printing_window: DateTimeRange | Unset = UNSET
    ship_by_window: DateTimeRange | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fulfillment_status = self.fulfillment_status.value

        deliver_by_window: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deliver_by_window, Unset):
            deliver_by_window = self.deliver_by_window.to_dict()

        fulfilled_by = self.fulfilled_by

        fulfillment_service_level = self.fulfillment_service_level

        label_printing_window: dict[str, Any] | Unset = UNSET
        if not isinstance(self.label_printing_window, Unset):
            label_printing_window = self.label_printing_window.to_dict()

        ship_by_window: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_by_window, Unset):
            ship_by_window = self.ship_by_window.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fulfillmentStatus": fulfillment_status,
            }
        )
        if deliver_by_window is not UNSET:
            field_dict["deliverByWindow"] = deliver_by_window
        if fulfilled_by is not UNSET:
            field_dict["fulfilledBy"] = fulfilled_by
        if fulfillment_service_level is not UNSET:
            field_dict["fulfillmentServiceLevel"] = fulfillment_service_level
        if label_printing_window is not UNSET:
            field_dict["labelPrintingWindow"] = label_printing_window
        if ship_by_window is not UNSET:
            field_dict["shipByWindow"] = ship_by_window

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.date_time_range import DateTimeRange

        d = dict(src_dict)
        fulfillment_status = FulfillmentStatus(d.pop("fulfillmentStatus"))

        _deliver_by_window = d.pop("deliverByWindow", UNSET)
        deliver_by_window: DateTimeRange | Unset
        if isinstance(_deliver_by_window, Unset):
            deliver_by_window = UNSET
        else:
            deliver_by_window = DateTimeRange.from_dict(_deliver_by_window)

        fulfilled_by = d.pop("fulfilledBy", UNSET)

        fulfillment_service_level = d.pop("fulfillmentServiceLevel", UNSET)

        _label_printing_window = d.pop("labelPrintingWindow", UNSET)
        label_printing_window: DateTimeRange | Unset
        if isinstance(_label_printing_window, Unset):
            label_printing_window = UNSET
        else:
            label_printing_window = DateTimeRange.from_dict(_label_printing_window)

        _ship_by_window = d.pop("shipByWindow", UNSET)
        ship_by_window: DateTimeRange | Unset
        if isinstance(_ship_by_window, Unset):
            ship_by_window = UNSET
        else:
            ship_by_window = DateTimeRange.from_dict(_ship_by_window)

        order_fulfillment = cls(
            fulfillment_status=fulfillment_status,
            deliver_by_window=deliver_by_window,
            fulfilled_by=fulfilled_by,
            fulfillment_service_level=fulfillment_service_level,
            label_printing_window=label_printing_window,
            ship_by_window=ship_by_window,
        )

        order_fulfillment.additional_properties = d
        return order_fulfillment

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
