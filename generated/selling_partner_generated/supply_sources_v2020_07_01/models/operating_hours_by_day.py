from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    from ..models.operating_hour import OperatingHour


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, OperatingHour
    from ..models.operating_hour import OperatingHour

    _lazy_pending = False


T = TypeVar("T", bound="OperatingHoursByDay")


@_attrs_define
class OperatingHoursByDay:
    """
    Attributes:
        friday (list[OperatingHour] | Unset):
        monday (list[OperatingHour] | Unset):
        saturday (list[OperatingHour] | Unset):
        sunday (list[OperatingHour] | Unset):
        thursday (list[OperatingHour] | Unset):
        tuesday (list[OperatingHour] | Unset):
        wednesday (list[OperatingHour] | Unset):
    """

    friday: list[OperatingHour] | Unset = UNSET
    monday: list[OperatingHour] | Unset = UNSET
    saturday: list[OperatingHour] | Unset = UNSET
    sunday: list[OperatingHour] | Unset = UNSET
    thursday: list[OperatingHour] | Unset = UNSET
    tuesday: list[OperatingHour] | Unset = UNSET
    wednesday: list[OperatingHour] | Unset = UNSET
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
        friday: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.friday, Unset):
            friday = []
            for componentsschemas_operating_hours_item_data in self.friday:
                componentsschemas_operating_hours_item = (
                    componentsschemas_operating_hours_item_data.to_dict()
                )
                friday.append(componentsschemas_operating_hours_item)

        monday: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.monday, Unset):
            monday = []
            for componentsschemas_operating_hours_item_data in self.monday:
                componentsschemas_operating_hours_item = (
                    componentsschemas_operating_hours_item_data.to_dict()
                )
                monday.append(componentsschemas_operating_hours_item)

        saturday: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.saturday, Unset):
            saturday = []
            for componentsschemas_operating_hours_item_data in self.saturday:
                componentsschemas_operating_hours_item = (
                    componentsschemas_operating_hours_item_data.to_dict()
                )
                saturday.append(componentsschemas_operating_hours_item)

        sunday: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sunday, Unset):
            sunday = []
            for componentsschemas_operating_hours_item_data in self.sunday:
                componentsschemas_operating_hours_item = (
                    componentsschemas_operating_hours_item_data.to_dict()
                )
                sunday.append(componentsschemas_operating_hours_item)

        thursday: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.thursday, Unset):
            thursday = []
            for componentsschemas_operating_hours_item_data in self.thursday:
                componentsschemas_operating_hours_item = (
                    componentsschemas_operating_hours_item_data.to_dict()
                )
                thursday.append(componentsschemas_operating_hours_item)

        tuesday: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tuesday, Unset):
            tuesday = []
            for componentsschemas_operating_hours_item_data in self.tuesday:
                componentsschemas_operating_hours_item = (
                    componentsschemas_operating_hours_item_data.to_dict()
                )
                tuesday.append(componentsschemas_operating_hours_item)

        wednesday: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.wednesday, Unset):
            wednesday = []
            for componentsschemas_operating_hours_item_data in self.wednesday:
                componentsschemas_operating_hours_item = (
                    componentsschemas_operating_hours_item_data.to_dict()
                )
                wednesday.append(componentsschemas_operating_hours_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if friday is not UNSET:
            field_dict["friday"] = friday
        if monday is not UNSET:
            field_dict["monday"] = monday
        if saturday is not UNSET:
            field_dict["saturday"] = saturday
        if sunday is not UNSET:
            field_dict["sunday"] = sunday
        if thursday is not UNSET:
            field_dict["thursday"] = thursday
        if tuesday is not UNSET:
            field_dict["tuesday"] = tuesday
        if wednesday is not UNSET:
            field_dict["wednesday"] = wednesday

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.operating_hour import OperatingHour

        return (
            (
                ("friday", "friday", False, ("list", ("model", OperatingHour))),
                ("monday", "monday", False, ("list", ("model", OperatingHour))),
                ("saturday", "saturday", False, ("list", ("model", OperatingHour))),
                ("sunday", "sunday", False, ("list", ("model", OperatingHour))),
                ("thursday", "thursday", False, ("list", ("model", OperatingHour))),
                ("tuesday", "tuesday", False, ("list", ("model", OperatingHour))),
                ("wednesday", "wednesday", False, ("list", ("model", OperatingHour))),
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
        _friday = d.pop("friday", UNSET)
        friday = (
            UNSET
            if _friday is UNSET
            else [OperatingHour.from_dict(_item) for _item in _friday]
        )

        _monday = d.pop("monday", UNSET)
        monday = (
            UNSET
            if _monday is UNSET
            else [OperatingHour.from_dict(_item) for _item in _monday]
        )

        _saturday = d.pop("saturday", UNSET)
        saturday = (
            UNSET
            if _saturday is UNSET
            else [OperatingHour.from_dict(_item) for _item in _saturday]
        )

        _sunday = d.pop("sunday", UNSET)
        sunday = (
            UNSET
            if _sunday is UNSET
            else [OperatingHour.from_dict(_item) for _item in _sunday]
        )

        _thursday = d.pop("thursday", UNSET)
        thursday = (
            UNSET
            if _thursday is UNSET
            else [OperatingHour.from_dict(_item) for _item in _thursday]
        )

        _tuesday = d.pop("tuesday", UNSET)
        tuesday = (
            UNSET
            if _tuesday is UNSET
            else [OperatingHour.from_dict(_item) for _item in _tuesday]
        )

        _wednesday = d.pop("wednesday", UNSET)
        wednesday = (
            UNSET
            if _wednesday is UNSET
            else [OperatingHour.from_dict(_item) for _item in _wednesday]
        )

        if cls is OperatingHoursByDay:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.friday = friday
            _built.monday = monday
            _built.saturday = saturday
            _built.sunday = sunday
            _built.thursday = thursday
            _built.tuesday = tuesday
            _built.wednesday = wednesday
            _built._parse_notes = None
            operating_hours_by_day = _built
        else:  # a subclass: its own __init__ runs
            operating_hours_by_day = cls(
                friday=friday,
                monday=monday,
                saturday=saturday,
                sunday=sunday,
                thursday=thursday,
                tuesday=tuesday,
                wednesday=wednesday,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        operating_hours_by_day.additional_properties = d or {}
        return operating_hours_by_day

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
