from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method_name import PaymentMethodName
from ..models.payout_status_name import PayoutStatusName
from ..models.payout_type_name import PayoutTypeName
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
    from ..models.payout_status_entry import PayoutStatusEntry
    from ..models.period import Period
    from ..models.related_identifier import RelatedIdentifier


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        Currency, \
        PartnerMetadata, \
        PayoutStatusEntry, \
        Period, \
        RelatedIdentifier
    from ..models.currency import Currency
    from ..models.partner_metadata import PartnerMetadata
    from ..models.payout_status_entry import PayoutStatusEntry
    from ..models.period import Period
    from ..models.related_identifier import RelatedIdentifier

    _lazy_pending = False


T = TypeVar("T", bound="Payout")


@_attrs_define
class Payout:
    """
    Attributes:
        current_status (PayoutStatusName):
        id (str):
        partner_metadata (PartnerMetadata):
        status_history (list[PayoutStatusEntry]):
        account_tail (str | Unset):
        amount (Currency | Unset):
        creation_date (datetime.datetime | Unset):
        payment_method (PaymentMethodName | Unset):
        payment_rail (str | Unset):
        period (Period | Unset):
        related_identifiers (list[RelatedIdentifier] | Unset):
        trace_id (str | Unset):
        type_ (PayoutTypeName | Unset):
    """

    current_status: PayoutStatusName
    id: str
    partner_metadata: PartnerMetadata
    status_history: list[PayoutStatusEntry]
    account_tail: str | Unset = UNSET
    amount: Currency | Unset = UNSET
    creation_date: datetime.datetime | Unset = UNSET
    payment_method: PaymentMethodName | Unset = UNSET
    payment_rail: str | Unset = UNSET
    period: Period | Unset = UNSET
    related_identifiers: list[RelatedIdentifier] | Unset = UNSET
    trace_id: str | Unset = UNSET
    type_: PayoutTypeName | Unset = UNSET
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
        current_status = self.current_status.value

        id = self.id

        partner_metadata = self.partner_metadata.to_dict()

        status_history = []
        for status_history_item_data in self.status_history:
            status_history_item = status_history_item_data.to_dict()
            status_history.append(status_history_item)

        account_tail = self.account_tail

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        creation_date: str | Unset = UNSET
        if not isinstance(self.creation_date, Unset):
            creation_date = self.creation_date.isoformat()

        payment_method: str | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.value

        payment_rail = self.payment_rail

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

        trace_id = self.trace_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currentStatus": current_status,
                "id": id,
                "partnerMetadata": partner_metadata,
                "statusHistory": status_history,
            }
        )
        if account_tail is not UNSET:
            field_dict["accountTail"] = account_tail
        if amount is not UNSET:
            field_dict["amount"] = amount
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if payment_rail is not UNSET:
            field_dict["paymentRail"] = payment_rail
        if period is not UNSET:
            field_dict["period"] = period
        if related_identifiers is not UNSET:
            field_dict["relatedIdentifiers"] = related_identifiers
        if trace_id is not UNSET:
            field_dict["traceId"] = trace_id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.currency import Currency
        from ..models.partner_metadata import PartnerMetadata
        from ..models.payout_status_entry import PayoutStatusEntry
        from ..models.period import Period
        from ..models.related_identifier import RelatedIdentifier

        return (
            (
                ("currentStatus", "current_status", True, ("enum", PayoutStatusName)),
                ("id", "id", True, ("str",)),
                (
                    "partnerMetadata",
                    "partner_metadata",
                    True,
                    ("model", PartnerMetadata),
                ),
                (
                    "statusHistory",
                    "status_history",
                    True,
                    ("list", ("model", PayoutStatusEntry)),
                ),
                ("accountTail", "account_tail", False, ("str",)),
                ("amount", "amount", False, ("model", Currency)),
                ("creationDate", "creation_date", False, ("datetime",)),
                ("paymentMethod", "payment_method", False, ("enum", PaymentMethodName)),
                ("paymentRail", "payment_rail", False, ("str",)),
                ("period", "period", False, ("model", Period)),
                (
                    "relatedIdentifiers",
                    "related_identifiers",
                    False,
                    ("list", ("model", RelatedIdentifier)),
                ),
                ("traceId", "trace_id", False, ("str",)),
                ("type", "type_", False, ("enum", PayoutTypeName)),
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
        _current_status = d.pop("currentStatus")
        current_status = (
            PayoutStatusName._value2member_map_.get(_current_status)
            if _current_status.__class__ is str
            else None
        ) or PayoutStatusName(_current_status)

        id = d.pop("id")

        if _reader is not None and id.__class__ is not str:
            raise DeviationError("id")

        partner_metadata = PartnerMetadata.from_dict(d.pop("partnerMetadata"))

        _status_history = d.pop("statusHistory")
        status_history = [
            PayoutStatusEntry.from_dict(_item) for _item in _status_history
        ]

        account_tail = d.pop("accountTail", UNSET)

        if (
            _reader is not None
            and account_tail.__class__ is not str
            and account_tail is not UNSET
        ):
            raise DeviationError("accountTail")

        _amount = d.pop("amount", UNSET)
        amount = UNSET if _amount is UNSET else Currency.from_dict(_amount)

        _creation_date = d.pop("creationDate", UNSET)
        creation_date = (
            UNSET
            if _creation_date is UNSET
            else datetime.datetime.fromisoformat(_creation_date)
        )

        if (
            _reader is not None
            and not isinstance(creation_date, Unset)
            and creation_date.tzinfo is None
        ):
            raise DeviationError("creationDate")

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

        payment_rail = d.pop("paymentRail", UNSET)

        if (
            _reader is not None
            and payment_rail.__class__ is not str
            and payment_rail is not UNSET
        ):
            raise DeviationError("paymentRail")

        _period = d.pop("period", UNSET)
        period = UNSET if _period is UNSET else Period.from_dict(_period)

        _related_identifiers = d.pop("relatedIdentifiers", UNSET)
        related_identifiers = (
            UNSET
            if _related_identifiers is UNSET
            else [RelatedIdentifier.from_dict(_item) for _item in _related_identifiers]
        )

        trace_id = d.pop("traceId", UNSET)

        if (
            _reader is not None
            and trace_id.__class__ is not str
            and trace_id is not UNSET
        ):
            raise DeviationError("traceId")

        _type_ = d.pop("type", UNSET)
        type_ = (
            UNSET
            if _type_ is UNSET
            else (
                PayoutTypeName._value2member_map_.get(_type_)
                if _type_.__class__ is str
                else None
            )
            or PayoutTypeName(_type_)
        )

        if cls is Payout:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.current_status = current_status
            _built.id = id
            _built.partner_metadata = partner_metadata
            _built.status_history = status_history
            _built.account_tail = account_tail
            _built.amount = amount
            _built.creation_date = creation_date
            _built.payment_method = payment_method
            _built.payment_rail = payment_rail
            _built.period = period
            _built.related_identifiers = related_identifiers
            _built.trace_id = trace_id
            _built.type_ = type_
            _built._parse_notes = None
            payout = _built
        else:  # a subclass: its own __init__ runs
            payout = cls(
                current_status=current_status,
                id=id,
                partner_metadata=partner_metadata,
                status_history=status_history,
                account_tail=account_tail,
                amount=amount,
                creation_date=creation_date,
                payment_method=payment_method,
                payment_rail=payment_rail,
                period=period,
                related_identifiers=related_identifiers,
                trace_id=trace_id,
                type_=type_,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        payout.additional_properties = d or {}
        return payout

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
