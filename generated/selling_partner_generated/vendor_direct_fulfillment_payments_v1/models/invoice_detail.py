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
    from ..models.additional_details import AdditionalDetails
    from ..models.charge_details import ChargeDetails
    from ..models.invoice_item import InvoiceItem
    from ..models.money import Money
    from ..models.party_identification import PartyIdentification
    from ..models.tax_detail import TaxDetail


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        AdditionalDetails, \
        ChargeDetails, \
        InvoiceItem, \
        Money, \
        PartyIdentification, \
        TaxDetail
    from ..models.additional_details import AdditionalDetails
    from ..models.charge_details import ChargeDetails
    from ..models.invoice_item import InvoiceItem
    from ..models.money import Money
    from ..models.party_identification import PartyIdentification
    from ..models.tax_detail import TaxDetail

    _lazy_pending = False


T = TypeVar("T", bound="InvoiceDetail")


@_attrs_define
class InvoiceDetail:
    """
    Attributes:
        invoice_date (datetime.datetime):
        invoice_number (str):
        invoice_total (Money):
        items (list[InvoiceItem]):
        remit_to_party (PartyIdentification):
        ship_from_party (PartyIdentification):
        additional_details (list[AdditionalDetails] | Unset):
        bill_to_party (PartyIdentification | Unset):
        charge_details (list[ChargeDetails] | Unset):
        payment_terms_code (str | Unset):
        reference_number (str | Unset):
        ship_to_country_code (str | Unset):
        tax_totals (list[TaxDetail] | Unset):
    """

    invoice_date: datetime.datetime
    invoice_number: str
    invoice_total: Money
    items: list[InvoiceItem]
    remit_to_party: PartyIdentification
    ship_from_party: PartyIdentification
    additional_details: list[AdditionalDetails] | Unset = UNSET
    bill_to_party: PartyIdentification | Unset = UNSET
    charge_details: list[ChargeDetails] | Unset = UNSET
    payment_terms_code: str | Unset = UNSET
    reference_number: str | Unset = UNSET
    ship_to_country_code: str | Unset = UNSET
    tax_totals: list[TaxDetail] | Unset = UNSET
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
        invoice_date = self.invoice_date.isoformat()

        invoice_number = self.invoice_number

        invoice_total = self.invoice_total.to_dict()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        remit_to_party = self.remit_to_party.to_dict()

        ship_from_party = self.ship_from_party.to_dict()

        additional_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_details, Unset):
            additional_details = []
            for additional_details_item_data in self.additional_details:
                additional_details_item = additional_details_item_data.to_dict()
                additional_details.append(additional_details_item)

        bill_to_party: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bill_to_party, Unset):
            bill_to_party = self.bill_to_party.to_dict()

        charge_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.charge_details, Unset):
            charge_details = []
            for charge_details_item_data in self.charge_details:
                charge_details_item = charge_details_item_data.to_dict()
                charge_details.append(charge_details_item)

        payment_terms_code = self.payment_terms_code

        reference_number = self.reference_number

        ship_to_country_code = self.ship_to_country_code

        tax_totals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_totals, Unset):
            tax_totals = []
            for tax_totals_item_data in self.tax_totals:
                tax_totals_item = tax_totals_item_data.to_dict()
                tax_totals.append(tax_totals_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoiceDate": invoice_date,
                "invoiceNumber": invoice_number,
                "invoiceTotal": invoice_total,
                "items": items,
                "remitToParty": remit_to_party,
                "shipFromParty": ship_from_party,
            }
        )
        if additional_details is not UNSET:
            field_dict["additionalDetails"] = additional_details
        if bill_to_party is not UNSET:
            field_dict["billToParty"] = bill_to_party
        if charge_details is not UNSET:
            field_dict["chargeDetails"] = charge_details
        if payment_terms_code is not UNSET:
            field_dict["paymentTermsCode"] = payment_terms_code
        if reference_number is not UNSET:
            field_dict["referenceNumber"] = reference_number
        if ship_to_country_code is not UNSET:
            field_dict["shipToCountryCode"] = ship_to_country_code
        if tax_totals is not UNSET:
            field_dict["taxTotals"] = tax_totals

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.additional_details import AdditionalDetails
        from ..models.charge_details import ChargeDetails
        from ..models.invoice_item import InvoiceItem
        from ..models.money import Money
        from ..models.party_identification import PartyIdentification
        from ..models.tax_detail import TaxDetail

        return (
            (
                ("invoiceDate", "invoice_date", True, ("datetime",)),
                ("invoiceNumber", "invoice_number", True, ("str",)),
                ("invoiceTotal", "invoice_total", True, ("model", Money)),
                ("items", "items", True, ("list", ("model", InvoiceItem))),
                (
                    "remitToParty",
                    "remit_to_party",
                    True,
                    ("model", PartyIdentification),
                ),
                (
                    "shipFromParty",
                    "ship_from_party",
                    True,
                    ("model", PartyIdentification),
                ),
                (
                    "additionalDetails",
                    "additional_details",
                    False,
                    ("list", ("model", AdditionalDetails)),
                ),
                ("billToParty", "bill_to_party", False, ("model", PartyIdentification)),
                (
                    "chargeDetails",
                    "charge_details",
                    False,
                    ("list", ("model", ChargeDetails)),
                ),
                ("paymentTermsCode", "payment_terms_code", False, ("str",)),
                ("referenceNumber", "reference_number", False, ("str",)),
                ("shipToCountryCode", "ship_to_country_code", False, ("str",)),
                ("taxTotals", "tax_totals", False, ("list", ("model", TaxDetail))),
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
        invoice_date = datetime.datetime.fromisoformat(d.pop("invoiceDate"))

        if _reader is not None and invoice_date.tzinfo is None:
            raise DeviationError("invoiceDate")

        invoice_number = d.pop("invoiceNumber")

        if _reader is not None and invoice_number.__class__ is not str:
            raise DeviationError("invoiceNumber")

        invoice_total = Money.from_dict(d.pop("invoiceTotal"))

        _items = d.pop("items")
        items = [InvoiceItem.from_dict(_item) for _item in _items]

        remit_to_party = PartyIdentification.from_dict(d.pop("remitToParty"))

        ship_from_party = PartyIdentification.from_dict(d.pop("shipFromParty"))

        _additional_details = d.pop("additionalDetails", UNSET)
        additional_details = (
            UNSET
            if _additional_details is UNSET
            else [AdditionalDetails.from_dict(_item) for _item in _additional_details]
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

        payment_terms_code = d.pop("paymentTermsCode", UNSET)

        if (
            _reader is not None
            and payment_terms_code.__class__ is not str
            and payment_terms_code is not UNSET
        ):
            raise DeviationError("paymentTermsCode")

        reference_number = d.pop("referenceNumber", UNSET)

        if (
            _reader is not None
            and reference_number.__class__ is not str
            and reference_number is not UNSET
        ):
            raise DeviationError("referenceNumber")

        ship_to_country_code = d.pop("shipToCountryCode", UNSET)

        if (
            _reader is not None
            and ship_to_country_code.__class__ is not str
            and ship_to_country_code is not UNSET
        ):
            raise DeviationError("shipToCountryCode")

        _tax_totals = d.pop("taxTotals", UNSET)
        tax_totals = (
            UNSET
            if _tax_totals is UNSET
            else [TaxDetail.from_dict(_item) for _item in _tax_totals]
        )

        if cls is InvoiceDetail:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.invoice_date = invoice_date
            _built.invoice_number = invoice_number
            _built.invoice_total = invoice_total
            _built.items = items
            _built.remit_to_party = remit_to_party
            _built.ship_from_party = ship_from_party
            _built.additional_details = additional_details
            _built.bill_to_party = bill_to_party
            _built.charge_details = charge_details
            _built.payment_terms_code = payment_terms_code
            _built.reference_number = reference_number
            _built.ship_to_country_code = ship_to_country_code
            _built.tax_totals = tax_totals
            _built._parse_notes = None
            invoice_detail = _built
        else:  # a subclass: its own __init__ runs
            invoice_detail = cls(
                invoice_date=invoice_date,
                invoice_number=invoice_number,
                invoice_total=invoice_total,
                items=items,
                remit_to_party=remit_to_party,
                ship_from_party=ship_from_party,
                additional_details=additional_details,
                bill_to_party=bill_to_party,
                charge_details=charge_details,
                payment_terms_code=payment_terms_code,
                reference_number=reference_number,
                ship_to_country_code=ship_to_country_code,
                tax_totals=tax_totals,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        invoice_detail.additional_properties = d or {}
        return invoice_detail

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
