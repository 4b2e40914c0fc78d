from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.tracking_detail import TrackingDetail


T = TypeVar("T", bound="GetShipmentTrackingResponse")


@_attrs_define
class GetShipmentTrackingResponse:
    """
    Attributes:
        tracking_detail (TrackingDetail):
    """

    tracking_detail: TrackingDetail
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tracking_detail = self.tracking_detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trackingDetail": tracking_detail,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tracking_detail import TrackingDetail

        d = dict(src_dict)
        tracking_detail = TrackingDetail.from_dict(d.pop("trackingDetail"))

        get_shipment_tracking_response = cls(
            tracking_detail=tracking_detail,
        )

        get_shipment_tracking_response.additional_properties = d
        return get_shipment_tracking_response

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
