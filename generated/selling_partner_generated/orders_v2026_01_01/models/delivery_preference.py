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
    from ..models.preferred_delivery_time import PreferredDeliveryTime


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, PreferredDeliveryTime
    from ..models.preferred_delivery_time import PreferredDeliveryTime

    _lazy_pending = False


T = TypeVar("T", bound="DeliveryPreference")


@_attrs_define
class DeliveryPreference:
    """
    Attributes:
        address_instruction (str | Unset):
        delivery_capabilities (list[str] | Unset):
        delivery_time (PreferredDeliveryTime | Unset):
        drop_off_location (str | Unset):
    """

    address_instruction: str | Unset = UNSET
    delivery_capabilities: list[str] | Unset = UNSET
    delivery_time: PreferredDeliveryTime | Unset = UNSET
    drop_off_location: str | Unset = UNSET
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
        address_instruction = self.address_instruction

        delivery_capabilities: list[str] | Unset = UNSET
        if not isinstance(self.delivery_capabilities, Unset):
            delivery_capabilities = self.delivery_capabilities

        delivery_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_time, Unset):
            delivery_time = self.delivery_time.to_dict()

        drop_off_location = self.drop_off_location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_instruction is not UNSET:
            field_dict["addressInstruction"] = address_instruction
        if delivery_capabilities is not UNSET:
            field_dict["deliveryCapabilities"] = delivery_capabilities
        if delivery_time is not UNSET:
            field_dict["deliveryTime"] = delivery_time
        if drop_off_location is not UNSET:
            field_dict["dropOffLocation"] = drop_off_location

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.preferred_delivery_time import PreferredDeliveryTime

        return (
            (
                ("addressInstruction", "address_instruction", False, ("str",)),
                (
                    "deliveryCapabilities",
                    "delivery_capabilities",
                    False,
                    ("list", ("str",)),
                ),
                (
                    "deliveryTime",
                    "delivery_time",
                    False,
                    ("model", PreferredDeliveryTime),
                ),
                ("dropOffLocation", "drop_off_location", False, ("str",)),
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
        address_instruction = d.pop("addressInstruction", UNSET)

        if (
            _reader is not None
            and address_instruction.__class__ is not str
            and address_instruction is not UNSET
        ):
            raise DeviationError("addressInstruction")

        delivery_capabilities = d.pop("deliveryCapabilities", UNSET)

        if (
            _reader is not None
            and delivery_capabilities.__class__ is not list
            and delivery_capabilities is not UNSET
        ):
            raise DeviationError("deliveryCapabilities")

        _delivery_time = d.pop("deliveryTime", UNSET)
        delivery_time = (
            UNSET
            if _delivery_time is UNSET
            else PreferredDeliveryTime.from_dict(_delivery_time)
        )

        drop_off_location = d.pop("dropOffLocation", UNSET)

        if (
            _reader is not None
            and drop_off_location.__class__ is not str
            and drop_off_location is not UNSET
        ):
            raise DeviationError("dropOffLocation")

        if cls is DeliveryPreference:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.address_instruction = address_instruction
            _built.delivery_capabilities = delivery_capabilities
            _built.delivery_time = delivery_time
            _built.drop_off_location = drop_off_location
            _built._parse_notes = None
            delivery_preference = _built
        else:  # a subclass: its own __init__ runs
            delivery_preference = cls(
                address_instruction=address_instruction,
                delivery_capabilities=delivery_capabilities,
                delivery_time=delivery_time,
                drop_off_location=drop_off_location,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        delivery_preference.additional_properties = d or {}
        return delivery_preference

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
