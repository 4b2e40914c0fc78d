from __future__ import annotations

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
    from ..models.fixed_slot import FixedSlot


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, FixedSlot
    from ..models.fixed_slot import FixedSlot

    _lazy_pending = False


T = TypeVar("T", bound="FixedSlotCapacity")


@_attrs_define
class FixedSlotCapacity:
    """
    Attributes:
        capacities (list[FixedSlot] | Unset):
        next_page_token (str | Unset):
        resource_id (str | Unset):
        slot_duration (float | Unset):
    """

    capacities: list[FixedSlot] | Unset = UNSET
    next_page_token: str | Unset = UNSET
    resource_id: str | Unset = UNSET
    slot_duration: float | Unset = UNSET
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
        capacities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.capacities, Unset):
            capacities = []
            for capacities_item_data in self.capacities:
                capacities_item = capacities_item_data.to_dict()
                capacities.append(capacities_item)

        next_page_token = self.next_page_token

        resource_id = self.resource_id

        slot_duration = self.slot_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if capacities is not UNSET:
            field_dict["capacities"] = capacities
        if next_page_token is not UNSET:
            field_dict["nextPageToken"] = next_page_token
        if resource_id is not UNSET:
            field_dict["resourceId"] = resource_id
        if slot_duration is not UNSET:
            field_dict["slotDuration"] = slot_duration

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.fixed_slot import FixedSlot

        return (
            (
                ("capacities", "capacities", False, ("list", ("model", FixedSlot))),
                ("nextPageToken", "next_page_token", False, ("str",)),
                ("resourceId", "resource_id", False, ("str",)),
                ("slotDuration", "slot_duration", False, ("float",)),
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
        _capacities = d.pop("capacities", UNSET)
        capacities = (
            UNSET
            if _capacities is UNSET
            else [FixedSlot.from_dict(_item) for _item in _capacities]
        )

        next_page_token = d.pop("nextPageToken", UNSET)

        if (
            _reader is not None
            and next_page_token.__class__ is not str
            and next_page_token is not UNSET
        ):
            raise DeviationError("nextPageToken")

        resource_id = d.pop("resourceId", UNSET)

        if (
            _reader is not None
            and resource_id.__class__ is not str
            and resource_id is not UNSET
        ):
            raise DeviationError("resourceId")

        slot_duration = d.pop("slotDuration", UNSET)

        if (
            _reader is not None
            and slot_duration.__class__ is not float
            and slot_duration.__class__ is not int
            and slot_duration is not UNSET
        ):
            raise DeviationError("slotDuration")

        if cls is FixedSlotCapacity:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.capacities = capacities
            _built.next_page_token = next_page_token
            _built.resource_id = resource_id
            _built.slot_duration = slot_duration
            _built._parse_notes = None
            fixed_slot_capacity = _built
        else:  # a subclass: its own __init__ runs
            fixed_slot_capacity = cls(
                capacities=capacities,
                next_page_token=next_page_token,
                resource_id=resource_id,
                slot_duration=slot_duration,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        fixed_slot_capacity.additional_properties = d or {}
        return fixed_slot_capacity

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
