from __future__ import annotations

import datetime
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

T = TypeVar("T", bound="ShipmentDates")


@_attrs_define
class ShipmentDates:
    """
    Attributes:
        required_ship_date (datetime.datetime):
        promised_delivery_date (datetime.datetime | Unset):
    """

    required_ship_date: datetime.datetime
    promised_delivery_date: datetime.datetime | Unset = UNSET
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
        required_ship_date = self.required_ship_date.isoformat()

        promised_delivery_date: str | Unset = UNSET
        if not isinstance(self.promised_delivery_date, Unset):
            promised_delivery_date = self.promised_delivery_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requiredShipDate": required_ship_date,
            }
        )
        if promised_delivery_date is not UNSET:
            field_dict["promisedDeliveryDate"] = promised_delivery_date

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("requiredShipDate", "required_ship_date", True, ("datetime",)),
                (
                    "promisedDeliveryDate",
                    "promised_delivery_date",
                    False,
                    ("datetime",),
                ),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        required_ship_date = datetime.datetime.fromisoformat(d.pop("requiredShipDate"))

        if _reader is not None and required_ship_date.tzinfo is None:
            raise DeviationError("requiredShipDate")

        _promised_delivery_date = d.pop("promisedDeliveryDate", UNSET)
        promised_delivery_date = (
            UNSET
            if _promised_delivery_date is UNSET
            else datetime.datetime.fromisoformat(_promised_delivery_date)
        )

        if (
            _reader is not None
            and not isinstance(promised_delivery_date, Unset)
            and promised_delivery_date.tzinfo is None
        ):
            raise DeviationError("promisedDeliveryDate")

        if cls is ShipmentDates:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.required_ship_date = required_ship_date
            _built.promised_delivery_date = promised_delivery_date
            _built._parse_notes = None
            shipment_dates = _built
        else:  # a subclass: its own __init__ runs
            shipment_dates = cls(
                required_ship_date=required_ship_date,
                promised_delivery_date=promised_delivery_date,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        shipment_dates.additional_properties = d or {}
        return shipment_dates

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
