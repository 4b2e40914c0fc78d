from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fee_type import FeeType
from ..types import (
    FAST,
    READER,
    DeviationError,
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


T = TypeVar("T", bound="Fee")


@_attrs_define
class Fee:
    """
    Attributes:
        fee_amount (Currency):
        fee_id (str):
        fee_rate_value (str):
        fee_type (FeeType):
    """

    fee_amount: Currency
    fee_id: str
    fee_rate_value: str
    fee_type: FeeType
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
        fee_amount = self.fee_amount.to_dict()

        fee_id = self.fee_id

        fee_rate_value = self.fee_rate_value

        fee_type = self.fee_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feeAmount": fee_amount,
                "feeId": fee_id,
                "feeRateValue": fee_rate_value,
                "feeType": fee_type,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.currency import Currency

        return (
            (
                ("feeAmount", "fee_amount", True, ("model", Currency)),
                ("feeId", "fee_id", True, ("str",)),
                ("feeRateValue", "fee_rate_value", True, ("str",)),
                ("feeType", "fee_type", True, ("enum", FeeType)),
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
        fee_amount = Currency.from_dict(d.pop("feeAmount"))

        fee_id = d.pop("feeId")

        if _reader is not None and fee_id.__class__ is not str:
            raise DeviationError("feeId")

        fee_rate_value = d.pop("feeRateValue")

        if _reader is not None and fee_rate_value.__class__ is not str:
            raise DeviationError("feeRateValue")

        _fee_type = d.pop("feeType")
        fee_type = (
            FeeType._value2member_map_.get(_fee_type)
            if _fee_type.__class__ is str
            else None
        ) or FeeType(_fee_type)

        if cls is Fee:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.fee_amount = fee_amount
            _built.fee_id = fee_id
            _built.fee_rate_value = fee_rate_value
            _built.fee_type = fee_type
            _built._parse_notes = None
            fee = _built
        else:  # a subclass: its own __init__ runs
            fee = cls(
                fee_amount=fee_amount,
                fee_id=fee_id,
                fee_rate_value=fee_rate_value,
                fee_type=fee_type,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        fee.additional_properties = d or {}
        return fee

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
