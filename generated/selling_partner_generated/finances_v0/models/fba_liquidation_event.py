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


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Currency
    from ..models.currency import Currency

    _lazy_pending = False


T = TypeVar("T", bound="FBALiquidationEvent")


@_attrs_define
class FBALiquidationEvent:
    """
    Attributes:
        liquidation_fee_amount (Currency | Unset):
        liquidation_proceeds_amount (Currency | Unset):
        original_removal_order_id (str | Unset):
        posted_date (datetime.datetime | Unset):
    """

    liquidation_fee_amount: Currency | Unset = UNSET
    liquidation_proceeds_amount: Currency | Unset = UNSET
    original_removal_order_id: str | Unset = UNSET
    posted_date: datetime.datetime | Unset = UNSET
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
        liquidation_fee_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.liquidation_fee_amount, Unset):
            liquidation_fee_amount = self.liquidation_fee_amount.to_dict()

        liquidation_proceeds_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.liquidation_proceeds_amount, Unset):
            liquidation_proceeds_amount = self.liquidation_proceeds_amount.to_dict()

        original_removal_order_id = self.original_removal_order_id

        posted_date: str | Unset = UNSET
        if not isinstance(self.posted_date, Unset):
            posted_date = self.posted_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if liquidation_fee_amount is not UNSET:
            field_dict["LiquidationFeeAmount"] = liquidation_fee_amount
        if liquidation_proceeds_amount is not UNSET:
            field_dict["LiquidationProceedsAmount"] = liquidation_proceeds_amount
        if original_removal_order_id is not UNSET:
            field_dict["OriginalRemovalOrderId"] = original_removal_order_id
        if posted_date is not UNSET:
            field_dict["PostedDate"] = posted_date

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.currency import Currency

        return (
            (
                (
                    "LiquidationFeeAmount",
                    "liquidation_fee_amount",
                    False,
                    ("model", Currency),
                ),
                (
                    "LiquidationProceedsAmount",
                    "liquidation_proceeds_amount",
                    False,
                    ("model", Currency),
                ),
                (
                    "OriginalRemovalOrderId",
                    "original_removal_order_id",
                    False,
                    ("str",),
                ),
                ("PostedDate", "posted_date", False, ("datetime",)),
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
        _liquidation_fee_amount = d.pop("LiquidationFeeAmount", UNSET)
        liquidation_fee_amount = (
            UNSET
            if _liquidation_fee_amount is UNSET
            else Currency.from_dict(_liquidation_fee_amount)
        )

        _liquidation_proceeds_amount = d.pop("LiquidationProceedsAmount", UNSET)
        liquidation_proceeds_amount = (
            UNSET
            if _liquidation_proceeds_amount is UNSET
            else Currency.from_dict(_liquidation_proceeds_amount)
        )

        original_removal_order_id = d.pop("OriginalRemovalOrderId", UNSET)

        if (
            _reader is not None
            and original_removal_order_id.__class__ is not str
            and original_removal_order_id is not UNSET
        ):
            raise DeviationError("OriginalRemovalOrderId")

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

        if cls is FBALiquidationEvent:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.liquidation_fee_amount = liquidation_fee_amount
            _built.liquidation_proceeds_amount = liquidation_proceeds_amount
            _built.original_removal_order_id = original_removal_order_id
            _built.posted_date = posted_date
            _built._parse_notes = None
            fba_liquidation_event = _built
        else:  # a subclass: its own __init__ runs
            fba_liquidation_event = cls(
                liquidation_fee_amount=liquidation_fee_amount,
                liquidation_proceeds_amount=liquidation_proceeds_amount,
                original_removal_order_id=original_removal_order_id,
                posted_date=posted_date,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        fba_liquidation_event.additional_properties = d or {}
        return fba_liquidation_event

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
