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
    from ..models.customer_address import CustomerAddress
    from ..models.delivery_preference import DeliveryPreference


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, CustomerAddress, DeliveryPreference
    from ..models.customer_address import CustomerAddress
    from ..models.delivery_preference import DeliveryPreference

    _lazy_pending = False


T = TypeVar("T", bound="Recipient")


@_attrs_define
class Recipient:
    """
    Attributes:
        delivery_address (CustomerAddress | Unset):
        delivery_preference (DeliveryPreference | Unset):
    """

    delivery_address: CustomerAddress | Unset = UNSET
    delivery_preference: DeliveryPreference | Unset = UNSET
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
        delivery_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_address, Unset):
            delivery_address = self.delivery_address.to_dict()

        delivery_preference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_preference, Unset):
            delivery_preference = self.delivery_preference.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delivery_address is not UNSET:
            field_dict["deliveryAddress"] = delivery_address
        if delivery_preference is not UNSET:
            field_dict["deliveryPreference"] = delivery_preference

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.customer_address import CustomerAddress
        from ..models.delivery_preference import DeliveryPreference

        return (
            (
                (
                    "deliveryAddress",
                    "delivery_address",
                    False,
                    ("model", CustomerAddress),
                ),
                (
                    "deliveryPreference",
                    "delivery_preference",
                    False,
                    ("model", DeliveryPreference),
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
        _delivery_address = d.pop("deliveryAddress", UNSET)
        delivery_address = (
            UNSET
            if _delivery_address is UNSET
            else CustomerAddress.from_dict(_delivery_address)
        )

        _delivery_preference = d.pop("deliveryPreference", UNSET)
        delivery_preference = (
            UNSET
            if _delivery_preference is UNSET
            else DeliveryPreference.from_dict(_delivery_preference)
        )

        if cls is Recipient:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.delivery_address = delivery_address
            _built.delivery_preference = delivery_preference
            _built._parse_notes = None
            recipient = _built
        else:  # a subclass: its own __init__ runs
            recipient = cls(
                delivery_address=delivery_address,
                delivery_preference=delivery_preference,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        recipient.additional_properties = d or {}
        return recipient

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
