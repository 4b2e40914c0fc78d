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
    from ..models.item import Item
    from ..models.time_slot import TimeSlot


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Item, TimeSlot
    from ..models.item import Item
    from ..models.time_slot import TimeSlot

    _lazy_pending = False


T = TypeVar("T", bound="PackageDetails")


@_attrs_define
class PackageDetails:
    """
    Attributes:
        package_time_slot (TimeSlot):
        package_identifier (str | Unset):
        package_items (list[Item] | Unset):
    """

    package_time_slot: TimeSlot
    package_identifier: str | Unset = UNSET
    package_items: list[Item] | Unset = UNSET
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
        package_time_slot = self.package_time_slot.to_dict()

        package_identifier = self.package_identifier

        package_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.package_items, Unset):
            package_items = []
            for componentsschemas_items_item_data in self.package_items:
                componentsschemas_items_item = (
                    componentsschemas_items_item_data.to_dict()
                )
                package_items.append(componentsschemas_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "packageTimeSlot": package_time_slot,
            }
        )
        if package_identifier is not UNSET:
            field_dict["packageIdentifier"] = package_identifier
        if package_items is not UNSET:
            field_dict["packageItems"] = package_items

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.item import Item
        from ..models.time_slot import TimeSlot

        return (
            (
                ("packageTimeSlot", "package_time_slot", True, ("model", TimeSlot)),
                ("packageIdentifier", "package_identifier", False, ("str",)),
                ("packageItems", "package_items", False, ("list", ("model", Item))),
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
        package_time_slot = TimeSlot.from_dict(d.pop("packageTimeSlot"))

        package_identifier = d.pop("packageIdentifier", UNSET)

        if (
            _reader is not None
            and package_identifier.__class__ is not str
            and package_identifier is not UNSET
        ):
            raise DeviationError("packageIdentifier")

        _package_items = d.pop("packageItems", UNSET)
        package_items = (
            UNSET
            if _package_items is UNSET
            else [Item.from_dict(_item) for _item in _package_items]
        )

        if cls is PackageDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.package_time_slot = package_time_slot
            _built.package_identifier = package_identifier
            _built.package_items = package_items
            _built._parse_notes = None
            package_details = _built
        else:  # a subclass: its own __init__ runs
            package_details = cls(
                package_time_slot=package_time_slot,
                package_identifier=package_identifier,
                package_items=package_items,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        package_details.additional_properties = d or {}
        return package_details

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
