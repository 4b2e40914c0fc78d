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

T = TypeVar("T", bound="CarrierTracking")


@_attrs_define
class CarrierTracking:
    """
    Attributes:
        carrier_code (str):
        tracking_number (str | Unset):
        tracking_url (str | Unset):
    """

    carrier_code: str
    tracking_number: str | Unset = UNSET
    tracking_url: str | Unset = UNSET
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
        carrier_code = self.carrier_code

        tracking_number = self.tracking_number

        tracking_url = self.tracking_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "carrierCode": carrier_code,
            }
        )
        if tracking_number is not UNSET:
            field_dict["trackingNumber"] = tracking_number
        if tracking_url is not UNSET:
            field_dict["trackingUrl"] = tracking_url

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("carrierCode", "carrier_code", True, ("str",)),
                ("trackingNumber", "tracking_number", False, ("str",)),
                ("trackingUrl", "tracking_url", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        carrier_code = d.pop("carrierCode")

        if _reader is not None and carrier_code.__class__ is not str:
            raise DeviationError("carrierCode")

        tracking_number = d.pop("trackingNumber", UNSET)

        if (
            _reader is not None
            and tracking_number.__class__ is not str
            and tracking_number is not UNSET
        ):
            raise DeviationError("trackingNumber")

        tracking_url = d.pop("trackingUrl", UNSET)

        if (
            _reader is not None
            and tracking_url.__class__ is not str
            and tracking_url is not UNSET
        ):
            raise DeviationError("trackingUrl")

        if cls is CarrierTracking:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.carrier_code = carrier_code
            _built.tracking_number = tracking_number
            _built.tracking_url = tracking_url
            _built._parse_notes = None
            carrier_tracking = _built
        else:  # a subclass: its own __init__ runs
            carrier_tracking = cls(
                carrier_code=carrier_code,
                tracking_number=tracking_number,
                tracking_url=tracking_url,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        carrier_tracking.additional_properties = d or {}
        return carrier_tracking

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
