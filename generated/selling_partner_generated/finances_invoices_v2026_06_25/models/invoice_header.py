from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_header_invoice_status import InvoiceHeaderInvoiceStatus
from ..models.invoice_header_invoice_type import InvoiceHeaderInvoiceType
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
    from ..models.billing_period import BillingPeriod
    from ..models.breakdown import Breakdown
    from ..models.currency import Currency
    from ..models.partner_metadata import PartnerMetadata
    from ..models.related_identifier import RelatedIdentifier


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        BillingPeriod, \
        Breakdown, \
        Currency, \
        PartnerMetadata, \
        RelatedIdentifier
    from ..models.billing_period import BillingPeriod
    from ..models.breakdown import Breakdown
    from ..models.currency import Currency
    from ..models.partner_metadata import PartnerMetadata
    from ..models.related_identifier import RelatedIdentifier

    _lazy_pending = False


T = TypeVar("T", bound="InvoiceHeader")


@_attrs_define
class InvoiceHeader:
    """
    Attributes:
        creation_date (datetime.datetime):
        invoice_amount (Currency):
        invoice_identifier (str):
        invoice_number (str):
        invoice_status (InvoiceHeaderInvoiceStatus):
        invoice_type (InvoiceHeaderInvoiceType):
        issue_date (datetime.datetime):
        last_updated_date (datetime.datetime):
        payee (PartnerMetadata):
        payer (PartnerMetadata):
        billing_period (BillingPeriod | Unset):
        due_date (datetime.datetime | Unset):
        invoice_amount_breakdowns (list[Breakdown] | Unset):
        invoice_settlement_breakdowns (list[Breakdown] | Unset):
        payment_terms (str | Unset):
        related_identifiers (list[RelatedIdentifier] | Unset):
    """

    creation_date: datetime.datetime
    invoice_amount: Currency
    invoice_identifier: str
    invoice_number: str
    invoice_status: InvoiceHeaderInvoiceStatus
    invoice_type: InvoiceHeaderInvoiceType
    issue_date: datetime.datetime
    last_updated_date: datetime.datetime
    payee: PartnerMetadata
    payer: PartnerMetadata
    billing_period: BillingPeriod | Unset = UNSET
    due_date: datetime.datetime | Unset = UNSET
    invoice_amount_breakdowns: list[Breakdown] | Unset = UNSET
    invoice_settlement_breakdowns: list[Breakdown] | Unset = UNSET
    payment_terms: str | Unset = UNSET
    related_identifiers: list[RelatedIdentifier] | Unset = UNSET
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
        creation_date = self.creation_date.isoformat()

        invoice_amount = self.invoice_amount.to_dict()

        invoice_identifier = self.invoice_identifier

        invoice_number = self.invoice_number

        invoice_status = self.invoice_status.value

        invoice_type = self.invoice_type.value

        issue_date = self.issue_date.isoformat()

        last_updated_date = self.last_updated_date.isoformat()

        payee = self.payee.to_dict()

        payer = self.payer.to_dict()

        billing_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_period, Unset):
            billing_period = self.billing_period.to_dict()

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()

        invoice_amount_breakdowns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoice_amount_breakdowns, Unset):
            invoice_amount_breakdowns = []
            for invoice_amount_breakdowns_item_data in self.invoice_amount_breakdowns:
                invoice_amount_breakdowns_item = (
                    invoice_amount_breakdowns_item_data.to_dict()
                )
                invoice_amount_breakdowns.append(invoice_amount_breakdowns_item)

        invoice_settlement_breakdowns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoice_settlement_breakdowns, Unset):
            invoice_settlement_breakdowns = []
            for (
                invoice_settlement_breakdowns_item_data
            ) in self.invoice_settlement_breakdowns:
                invoice_settlement_breakdowns_item = (
                    invoice_settlement_breakdowns_item_data.to_dict()
                )
                invoice_settlement_breakdowns.append(invoice_settlement_breakdowns_item)

        payment_terms = self.payment_terms

        related_identifiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.related_identifiers, Unset):
            related_identifiers = []
            for related_identifiers_item_data in self.related_identifiers:
                related_identifiers_item = related_identifiers_item_data.to_dict()
                related_identifiers.append(related_identifiers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "creationDate": creation_date,
                "invoiceAmount": invoice_amount,
                "invoiceIdentifier": invoice_identifier,
                "invoiceNumber": invoice_number,
                "invoiceStatus": invoice_status,
                "invoiceType": invoice_type,
                "issueDate": issue_date,
                "lastUpdatedDate": last_updated_date,
                "payee": payee,
                "payer": payer,
            }
        )
        if billing_period is not UNSET:
            field_dict["billingPeriod"] = billing_period
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if invoice_amount_breakdowns is not UNSET:
            field_dict["invoiceAmountBreakdowns"] = invoice_amount_breakdowns
        if invoice_settlement_breakdowns is not UNSET:
            field_dict["invoiceSettlementBreakdowns"] = invoice_settlement_breakdowns
        if payment_terms is not UNSET:
            field_dict["paymentTerms"] = payment_terms
        if related_identifiers is not UNSET:
            field_dict["relatedIdentifiers"] = related_identifiers

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.billing_period import BillingPeriod
        from ..models.breakdown import Breakdown
        from ..models.currency import Currency
        from ..models.partner_metadata import PartnerMetadata
        from ..models.related_identifier import RelatedIdentifier

        return (
            (
                ("creationDate", "creation_date", True, ("datetime",)),
                ("invoiceAmount", "invoice_amount", True, ("model", Currency)),
                ("invoiceIdentifier", "invoice_identifier", True, ("str",)),
                ("invoiceNumber", "invoice_number", True, ("str",)),
                (
                    "invoiceStatus",
                    "invoice_status",
                    True,
                    ("enum", InvoiceHeaderInvoiceStatus),
                ),
                (
                    "invoiceType",
                    "invoice_type",
                    True,
                    ("enum", InvoiceHeaderInvoiceType),
                ),
                ("issueDate", "issue_date", True, ("datetime",)),
                ("lastUpdatedDate", "last_updated_date", True, ("datetime",)),
                ("payee", "payee", True, ("model", PartnerMetadata)),
                ("payer", "payer", True, ("model", PartnerMetadata)),
                ("billingPeriod", "billing_period", False, ("model", BillingPeriod)),
                ("dueDate", "due_date", False, ("datetime",)),
                (
                    "invoiceAmountBreakdowns",
                    "invoice_amount_breakdowns",
                    False,
                    ("list", ("model", Breakdown)),
                ),
                (
                    "invoiceSettlementBreakdowns",
                    "invoice_settlement_breakdowns",
                    False,
                    ("list", ("model", Breakdown)),
                ),
                ("paymentTerms", "payment_terms", False, ("str",)),
                (
                    "relatedIdentifiers",
                    "related_identifiers",
                    False,
                    ("list", ("model", RelatedIdentifier)),
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
        creation_date = datetime.datetime.fromisoformat(d.pop("creationDate"))

        if _reader is not None and creation_date.tzinfo is None:
            raise DeviationError("creationDate")

        invoice_amount = Currency.from_dict(d.pop("invoiceAmount"))

        invoice_identifier = d.pop("invoiceIdentifier")

        if _reader is not None and invoice_identifier.__class__ is not str:
            raise DeviationError("invoiceIdentifier")

        invoice_number = d.pop("invoiceNumber")

        if _reader is not None and invoice_number.__class__ is not str:
            raise DeviationError("invoiceNumber")

        _invoice_status = d.pop("invoiceStatus")
        invoice_status = (
            InvoiceHeaderInvoiceStatus._value2member_map_.get(_invoice_status)
            if _invoice_status.__class__ is str
            else None
        ) or InvoiceHeaderInvoiceStatus(_invoice_status)

        _invoice_type = d.pop("invoiceType")
        invoice_type = (
            InvoiceHeaderInvoiceType._value2member_map_.get(_invoice_type)
            if _invoice_type.__class__ is str
            else None
        ) or InvoiceHeaderInvoiceType(_invoice_type)

        issue_date = datetime.datetime.fromisoformat(d.pop("issueDate"))

        if _reader is not None and issue_date.tzinfo is None:
            raise DeviationError("issueDate")

        last_updated_date = datetime.datetime.fromisoformat(d.pop("lastUpdatedDate"))

        if _reader is not None and last_updated_date.tzinfo is None:
            raise DeviationError("lastUpdatedDate")

        payee = PartnerMetadata.from_dict(d.pop("payee"))

        payer = PartnerMetadata.from_dict(d.pop("payer"))

        _billing_period = d.pop("billingPeriod", UNSET)
        billing_period = (
            UNSET
            if _billing_period is UNSET
            else BillingPeriod.from_dict(_billing_period)
        )

        _due_date = d.pop("dueDate", UNSET)
        due_date = (
            UNSET if _due_date is UNSET else datetime.datetime.fromisoformat(_due_date)
        )

        if (
            _reader is not None
            and not isinstance(due_date, Unset)
            and due_date.tzinfo is None
        ):
            raise DeviationError("dueDate")

        _invoice_amount_breakdowns = d.pop("invoiceAmountBreakdowns", UNSET)
        invoice_amount_breakdowns = (
            UNSET
            if _invoice_amount_breakdowns is UNSET
            else [Breakdown.from_dict(_item) for _item in _invoice_amount_breakdowns]
        )

        _invoice_settlement_breakdowns = d.pop("invoiceSettlementBreakdowns", UNSET)
        invoice_settlement_breakdowns = (
            UNSET
            if _invoice_settlement_breakdowns is UNSET
            else [
                Breakdown.from_dict(_item) for _item in _invoice_settlement_breakdowns
            ]
        )

        payment_terms = d.pop("paymentTerms", UNSET)

        if (
            _reader is not None
            and payment_terms.__class__ is not str
            and payment_terms is not UNSET
        ):
            raise DeviationError("paymentTerms")

        _related_identifiers = d.pop("relatedIdentifiers", UNSET)
        related_identifiers = (
            UNSET
            if _related_identifiers is UNSET
            else [RelatedIdentifier.from_dict(_item) for _item in _related_identifiers]
        )

        if cls is InvoiceHeader:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.creation_date = creation_date
            _built.invoice_amount = invoice_amount
            _built.invoice_identifier = invoice_identifier
            _built.invoice_number = invoice_number
            _built.invoice_status = invoice_status
            _built.invoice_type = invoice_type
            _built.issue_date = issue_date
            _built.last_updated_date = last_updated_date
            _built.payee = payee
            _built.payer = payer
            _built.billing_period = billing_period
            _built.due_date = due_date
            _built.invoice_amount_breakdowns = invoice_amount_breakdowns
            _built.invoice_settlement_breakdowns = invoice_settlement_breakdowns
            _built.payment_terms = payment_terms
            _built.related_identifiers = related_identifiers
            _built._parse_notes = None
            invoice_header = _built
        else:  # a subclass: its own __init__ runs
            invoice_header = cls(
                creation_date=creation_date,
                invoice_amount=invoice_amount,
                invoice_identifier=invoice_identifier,
                invoice_number=invoice_number,
                invoice_status=invoice_status,
                invoice_type=invoice_type,
                issue_date=issue_date,
                last_updated_date=last_updated_date,
                payee=payee,
                payer=payer,
                billing_period=billing_period,
                due_date=due_date,
                invoice_amount_breakdowns=invoice_amount_breakdowns,
                invoice_settlement_breakdowns=invoice_settlement_breakdowns,
                payment_terms=payment_terms,
                related_identifiers=related_identifiers,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        invoice_header.additional_properties = d or {}
        return invoice_header

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
