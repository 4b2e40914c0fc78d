from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_invoice_type import InvoiceInvoiceType
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
    from ..models.additional_details import AdditionalDetails
    from ..models.allowance_details import AllowanceDetails
    from ..models.charge_details import ChargeDetails
    from ..models.invoice_item import InvoiceItem
    from ..models.money import Money
    from ..models.party_identification import PartyIdentification
    from ..models.payment_terms import PaymentTerms
    from ..models.tax_details import TaxDetails


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        AdditionalDetails, \
        AllowanceDetails, \
        ChargeDetails, \
        InvoiceItem, \
        Money, \
        PartyIdentification, \
        PaymentTerms, \
        TaxDetails
    from ..models.additional_details import AdditionalDetails
    from ..models.allowance_details import AllowanceDetails
    from ..models.charge_details import ChargeDetails
    from ..models.invoice_item import InvoiceItem
    from ..models.money import Money
    from ..models.party_identification import PartyIdentification
    from ..models.payment_terms import PaymentTerms
    from ..models.tax_details import TaxDetails

    _lazy_pending = False


T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """
    Attributes:
        date (datetime.datetime):
        id (str):
        invoice_total (Money):
        invoice_type (InvoiceInvoiceType):
        remit_to_party (PartyIdentification):
        additional_details (list[AdditionalDetails] | Unset):
        allowance_details (list[AllowanceDetails] | Unset):
        bill_to_party (PartyIdentification | Unset):
        charge_details (list[ChargeDetails] | Unset):
        items (list[InvoiceItem] | Unset):
        payment_terms (PaymentTerms | Unset):
        reference_number (str | Unset):
        ship_from_party (PartyIdentification | Unset):
        ship_to_party (PartyIdentification | Unset):
        tax_details (list[TaxDetails] | Unset):
    """

    date: datetime.datetime
    id: str
    invoice_total: Money
    invoice_type: InvoiceInvoiceType
    remit_to_party: PartyIdentification
    additional_details: list[AdditionalDetails] | Unset = UNSET
    allowance_details: list[AllowanceDetails] | Unset = UNSET
    bill_to_party: PartyIdentification | Unset = UNSET
    charge_details: list[ChargeDetails] | Unset = UNSET
    items: list[InvoiceItem] | Unset = UNSET
    payment_terms: PaymentTerms | Unset = UNSET
    reference_number: str | Unset = UNSET
    ship_from_party: PartyIdentification | Unset = UNSET
    ship_to_party: PartyIdentification | Unset = UNSET
    tax_details: list[TaxDetails] | Unset = UNSET
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
        date = self.date.isoformat()

        id = self.id

        invoice_total = self.invoice_total.to_dict()

        invoice_type = self.invoice_type.value

        remit_to_party = self.remit_to_party.to_dict()

        additional_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_details, Unset):
            additional_details = []
            for additional_details_item_data in self.additional_details:
                additional_details_item = additional_details_item_data.to_dict()
                additional_details.append(additional_details_item)

        allowance_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allowance_details, Unset):
            allowance_details = []
            for allowance_details_item_data in self.allowance_details:
                allowance_details_item = allowance_details_item_data.to_dict()
                allowance_details.append(allowance_details_item)

        bill_to_party: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bill_to_party, Unset):
            bill_to_party = self.bill_to_party.to_dict()

        charge_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.charge_details, Unset):
            charge_details = []
            for charge_details_item_data in self.charge_details:
                charge_details_item = charge_details_item_data.to_dict()
                charge_details.append(charge_details_item)

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        payment_terms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_terms, Unset):
            payment_terms = self.payment_terms.to_dict()

        reference_number = self.reference_number

        ship_from_party: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_from_party, Unset):
            ship_from_party = self.ship_from_party.to_dict()

        ship_to_party: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_to_party, Unset):
            ship_to_party = self.ship_to_party.to_dict()

        tax_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_details, Unset):
            tax_details = []
            for tax_details_item_data in self.tax_details:
                tax_details_item = tax_details_item_data.to_dict()
                tax_details.append(tax_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "id": id,
                "invoiceTotal": invoice_total,
                "invoiceType": invoice_type,
                "remitToParty": remit_to_party,
            }
        )
        if additional_details is not UNSET:
            field_dict["additionalDetails"] = additional_details
        if allowance_details is not UNSET:
            field_dict["allowanceDetails"] = allowance_details
        if bill_to_party is not UNSET:
            field_dict["billToParty"] = bill_to_party
        if charge_details is not UNSET:
            field_dict["chargeDetails"] = charge_details
        if items is not UNSET:
            field_dict["items"] = items
        if payment_terms is not UNSET:
            field_dict["paymentTerms"] = payment_terms
        if reference_number is not UNSET:
            field_dict["referenceNumber"] = reference_number
        if ship_from_party is not UNSET:
            field_dict["shipFromParty"] = ship_from_party
        if ship_to_party is not UNSET:
            field_dict["shipToParty"] = ship_to_party
        if tax_details is not UNSET:
            field_dict["taxDetails"] = tax_details

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.additional_details import AdditionalDetails
        from ..models.allowance_details import AllowanceDetails
        from ..models.charge_details import ChargeDetails
        from ..models.invoice_item import InvoiceItem
        from ..models.money import Money
        from ..models.party_identification import PartyIdentification
        from ..models.payment_terms import PaymentTerms
        from ..models.tax_details import TaxDetails

        return (
            (
                ("date", "date", True, ("datetime",)),
                ("id", "id", True, ("str",)),
                ("invoiceTotal", "invoice_total", True, ("model", Money)),
                ("invoiceType", "invoice_type", True, ("enum", InvoiceInvoiceType)),
                (
                    "remitToParty",
                    "remit_to_party",
                    True,
                    ("model", PartyIdentification),
                ),
                (
                    "additionalDetails",
                    "additional_details",
                    False,
                    ("list", ("model", AdditionalDetails)),
                ),
                (
                    "allowanceDetails",
                    "allowance_details",
                    False,
                    ("list", ("model", AllowanceDetails)),
                ),
                ("billToParty", "bill_to_party", False, ("model", PartyIdentification)),
                (
                    "chargeDetails",
                    "charge_details",
                    False,
                    ("list", ("model", ChargeDetails)),
                ),
                ("items", "items", False, ("list", ("model", InvoiceItem))),
                ("paymentTerms", "payment_terms", False, ("model", PaymentTerms)),
                ("referenceNumber", "reference_number", False, ("str",)),
                (
                    "shipFromParty",
                    "ship_from_party",
                    False,
                    ("model", PartyIdentification),
                ),
                ("shipToParty", "ship_to_party", False, ("model", PartyIdentification)),
                ("taxDetails", "tax_details", False, ("list", ("model", TaxDetails))),
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
        date = datetime.datetime.fromisoformat(d.pop("date"))

        if _reader is not None and date.tzinfo is None:
            raise DeviationError("date")

        id = d.pop("id")

        if _reader is not None and id.__class__ is not str:
            raise DeviationError("id")

        invoice_total = Money.from_dict(d.pop("invoiceTotal"))

        _invoice_type = d.pop("invoiceType")
        invoice_type = (
            InvoiceInvoiceType._value2member_map_.get(_invoice_type)
            if _invoice_type.__class__ is str
            else None
        ) or InvoiceInvoiceType(_invoice_type)

        remit_to_party = PartyIdentification.from_dict(d.pop("remitToParty"))

        _additional_details = d.pop("additionalDetails", UNSET)
        additional_details = (
            UNSET
            if _additional_details is UNSET
            else [AdditionalDetails.from_dict(_item) for _item in _additional_details]
        )

        _allowance_details = d.pop("allowanceDetails", UNSET)
        allowance_details = (
            UNSET
            if _allowance_details is UNSET
            else [AllowanceDetails.from_dict(_item) for _item in _allowance_details]
        )

        _bill_to_party = d.pop("billToParty", UNSET)
        bill_to_party = (
            UNSET
            if _bill_to_party is UNSET
            else PartyIdentification.from_dict(_bill_to_party)
        )

        _charge_details = d.pop("chargeDetails", UNSET)
        charge_details = (
            UNSET
            if _charge_details is UNSET
            else [ChargeDetails.from_dict(_item) for _item in _charge_details]
        )

        _items = d.pop("items", UNSET)
        items = (
            UNSET
            if _items is UNSET
            else [InvoiceItem.from_dict(_item) for _item in _items]
        )

        _payment_terms = d.pop("paymentTerms", UNSET)
        payment_terms = (
            UNSET if _payment_terms is UNSET else PaymentTerms.from_dict(_payment_terms)
        )

        reference_number = d.pop("referenceNumber", UNSET)

        if (
            _reader is not None
            and reference_number.__class__ is not str
            and reference_number is not UNSET
        ):
            raise DeviationError("referenceNumber")

        _ship_from_party = d.pop("shipFromParty", UNSET)
        ship_from_party = (
            UNSET
            if _ship_from_party is UNSET
            else PartyIdentification.from_dict(_ship_from_party)
        )

        _ship_to_party = d.pop("shipToParty", UNSET)
        ship_to_party = (
            UNSET
            if _ship_to_party is UNSET
            else PartyIdentification.from_dict(_ship_to_party)
        )

        _tax_details = d.pop("taxDetails", UNSET)
        tax_details = (
            UNSET
            if _tax_details is UNSET
            else [TaxDetails.from_dict(_item) for _item in _tax_details]
        )

        if cls is Invoice:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.date = date
            _built.id = id
            _built.invoice_total = invoice_total
            _built.invoice_type = invoice_type
            _built.remit_to_party = remit_to_party
            _built.additional_details = additional_details
            _built.allowance_details = allowance_details
            _built.bill_to_party = bill_to_party
            _built.charge_details = charge_details
            _built.items = items
            _built.payment_terms = payment_terms
            _built.reference_number = reference_number
            _built.ship_from_party = ship_from_party
            _built.ship_to_party = ship_to_party
            _built.tax_details = tax_details
            _built._parse_notes = None
            invoice = _built
        else:  # a subclass: its own __init__ runs
            invoice = cls(
                date=date,
                id=id,
                invoice_total=invoice_total,
                invoice_type=invoice_type,
                remit_to_party=remit_to_party,
                additional_details=additional_details,
                allowance_details=allowance_details,
                bill_to_party=bill_to_party,
                charge_details=charge_details,
                items=items,
                payment_terms=payment_terms,
                reference_number=reference_number,
                ship_from_party=ship_from_party,
                ship_to_party=ship_to_party,
                tax_details=tax_details,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        invoice.additional_properties = d or {}
        return invoice

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
