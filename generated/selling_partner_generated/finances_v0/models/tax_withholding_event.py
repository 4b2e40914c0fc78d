from __future__ import annotations

import datetime
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
    from ..models.tax_withholding_period import TaxWithholdingPeriod


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Currency, TaxWithholdingPeriod
    from ..models.currency import Currency
    from ..models.tax_withholding_period import TaxWithholdingPeriod

    _lazy_pending = False


T = TypeVar("T", bound="TaxWithholdingEvent")


@_attrs_define
class TaxWithholdingEvent:
    """
    Attributes:
        base_amount (Currency | Unset):
        posted_date (datetime.datetime | Unset):
        tax_withholding_period (TaxWithholdingPeriod | Unset):
        withheld_amount (Currency | Unset):
    """

    base_amount: Currency | Unset = UNSET
    posted_date: datetime.datetime | Unset = UNSET
    tax_withholding_period: TaxWithholdingPeriod | Unset = UNSET
    withheld_amount: Currency | Unset = UNSET
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
        base_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.base_amount, Unset):
            base_amount = self.base_amount.to_dict()

        posted_date: str | Unset = UNSET
        if not isinstance(self.posted_date, Unset):
            posted_date = self.posted_date.isoformat()

        tax_withholding_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_withholding_period, Unset):
            tax_withholding_period = self.tax_withholding_period.to_dict()

        withheld_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.withheld_amount, Unset):
            withheld_amount = self.withheld_amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_amount is not UNSET:
            field_dict["BaseAmount"] = base_amount
        if posted_date is not UNSET:
            field_dict["PostedDate"] = posted_date
        if tax_withholding_period is not UNSET:
            field_dict["TaxWithholdingPeriod"] = tax_withholding_period
        if withheld_amount is not UNSET:
            field_dict["WithheldAmount"] = withheld_amount

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.currency import Currency
        from ..models.tax_withholding_period import TaxWithholdingPeriod

        return (
            (
                ("BaseAmount", "base_amount", False, ("model", Currency)),
                ("PostedDate", "posted_date", False, ("datetime",)),
                (
                    "TaxWithholdingPeriod",
                    "tax_withholding_period",
                    False,
                    ("model", TaxWithholdingPeriod),
                ),
                ("WithheldAmount", "withheld_amount", False, ("model", Currency)),
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
        _base_amount = d.pop("BaseAmount", UNSET)
        base_amount = (
            UNSET if _base_amount is UNSET else Currency.from_dict(_base_amount)
        )

        _posted_date = d.pop("PostedDate", UNSET)
        posted_date = (
            UNSET
            if _posted_date is UNSET
            else datetime.datetime.fromisoformat(_posted_date)
        )

        if (
            _reader is not None
            and not isinstance(posted_date, Unset)
            and posted_date.tzinfo is None
        ):
            raise DeviationError("PostedDate")

        _tax_withholding_period = d.pop("TaxWithholdingPeriod", UNSET)
        tax_withholding_period = (
            UNSET
            if _tax_withholding_period is UNSET
            else TaxWithholdingPeriod.from_dict(_tax_withholding_period)
        )

        _withheld_amount = d.pop("WithheldAmount", UNSET)
        withheld_amount = (
            UNSET if _withheld_amount is UNSET else Currency.from_dict(_withheld_amount)
        )

        if cls is TaxWithholdingEvent:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.base_amount = base_amount
            _built.posted_date = posted_date
            _built.tax_withholding_period = tax_withholding_period
            _built.withheld_amount = withheld_amount
            _built._parse_notes = None
            tax_withholding_event = _built
        else:  # a subclass: its own __init__ runs
            tax_withholding_event = cls(
                base_amount=base_amount,
                posted_date=posted_date,
                tax_withholding_period=tax_withholding_period,
                withheld_amount=withheld_amount,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        tax_withholding_event.additional_properties = d or {}
        return tax_withholding_event

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
