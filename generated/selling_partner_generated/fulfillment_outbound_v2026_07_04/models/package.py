from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tracking import Tracking


T = TypeVar("T", bound="Package")


@_attrs_define
class Package:
    """
    Attributes:
        package_id (str):
        delivery_time (datetime.datetime | Unset):
        shipment_item_ids (list[str] | Unset):
        status (str | Unset):
        tracking (Tracking | Unset):
    """

    package_id: str
    delivery_time: datetime.datetime | Unset = UNSET
    shipment_item_ids: list[str] | Unset = UNSET
    status: str | Unset = UNSET
    tracking: Tracking | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        package_id = self.package_id

        delivery_time: str | Unset = UNSET
        if not isinstance(self.delivery_time, Unset):
            delivery_time = self.delivery_time.isoformat()

        shipment_item_ids: list[str] | Unset = UNSET
        if not isinstance(self.shipment_item_ids, Unset):
            shipment_item_ids = self.shipment_item_ids

        status = self.status

        tracking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tracking, Unset):
            tracking = self.tracking.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "packageId": package_id,
            }
        )
        if delivery_time is not UNSET:
            field_dict["deliveryTime"] = delivery_time
        if shipment_item_ids is not UNSET:
            field_dict["shipmentItemIds"] = shipment_item_ids
        if status is not UNSET:
            field_dict["status"] = status
        if tracking is not UNSET:
            field_dict["tracking"] = tracking

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tracking import Tracking

        d = dict(src_dict)
        package_id = d.pop("packageId")

        _delivery_time = d.pop("deliveryTime", UNSET)
        delivery_time: datetime.datetime | Unset
        if isinstance(_delivery_time, Unset):
            delivery_time = UNSET
        else:
            delivery_time = datetime.datetime.fromisoformat(_delivery_time)

        shipment_item_ids = cast(list[str], d.pop("shipmentItemIds", UNSET))

        status = d.pop("status", UNSET)

        _tracking = d.pop("tracking", UNSET)
        tracking: Tracking | Unset
        if isinstance(_tracking, Unset):
            tracking = UNSET
        else:
            tracking = Tracking.from_dict(_tracking)

        package = cls(
            package_id=package_id,
            delivery_time=delivery_time,
            shipment_item_ids=shipment_item_ids,
            status=status,
            tracking=tracking,
        )

        package.additional_properties = d
        return package

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
