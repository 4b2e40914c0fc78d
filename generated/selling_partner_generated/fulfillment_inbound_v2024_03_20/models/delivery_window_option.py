from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

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

if TYPE_CHECKING:
    from ..models.incentive import Incentive


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Incentive
    from ..models.incentive import Incentive

    _lazy_pending = False


T = TypeVar("T", bound="DeliveryWindowOption")


@_attrs_define
class DeliveryWindowOption:
    """
    Attributes:
        availability_type (str):
        delivery_window_option_id (str):
        end_date (datetime.datetime):
        start_date (datetime.datetime):
        valid_until (datetime.datetime):
        discounts (list[Incentive] | Unset):
    """

    availability_type: str
    delivery_window_option_id: str
    end_date: datetime.datetime
    start_date: datetime.datetime
    valid_until: datetime.datetime
    discounts: list[Incentive] | Unset = UNSET
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
        if _lazy_pending:
            _load_lazy()
        availability_type = self.availability_type

        delivery_window_option_id = self.delivery_window_option_id

        end_date = self.end_date.isoformat()

        start_date = self.start_date.isoformat()

        valid_until = self.valid_until.isoformat()

        discounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.discounts, Unset):
            discounts = []
            for discounts_item_data in self.discounts:
                discounts_item = discounts_item_data.to_dict()
                discounts.append(discounts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "availabilityType": availability_type,
                "deliveryWindowOptionId": delivery_window_option_id,
                "endDate": end_date,
                "startDate": start_date,
                "validUntil": valid_until,
            }
        )
        if discounts is not UNSET:
            field_dict["discounts"] = discounts

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.incentive import Incentive

        return (
            (
                ("availabilityType", "availability_type", True, ("str",)),
                ("deliveryWindowOptionId", "delivery_window_option_id", True, ("str",)),
                ("endDate", "end_date", True, ("datetime",)),
                ("startDate", "start_date", True, ("datetime",)),
                ("validUntil", "valid_until", True, ("datetime",)),
                ("discounts", "discounts", False, ("list", ("model", Incentive))),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        if _lazy_pending:
            _load_lazy()
        d = dict(src_dict)
        availability_type = d.pop("availabilityType")

        if _reader is not None and availability_type.__class__ is not str:
            raise DeviationError("availabilityType")

        delivery_window_option_id = d.pop("deliveryWindowOptionId")

        if _reader is not None and delivery_window_option_id.__class__ is not str:
            raise DeviationError("deliveryWindowOptionId")

        end_date = datetime.datetime.fromisoformat(d.pop("endDate"))

        if _reader is not None and end_date.tzinfo is None:
            raise DeviationError("endDate")

        start_date = datetime.datetime.fromisoformat(d.pop("startDate"))

        if _reader is not None and start_date.tzinfo is None:
            raise DeviationError("startDate")

        valid_until = datetime.datetime.fromisoformat(d.pop("validUntil"))

        if _reader is not None and valid_until.tzinfo is None:
            raise DeviationError("validUntil")

        _discounts = d.pop("discounts", UNSET)
        discounts = (
            UNSET
            if _discounts is UNSET
            else [Incentive.from_dict(_item) for _item in _discounts]
        )

        if cls is DeliveryWindowOption:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.availability_type = availability_type
            _built.delivery_window_option_id = delivery_window_option_id
            _built.end_date = end_date
            _built.start_date = start_date
            _built.valid_until = valid_until
            _built.discounts = discounts
            _built._parse_notes = None
            delivery_window_option = _built
        else:  # a subclass: its own __init__ runs
            delivery_window_option = cls(
                availability_type=availability_type,
                delivery_window_option_id=delivery_window_option_id,
                end_date=end_date,
                start_date=start_date,
                valid_until=valid_until,
                discounts=discounts,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        delivery_window_option.additional_properties = d or {}
        return delivery_window_option

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
