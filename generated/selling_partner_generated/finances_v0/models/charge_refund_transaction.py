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
    from ..models.currency import Currency


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Currency
    from ..models.currency import Currency

    _lazy_pending = False


T = TypeVar("T", bound="ChargeRefundTransaction")


@_attrs_define
class ChargeRefundTransaction:
    """
    Attributes:
        charge_amount (Currency | Unset):
        charge_type (str | Unset):
    """

    charge_amount: Currency | Unset = UNSET
    charge_type: str | Unset = UNSET
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
        charge_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.charge_amount, Unset):
            charge_amount = self.charge_amount.to_dict()

        charge_type = self.charge_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if charge_amount is not UNSET:
            field_dict["ChargeAmount"] = charge_amount
        if charge_type is not UNSET:
            field_dict["ChargeType"] = charge_type

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.currency import Currency

        return (
            (
                ("ChargeAmount", "charge_amount", False, ("model", Currency)),
                ("ChargeType", "charge_type", False, ("str",)),
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
        _charge_amount = d.pop("ChargeAmount", UNSET)
        charge_amount = (
            UNSET if _charge_amount is UNSET else Currency.from_dict(_charge_amount)
        )

        charge_type = d.pop("ChargeType", UNSET)

        if (
            _reader is not None
            and charge_type.__class__ is not str
            and charge_type is not UNSET
        ):
            raise DeviationError("ChargeType")

        if cls is ChargeRefundTransaction:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.charge_amount = charge_amount
            _built.charge_type = charge_type
            _built._parse_notes = None
            charge_refund_transaction = _built
        else:  # a subclass: its own __init__ runs
            charge_refund_transaction = cls(
                charge_amount=charge_amount,
                charge_type=charge_type,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        charge_refund_transaction.additional_properties = d or {}
        return charge_refund_transaction

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
