from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.capacity_type import CapacityType
from ..types import (
    FAST,
    READER,
    UNSET,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.range_slot import RangeSlot


T = TypeVar("T", bound="RangeCapacity")


@_attrs_define
class RangeCapacity:
    """
    Attributes:
        capacity_type (CapacityType | Unset):
        slots (list[RangeSlot] | Unset):
    """

    capacity_type: CapacityType | Unset = UNSET
    slots: list[RangeSlot] | Unset = UNSET
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
        capacity_type: str | Unset = UNSET
        if not isinstance(self.capacity_type, Unset):
            capacity_type = self.capacity_type.value

        slots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.slots, Unset):
            slots = []
            for slots_item_data in self.slots:
                slots_item = slots_item_data.to_dict()
                slots.append(slots_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if capacity_type is not UNSET:
            field_dict["capacityType"] = capacity_type
        if slots is not UNSET:
            field_dict["slots"] = slots

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.range_slot import RangeSlot

        return (
            (
                ("capacityType", "capacity_type", False, ("enum", CapacityType)),
                ("slots", "slots", False, ("list", ("model", RangeSlot))),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        from ..models.range_slot import RangeSlot

        d = dict(src_dict)
        _capacity_type = d.pop("capacityType", UNSET)
        capacity_type: CapacityType | Unset
        if isinstance(_capacity_type, Unset):
            capacity_type = UNSET
        else:
            capacity_type = CapacityType(_capacity_type)

        _slots = d.pop("slots", UNSET)
        slots: list[RangeSlot] | Unset = UNSET
        if _slots is not UNSET:
            slots = []
            for slots_item_data in _slots:
                slots_item = RangeSlot.from_dict(slots_item_data)

                slots.append(slots_item)

        range_capacity = cls(
            capacity_type=capacity_type,
            slots=slots,
        )

        range_capacity.additional_properties = d
        return range_capacity

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
