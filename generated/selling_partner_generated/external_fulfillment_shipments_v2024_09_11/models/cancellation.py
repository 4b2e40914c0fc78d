from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cancellation_cancellation_type import CancellationCancellationType
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

T = TypeVar("T", bound="Cancellation")


@_attrs_define
class Cancellation:
    """
    Attributes:
        cancellation_type (CancellationCancellationType):
        cancelled_quantity (int):
        cancelled_timestamp (str):
        cancellation_reason (str | Unset):
    """

    cancellation_type: CancellationCancellationType
    cancelled_quantity: int
    cancelled_timestamp: str
    cancellation_reason: str | Unset = UNSET
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
        cancellation_type = self.cancellation_type.value

        cancelled_quantity = self.cancelled_quantity

        cancelled_timestamp = self.cancelled_timestamp

        cancellation_reason = self.cancellation_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cancellationType": cancellation_type,
                "cancelledQuantity": cancelled_quantity,
                "cancelledTimestamp": cancelled_timestamp,
            }
        )
        if cancellation_reason is not UNSET:
            field_dict["cancellationReason"] = cancellation_reason

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                (
                    "cancellationType",
                    "cancellation_type",
                    True,
                    ("enum", CancellationCancellationType),
                ),
                ("cancelledQuantity", "cancelled_quantity", True, ("int",)),
                ("cancelledTimestamp", "cancelled_timestamp", True, ("str",)),
                ("cancellationReason", "cancellation_reason", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        _cancellation_type = d.pop("cancellationType")
        cancellation_type = (
            CancellationCancellationType._value2member_map_.get(_cancellation_type)
            if _cancellation_type.__class__ is str
            else None
        ) or CancellationCancellationType(_cancellation_type)

        cancelled_quantity = d.pop("cancelledQuantity")

        if _reader is not None and cancelled_quantity.__class__ is not int:
            raise DeviationError("cancelledQuantity")

        cancelled_timestamp = d.pop("cancelledTimestamp")

        if _reader is not None and cancelled_timestamp.__class__ is not str:
            raise DeviationError("cancelledTimestamp")

        cancellation_reason = d.pop("cancellationReason", UNSET)

        if (
            _reader is not None
            and cancellation_reason.__class__ is not str
            and cancellation_reason is not UNSET
        ):
            raise DeviationError("cancellationReason")

        if cls is Cancellation:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.cancellation_type = cancellation_type
            _built.cancelled_quantity = cancelled_quantity
            _built.cancelled_timestamp = cancelled_timestamp
            _built.cancellation_reason = cancellation_reason
            _built._parse_notes = None
            cancellation = _built
        else:  # a subclass: its own __init__ runs
            cancellation = cls(
                cancellation_type=cancellation_type,
                cancelled_quantity=cancelled_quantity,
                cancelled_timestamp=cancelled_timestamp,
                cancellation_reason=cancellation_reason,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        cancellation.additional_properties = d or {}
        return cancellation

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
