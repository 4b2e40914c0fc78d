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

T = TypeVar("T", bound="ScheduledDeliveryShipment")


@_attrs_define
class ScheduledDeliveryShipment:
    """
    Attributes:
        earliest_nominated_delivery_date (datetime.datetime | Unset):
        latest_nominated_delivery_date (datetime.datetime | Unset):
        scheduled_delivery_service_type (str | Unset):
    """

    earliest_nominated_delivery_date: datetime.datetime | Unset = UNSET
    latest_nominated_delivery_date: datetime.datetime | Unset = UNSET
    scheduled_delivery_service_type: str | Unset = UNSET
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
        earliest_nominated_delivery_date: str | Unset = UNSET
        if not isinstance(self.earliest_nominated_delivery_date, Unset):
            earliest_nominated_delivery_date = (
                self.earliest_nominated_delivery_date.isoformat()
            )

        latest_nominated_delivery_date: str | Unset = UNSET
        if not isinstance(self.latest_nominated_delivery_date, Unset):
            latest_nominated_delivery_date = (
                self.latest_nominated_delivery_date.isoformat()
            )

        scheduled_delivery_service_type = self.scheduled_delivery_service_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if earliest_nominated_delivery_date is not UNSET:
            field_dict["earliestNominatedDeliveryDate"] = (
                earliest_nominated_delivery_date
            )
        if latest_nominated_delivery_date is not UNSET:
            field_dict["latestNominatedDeliveryDate"] = latest_nominated_delivery_date
        if scheduled_delivery_service_type is not UNSET:
            field_dict["scheduledDeliveryServiceType"] = scheduled_delivery_service_type

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                (
                    "earliestNominatedDeliveryDate",
                    "earliest_nominated_delivery_date",
                    False,
                    ("datetime",),
                ),
                (
                    "latestNominatedDeliveryDate",
                    "latest_nominated_delivery_date",
                    False,
                    ("datetime",),
                ),
                (
                    "scheduledDeliveryServiceType",
                    "scheduled_delivery_service_type",
                    False,
                    ("str",),
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
        _earliest_nominated_delivery_date = d.pop(
            "earliestNominatedDeliveryDate", UNSET
        )
        earliest_nominated_delivery_date = (
            UNSET
            if _earliest_nominated_delivery_date is UNSET
            else datetime.datetime.fromisoformat(_earliest_nominated_delivery_date)
        )

        if (
            _reader is not None
            and not isinstance(earliest_nominated_delivery_date, Unset)
            and earliest_nominated_delivery_date.tzinfo is None
        ):
            raise DeviationError("earliestNominatedDeliveryDate")

        _latest_nominated_delivery_date = d.pop("latestNominatedDeliveryDate", UNSET)
        latest_nominated_delivery_date = (
            UNSET
            if _latest_nominated_delivery_date is UNSET
            else datetime.datetime.fromisoformat(_latest_nominated_delivery_date)
        )

        if (
            _reader is not None
            and not isinstance(latest_nominated_delivery_date, Unset)
            and latest_nominated_delivery_date.tzinfo is None
        ):
            raise DeviationError("latestNominatedDeliveryDate")

        scheduled_delivery_service_type = d.pop("scheduledDeliveryServiceType", UNSET)

        if (
            _reader is not None
            and scheduled_delivery_service_type.__class__ is not str
            and scheduled_delivery_service_type is not UNSET
        ):
            raise DeviationError("scheduledDeliveryServiceType")

        if cls is ScheduledDeliveryShipment:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.earliest_nominated_delivery_date = earliest_nominated_delivery_date
            _built.latest_nominated_delivery_date = latest_nominated_delivery_date
            _built.scheduled_delivery_service_type = scheduled_delivery_service_type
            _built._parse_notes = None
            scheduled_delivery_shipment = _built
        else:  # a subclass: its own __init__ runs
            scheduled_delivery_shipment = cls(
                earliest_nominated_delivery_date=earliest_nominated_delivery_date,
                latest_nominated_delivery_date=latest_nominated_delivery_date,
                scheduled_delivery_service_type=scheduled_delivery_service_type,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        scheduled_delivery_shipment.additional_properties = d or {}
        return scheduled_delivery_shipment

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
