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


T = TypeVar("T", bound="SellerDealPaymentEvent")


@_attrs_define
class SellerDealPaymentEvent:
    """
    Attributes:
        deal_description (str | Unset):
        deal_id (str | Unset):
        event_type (str | Unset):
        fee_amount (Currency | Unset):
        fee_type (str | Unset):
        posted_date (datetime.datetime | Unset):
        tax_amount (Currency | Unset):
        total_amount (Currency | Unset):
    """

    deal_description: str | Unset = UNSET
    deal_id: str | Unset = UNSET
    event_type: str | Unset = UNSET
    fee_amount: Currency | Unset = UNSET
    fee_type: str | Unset = UNSET
    posted_date: datetime.datetime | Unset = UNSET
    tax_amount: Currency | Unset = UNSET
    total_amount: Currency | Unset = UNSET
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
        deal_description = self.deal_description

        deal_id = self.deal_id

        event_type = self.event_type

        fee_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fee_amount, Unset):
            fee_amount = self.fee_amount.to_dict()

        fee_type = self.fee_type

        posted_date: str | Unset = UNSET
        if not isinstance(self.posted_date, Unset):
            posted_date = self.posted_date.isoformat()

        tax_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_amount, Unset):
            tax_amount = self.tax_amount.to_dict()

        total_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_amount, Unset):
            total_amount = self.total_amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deal_description is not UNSET:
            field_dict["dealDescription"] = deal_description
        if deal_id is not UNSET:
            field_dict["dealId"] = deal_id
        if event_type is not UNSET:
            field_dict["eventType"] = event_type
        if fee_amount is not UNSET:
            field_dict["feeAmount"] = fee_amount
        if fee_type is not UNSET:
            field_dict["feeType"] = fee_type
        if posted_date is not UNSET:
            field_dict["postedDate"] = posted_date
        if tax_amount is not UNSET:
            field_dict["taxAmount"] = tax_amount
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.currency import Currency

        return (
            (
                ("dealDescription", "deal_description", False, ("str",)),
                ("dealId", "deal_id", False, ("str",)),
                ("eventType", "event_type", False, ("str",)),
                ("feeAmount", "fee_amount", False, ("model", Currency)),
                ("feeType", "fee_type", False, ("str",)),
                ("postedDate", "posted_date", False, ("datetime",)),
                ("taxAmount", "tax_amount", False, ("model", Currency)),
                ("totalAmount", "total_amount", False, ("model", Currency)),
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
        deal_description = d.pop("dealDescription", UNSET)

        if (
            _reader is not None
            and deal_description.__class__ is not str
            and deal_description is not UNSET
        ):
            raise DeviationError("dealDescription")

        deal_id = d.pop("dealId", UNSET)

        if (
            _reader is not None
            and deal_id.__class__ is not str
            and deal_id is not UNSET
        ):
            raise DeviationError("dealId")

        event_type = d.pop("eventType", UNSET)

        if (
            _reader is not None
            and event_type.__class__ is not str
            and event_type is not UNSET
        ):
            raise DeviationError("eventType")

        _fee_amount = d.pop("feeAmount", UNSET)
        fee_amount = UNSET if _fee_amount is UNSET else Currency.from_dict(_fee_amount)

        fee_type = d.pop("feeType", UNSET)

        if (
            _reader is not None
            and fee_type.__class__ is not str
            and fee_type is not UNSET
        ):
            raise DeviationError("feeType")

        _posted_date = d.pop("postedDate", UNSET)
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
            raise DeviationError("postedDate")

        _tax_amount = d.pop("taxAmount", UNSET)
        tax_amount = UNSET if _tax_amount is UNSET else Currency.from_dict(_tax_amount)

        _total_amount = d.pop("totalAmount", UNSET)
        total_amount = (
            UNSET if _total_amount is UNSET else Currency.from_dict(_total_amount)
        )

        if cls is SellerDealPaymentEvent:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.deal_description = deal_description
            _built.deal_id = deal_id
            _built.event_type = event_type
            _built.fee_amount = fee_amount
            _built.fee_type = fee_type
            _built.posted_date = posted_date
            _built.tax_amount = tax_amount
            _built.total_amount = total_amount
            _built._parse_notes = None
            seller_deal_payment_event = _built
        else:  # a subclass: its own __init__ runs
            seller_deal_payment_event = cls(
                deal_description=deal_description,
                deal_id=deal_id,
                event_type=event_type,
                fee_amount=fee_amount,
                fee_type=fee_type,
                posted_date=posted_date,
                tax_amount=tax_amount,
                total_amount=total_amount,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        seller_deal_payment_event.additional_properties = d or {}
        return seller_deal_payment_event

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
