from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    UNSET,
    DeviationError,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

T = TypeVar("T", bound="RejectedShippingService")


@_attrs_define
class RejectedShippingService:
    """
    Attributes:
        carrier_name (str):
        rejection_reason_code (str):
        shipping_service_id (str):
        shipping_service_name (str):
        rejection_reason_message (str | Unset):
    """

    carrier_name: str
    rejection_reason_code: str
    shipping_service_id: str
    shipping_service_name: str
    rejection_reason_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _parse_notes: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def __repr__(self) -> str:
        return model_repr(self)

    def __getattr__(self, name: str) -> Any:
        return absent(self, name)

    def __eq__(self, other: object) -> bool:
        return model_eq(self, other)

    def __getstate__(self) -> dict[str, Any]:
        return model_getstate(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        model_setstate(self, state)

    def to_dict(self) -> dict[str, Any]:
        if self._parse_notes is not None:
            return self._parse_notes.to_dict(self)
        carrier_name = self.carrier_name

        rejection_reason_code = self.rejection_reason_code

        shipping_service_id = self.shipping_service_id

        shipping_service_name = self.shipping_service_name

        rejection_reason_message = self.rejection_reason_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CarrierName": carrier_name,
                "RejectionReasonCode": rejection_reason_code,
                "ShippingServiceId": shipping_service_id,
                "ShippingServiceName": shipping_service_name,
            }
        )
        if rejection_reason_message is not UNSET:
            field_dict["RejectionReasonMessage"] = rejection_reason_message

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("CarrierName", "carrier_name", True, ("str",)),
                ("RejectionReasonCode", "rejection_reason_code", True, ("str",)),
                ("ShippingServiceId", "shipping_service_id", True, ("str",)),
                ("ShippingServiceName", "shipping_service_name", True, ("str",)),
                ("RejectionReasonMessage", "rejection_reason_message", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        carrier_name = d.pop("CarrierName")

        if _reader is not None and carrier_name.__class__ is not str:
            raise DeviationError("CarrierName")

        rejection_reason_code = d.pop("RejectionReasonCode")

        if _reader is not None and rejection_reason_code.__class__ is not str:
            raise DeviationError("RejectionReasonCode")

        shipping_service_id = d.pop("ShippingServiceId")

        if _reader is not None and shipping_service_id.__class__ is not str:
            raise DeviationError("ShippingServiceId")

        shipping_service_name = d.pop("ShippingServiceName")

        if _reader is not None and shipping_service_name.__class__ is not str:
            raise DeviationError("ShippingServiceName")

        rejection_reason_message = d.pop("RejectionReasonMessage", UNSET)

        if (
            _reader is not None
            and rejection_reason_message.__class__ is not str
            and rejection_reason_message is not UNSET
        ):
            raise DeviationError("RejectionReasonMessage")

        if cls is RejectedShippingService:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.carrier_name = carrier_name
            _built.rejection_reason_code = rejection_reason_code
            _built.shipping_service_id = shipping_service_id
            _built.shipping_service_name = shipping_service_name
            _built.rejection_reason_message = rejection_reason_message
            _built._parse_notes = None
            rejected_shipping_service = _built
        else:  # a subclass: its own __init__ runs
            rejected_shipping_service = cls(
                carrier_name=carrier_name,
                rejection_reason_code=rejection_reason_code,
                shipping_service_id=shipping_service_id,
                shipping_service_name=shipping_service_name,
                rejection_reason_message=rejection_reason_message,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        rejected_shipping_service.additional_properties = d or {}
        return rejected_shipping_service

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
