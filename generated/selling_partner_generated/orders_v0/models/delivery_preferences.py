from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.other_delivery_attributes import OtherDeliveryAttributes
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
    from ..models.preferred_delivery_time import PreferredDeliveryTime


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, PreferredDeliveryTime
    from ..models.preferred_delivery_time import PreferredDeliveryTime

    _lazy_pending = False


T = TypeVar("T", bound="DeliveryPreferences")


@_attrs_define
class DeliveryPreferences:
    """
    Attributes:
        address_instructions (str | Unset):
        drop_off_location (str | Unset):
        other_attributes (list[OtherDeliveryAttributes] | Unset):
        preferred_delivery_time (PreferredDeliveryTime | Unset):
    """

    address_instructions: str | Unset = UNSET
    drop_off_location: str | Unset = UNSET
    other_attributes: list[OtherDeliveryAttributes] | Unset = UNSET
    preferred_delivery_time: PreferredDeliveryTime | Unset = UNSET
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
        address_instructions = self.address_instructions

        drop_off_location = self.drop_off_location

        other_attributes: list[str] | Unset = UNSET
        if not isinstance(self.other_attributes, Unset):
            other_attributes = []
            for other_attributes_item_data in self.other_attributes:
                other_attributes_item = other_attributes_item_data.value
                other_attributes.append(other_attributes_item)

        preferred_delivery_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preferred_delivery_time, Unset):
            preferred_delivery_time = self.preferred_delivery_time.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_instructions is not UNSET:
            field_dict["AddressInstructions"] = address_instructions
        if drop_off_location is not UNSET:
            field_dict["DropOffLocation"] = drop_off_location
        if other_attributes is not UNSET:
            field_dict["OtherAttributes"] = other_attributes
        if preferred_delivery_time is not UNSET:
            field_dict["PreferredDeliveryTime"] = preferred_delivery_time

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.preferred_delivery_time import PreferredDeliveryTime

        return (
            (
                ("AddressInstructions", "address_instructions", False, ("str",)),
                ("DropOffLocation", "drop_off_location", False, ("str",)),
                (
                    "OtherAttributes",
                    "other_attributes",
                    False,
                    ("list", ("enum", OtherDeliveryAttributes)),
                ),
                (
                    "PreferredDeliveryTime",
                    "preferred_delivery_time",
                    False,
                    ("model", PreferredDeliveryTime),
                ),
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
        address_instructions = d.pop("AddressInstructions", UNSET)

        if (
            _reader is not None
            and address_instructions.__class__ is not str
            and address_instructions is not UNSET
        ):
            raise DeviationError("AddressInstructions")

        drop_off_location = d.pop("DropOffLocation", UNSET)

        if (
            _reader is not None
            and drop_off_location.__class__ is not str
            and drop_off_location is not UNSET
        ):
            raise DeviationError("DropOffLocation")

        _other_attributes = d.pop("OtherAttributes", UNSET)
        other_attributes = (
            UNSET
            if _other_attributes is UNSET
            else [
                (
                    OtherDeliveryAttributes._value2member_map_.get(_item)
                    if _item.__class__ is str
                    else None
                )
                or OtherDeliveryAttributes(_item)
                for _item in _other_attributes
            ]
        )

        _preferred_delivery_time = d.pop("PreferredDeliveryTime", UNSET)
        preferred_delivery_time = (
            UNSET
            if _preferred_delivery_time is UNSET
            else PreferredDeliveryTime.from_dict(_preferred_delivery_time)
        )

        if cls is DeliveryPreferences:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.address_instructions = address_instructions
            _built.drop_off_location = drop_off_location
            _built.other_attributes = other_attributes
            _built.preferred_delivery_time = preferred_delivery_time
            _built._parse_notes = None
            delivery_preferences = _built
        else:  # a subclass: its own __init__ runs
            delivery_preferences = cls(
                address_instructions=address_instructions,
                drop_off_location=drop_off_location,
                other_attributes=other_attributes,
                preferred_delivery_time=preferred_delivery_time,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        delivery_preferences.additional_properties = d or {}
        return delivery_preferences

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
