from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cancel_shipment_result import CancelShipmentResult


T = TypeVar("T", bound="CancelShipmentResponse")


@_attrs_define
class CancelShipmentResponse:
    """
    Attributes:
        payload (CancelShipmentResult | Unset):
    """

    payload: CancelShipmentResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cancel_shipment_result import CancelShipmentResult

        d = dict(src_dict)
        _payload = d.pop("payload", UNSET)
        payload: CancelShipmentResult | Unset
        if isinstance(_payload, Unset):
            payload = UNSET
        else:
            payload = CancelShipmentResult.from_dict(_payload)

        cancel_shipment_response = cls(
            payload=payload,
        )

        cancel_shipment_response.additional_properties = d
        return cancel_shipment_response

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
