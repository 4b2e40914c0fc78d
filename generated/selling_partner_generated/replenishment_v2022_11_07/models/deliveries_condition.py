from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deliveries_condition_condition import DeliveriesConditionCondition
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

T = TypeVar("T", bound="DeliveriesCondition")


@_attrs_define
class DeliveriesCondition:
    """
    Attributes:
        condition (DeliveriesConditionCondition | Unset):
        next_30_days_deliveries (int | Unset):
    """

    condition: DeliveriesConditionCondition | Unset = UNSET
    next_30_days_deliveries: int | Unset = UNSET
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
        condition: str | Unset = UNSET
        if not isinstance(self.condition, Unset):
            condition = self.condition.value

        next_30_days_deliveries = self.next_30_days_deliveries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if condition is not UNSET:
            field_dict["condition"] = condition
        if next_30_days_deliveries is not UNSET:
            field_dict["next30DaysDeliveries"] = next_30_days_deliveries

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                (
                    "condition",
                    "condition",
                    False,
                    ("enum", DeliveriesConditionCondition),
                ),
                ("next30DaysDeliveries", "next_30_days_deliveries", False, ("int",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        _condition = d.pop("condition", UNSET)
        condition = (
            UNSET
            if _condition is UNSET
            else (
                DeliveriesConditionCondition._value2member_map_.get(_condition)
                if _condition.__class__ is str
                else None
            )
            or DeliveriesConditionCondition(_condition)
        )

        next_30_days_deliveries = d.pop("next30DaysDeliveries", UNSET)

        if (
            _reader is not None
            and next_30_days_deliveries.__class__ is not int
            and next_30_days_deliveries is not UNSET
        ):
            raise DeviationError("next30DaysDeliveries")

        if cls is DeliveriesCondition:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.condition = condition
            _built.next_30_days_deliveries = next_30_days_deliveries
            _built._parse_notes = None
            deliveries_condition = _built
        else:  # a subclass: its own __init__ runs
            deliveries_condition = cls(
                condition=condition,
                next_30_days_deliveries=next_30_days_deliveries,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        deliveries_condition.additional_properties = d or {}
        return deliveries_condition

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
