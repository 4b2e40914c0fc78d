from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_experience_option import DeliveryExperienceOption
from ..types import (
    FAST,
    READER,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.currency_amount import CurrencyAmount


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, CurrencyAmount
    from ..models.currency_amount import CurrencyAmount

    _lazy_pending = False


T = TypeVar("T", bound="AvailableDeliveryExperienceOption")


@_attrs_define
class AvailableDeliveryExperienceOption:
    """
    Attributes:
        charge (CurrencyAmount):
        delivery_experience_option (DeliveryExperienceOption):
    """

    charge: CurrencyAmount
    delivery_experience_option: DeliveryExperienceOption
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
        charge = self.charge.to_dict()

        delivery_experience_option = self.delivery_experience_option.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Charge": charge,
                "DeliveryExperienceOption": delivery_experience_option,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.currency_amount import CurrencyAmount

        return (
            (
                ("Charge", "charge", True, ("model", CurrencyAmount)),
                (
                    "DeliveryExperienceOption",
                    "delivery_experience_option",
                    True,
                    ("enum", DeliveryExperienceOption),
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
        charge = CurrencyAmount.from_dict(d.pop("Charge"))

        _delivery_experience_option = d.pop("DeliveryExperienceOption")
        delivery_experience_option = (
            DeliveryExperienceOption._value2member_map_.get(_delivery_experience_option)
            if _delivery_experience_option.__class__ is str
            else None
        ) or DeliveryExperienceOption(_delivery_experience_option)

        if cls is AvailableDeliveryExperienceOption:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.charge = charge
            _built.delivery_experience_option = delivery_experience_option
            _built._parse_notes = None
            available_delivery_experience_option = _built
        else:  # a subclass: its own __init__ runs
            available_delivery_experience_option = cls(
                charge=charge,
                delivery_experience_option=delivery_experience_option,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        available_delivery_experience_option.additional_properties = d or {}
        return available_delivery_experience_option

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
