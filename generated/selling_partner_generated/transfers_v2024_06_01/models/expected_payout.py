from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.expected_payout_status_name import ExpectedPayoutStatusName
from ..models.payment_method_name import PaymentMethodName
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
    from ..models.partner_metadata import PartnerMetadata
    from ..models.period import Period
    from ..models.related_identifier import RelatedIdentifier


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Currency, PartnerMetadata, Period, RelatedIdentifier
    from ..models.currency import Currency
    from ..models.partner_metadata import PartnerMetadata
    from ..models.period import Period
    from ..models.related_identifier import RelatedIdentifier

    _lazy_pending = False


T = TypeVar("T", bound="ExpectedPayout")


@_attrs_define
class ExpectedPayout:
    """
    Attributes:
        partner_metadata (PartnerMetadata):
        status (ExpectedPayoutStatusName):
        account_tail (str | Unset):
        amount (Currency | Unset):
        payment_method (PaymentMethodName | Unset):
        period (Period | Unset):
        related_identifiers (list[RelatedIdentifier] | Unset):
        scheduled_date (datetime.datetime | Unset):
    """

    partner_metadata: PartnerMetadata
    status: ExpectedPayoutStatusName
    account_tail: str | Unset = UNSET
    amount: Currency | Unset = UNSET
    payment_method: PaymentMethodName | Unset = UNSET
    period: Period | Unset = UNSET
    related_identifiers: list[RelatedIdentifier] | Unset = UNSET
    scheduled_date: datetime.datetime | Unset = UNSET
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
        partner_metadata = self.partner_metadata.to_dict()

        status = self.status.value

        account_tail = self.account_tail

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        payment_method: str | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.value

        period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.period, Unset):
            period = self.period.to_dict()

        related_identifiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.related_identifiers, Unset):
            related_identifiers = []
            for (
                componentsschemas_related_identifiers_item_data
            ) in self.related_identifiers:
                componentsschemas_related_identifiers_item = (
                    componentsschemas_related_identifiers_item_data.to_dict()
                )
                related_identifiers.append(componentsschemas_related_identifiers_item)

        scheduled_date: str | Unset = UNSET
        if not isinstance(self.scheduled_date, Unset):
            scheduled_date = self.scheduled_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "partnerMetadata": partner_metadata,
                "status": status,
            }
        )
        if account_tail is not UNSET:
            field_dict["accountTail"] = account_tail
        if amount is not UNSET:
            field_dict["amount"] = amount
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if period is not UNSET:
            field_dict["period"] = period
        if related_identifiers is not UNSET:
            field_dict["relatedIdentifiers"] = related_identifiers
        if scheduled_date is not UNSET:
            field_dict["scheduledDate"] = scheduled_date

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.currency import Currency
        from ..models.partner_metadata import PartnerMetadata
        from ..models.period import Period
        from ..models.related_identifier import RelatedIdentifier

        return (
            (
                (
                    "partnerMetadata",
                    "partner_metadata",
                    True,
                    ("model", PartnerMetadata),
                ),
                ("status", "status", True, ("enum", ExpectedPayoutStatusName)),
                ("accountTail", "account_tail", False, ("str",)),
                ("amount", "amount", False, ("model", Currency)),
                ("paymentMethod", "payment_method", False, ("enum", PaymentMethodName)),
                ("period", "period", False, ("model", Period)),
                (
                    "relatedIdentifiers",
                    "related_identifiers",
                    False,
                    ("list", ("model", RelatedIdentifier)),
                ),
                ("scheduledDate", "scheduled_date", False, ("datetime",)),
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
        partner_metadata = PartnerMetadata.from_dict(d.pop("partnerMetadata"))

        _status = d.pop("status")
        status = (
            ExpectedPayoutStatusName._value2member_map_.get(_status)
            if _status.__class__ is str
            else None
        ) or ExpectedPayoutStatusName(_status)

        account_tail = d.pop("accountTail", UNSET)

        if (
            _reader is not None
            and account_tail.__class__ is not str
            and account_tail is not UNSET
        ):
            raise DeviationError("accountTail")

        _amount = d.pop("amount", UNSET)
        amount = UNSET if _amount is UNSET else Currency.from_dict(_amount)

        _payment_method = d.pop("paymentMethod", UNSET)
        payment_method = (
            UNSET
            if _payment_method is UNSET
            else (
                PaymentMethodName._value2member_map_.get(_payment_method)
                if _payment_method.__class__ is str
                else None
            )
            or PaymentMethodName(_payment_method)
        )

        _period = d.pop("period", UNSET)
        period = UNSET if _period is UNSET else Period.from_dict(_period)

        _related_identifiers = d.pop("relatedIdentifiers", UNSET)
        related_identifiers = (
            UNSET
            if _related_identifiers is UNSET
            else [RelatedIdentifier.from_dict(_item) for _item in _related_identifiers]
        )

        _scheduled_date = d.pop("scheduledDate", UNSET)
        scheduled_date = (
            UNSET
            if _scheduled_date is UNSET
            else datetime.datetime.fromisoformat(_scheduled_date)
        )

        if (
            _reader is not None
            and not isinstance(scheduled_date, Unset)
            and scheduled_date.tzinfo is None
        ):
            raise DeviationError("scheduledDate")

        if cls is ExpectedPayout:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.partner_metadata = partner_metadata
            _built.status = status
            _built.account_tail = account_tail
            _built.amount = amount
            _built.payment_method = payment_method
            _built.period = period
            _built.related_identifiers = related_identifiers
            _built.scheduled_date = scheduled_date
            _built._parse_notes = None
            expected_payout = _built
        else:  # a subclass: its own __init__ runs
            expected_payout = cls(
                partner_metadata=partner_metadata,
                status=status,
                account_tail=account_tail,
                amount=amount,
                payment_method=payment_method,
                period=period,
                related_identifiers=related_identifiers,
                scheduled_date=scheduled_date,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        expected_payout.additional_properties = d or {}
        return expected_payout

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
