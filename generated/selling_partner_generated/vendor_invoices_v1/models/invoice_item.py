from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.net_cost_unit_of_measure import NetCostUnitOfMeasure
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
    from ..models.allowance_details import AllowanceDetails
    from ..models.charge_details import ChargeDetails
    from ..models.credit_note_details import CreditNoteDetails
    from ..models.item_quantity import ItemQuantity
    from ..models.money import Money
    from ..models.tax_details import TaxDetails


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        AllowanceDetails, \
        ChargeDetails, \
        CreditNoteDetails, \
        ItemQuantity, \
        Money, \
        TaxDetails
    from ..models.allowance_details import AllowanceDetails
    from ..models.charge_details import ChargeDetails
    from ..models.credit_note_details import CreditNoteDetails
    from ..models.item_quantity import ItemQuantity
    from ..models.money import Money
    from ..models.tax_details import TaxDetails

    _lazy_pending = False


T = TypeVar("T", bound="InvoiceItem")


@_attrs_define
class InvoiceItem:
    """
    Attributes:
        invoiced_quantity (ItemQuantity):
        item_sequence_number (int):
        net_cost (Money):
        allowance_details (list[AllowanceDetails] | Unset):
        amazon_product_identifier (str | Unset):
        charge_details (list[ChargeDetails] | Unset):
        credit_note_details (CreditNoteDetails | Unset):
        hsn_code (str | Unset):
        net_cost_unit_of_measure (NetCostUnitOfMeasure | Unset):
        purchase_order_number (str | Unset):
        tax_details (list[TaxDetails] | Unset):
        vendor_product_identifier (str | Unset):
    """

    invoiced_quantity: ItemQuantity
    item_sequence_number: int
    net_cost: Money
    allowance_details: list[AllowanceDetails] | Unset = UNSET
    amazon_product_identifier: str | Unset = UNSET
    charge_details: list[ChargeDetails] | Unset = UNSET
    credit_note_details: CreditNoteDetails | Unset = UNSET
    hsn_code: str | Unset = UNSET
    net_cost_unit_of_measure: NetCostUnitOfMeasure | Unset = UNSET
    purchase_order_number: str | Unset = UNSET
    tax_details: list[TaxDetails] | Unset = UNSET
    vendor_product_identifier: str | Unset = UNSET
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
        invoiced_quantity = self.invoiced_quantity.to_dict()

        item_sequence_number = self.item_sequence_number

        net_cost = self.net_cost.to_dict()

        allowance_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allowance_details, Unset):
            allowance_details = []
            for allowance_details_item_data in self.allowance_details:
                allowance_details_item = allowance_details_item_data.to_dict()
                allowance_details.append(allowance_details_item)

        amazon_product_identifier = self.amazon_product_identifier

        charge_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.charge_details, Unset):
            charge_details = []
            for charge_details_item_data in self.charge_details:
                charge_details_item = charge_details_item_data.to_dict()
                charge_details.append(charge_details_item)

        credit_note_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_note_details, Unset):
            credit_note_details = self.credit_note_details.to_dict()

        hsn_code = self.hsn_code

        net_cost_unit_of_measure: str | Unset = UNSET
        if not isinstance(self.net_cost_unit_of_measure, Unset):
            net_cost_unit_of_measure = self.net_cost_unit_of_measure.value

        purchase_order_number = self.purchase_order_number

        tax_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_details, Unset):
            tax_details = []
            for tax_details_item_data in self.tax_details:
                tax_details_item = tax_details_item_data.to_dict()
                tax_details.append(tax_details_item)

        vendor_product_identifier = self.vendor_product_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoicedQuantity": invoiced_quantity,
                "itemSequenceNumber": item_sequence_number,
                "netCost": net_cost,
            }
        )
        if allowance_details is not UNSET:
            field_dict["allowanceDetails"] = allowance_details
        if amazon_product_identifier is not UNSET:
            field_dict["amazonProductIdentifier"] = amazon_product_identifier
        if charge_details is not UNSET:
            field_dict["chargeDetails"] = charge_details
        if credit_note_details is not UNSET:
            field_dict["creditNoteDetails"] = credit_note_details
        if hsn_code is not UNSET:
            field_dict["hsnCode"] = hsn_code
        if net_cost_unit_of_measure is not UNSET:
            field_dict["netCostUnitOfMeasure"] = net_cost_unit_of_measure
        if purchase_order_number is not UNSET:
            field_dict["purchaseOrderNumber"] = purchase_order_number
        if tax_details is not UNSET:
            field_dict["taxDetails"] = tax_details
        if vendor_product_identifier is not UNSET:
            field_dict["vendorProductIdentifier"] = vendor_product_identifier

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.allowance_details import AllowanceDetails
        from ..models.charge_details import ChargeDetails
        from ..models.credit_note_details import CreditNoteDetails
        from ..models.item_quantity import ItemQuantity
        from ..models.money import Money
        from ..models.tax_details import TaxDetails

        return (
            (
                (
                    "invoicedQuantity",
                    "invoiced_quantity",
                    True,
                    ("model", ItemQuantity),
                ),
                ("itemSequenceNumber", "item_sequence_number", True, ("int",)),
                ("netCost", "net_cost", True, ("model", Money)),
                (
                    "allowanceDetails",
                    "allowance_details",
                    False,
                    ("list", ("model", AllowanceDetails)),
                ),
                (
                    "amazonProductIdentifier",
                    "amazon_product_identifier",
                    False,
                    ("str",),
                ),
                (
                    "chargeDetails",
                    "charge_details",
                    False,
                    ("list", ("model", ChargeDetails)),
                ),
                (
                    "creditNoteDetails",
                    "credit_note_details",
                    False,
                    ("model", CreditNoteDetails),
                ),
                ("hsnCode", "hsn_code", False, ("str",)),
                (
                    "netCostUnitOfMeasure",
                    "net_cost_unit_of_measure",
                    False,
                    ("enum", NetCostUnitOfMeasure),
                ),
                ("purchaseOrderNumber", "purchase_order_number", False, ("str",)),
                ("taxDetails", "tax_details", False, ("list", ("model", TaxDetails))),
                (
                    "vendorProductIdentifier",
                    "vendor_product_identifier",
                    False,
                    ("str",),
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
        invoiced_quantity = ItemQuantity.from_dict(d.pop("invoicedQuantity"))

        item_sequence_number = d.pop("itemSequenceNumber")

        if _reader is not None and item_sequence_number.__class__ is not int:
            raise DeviationError("itemSequenceNumber")

        net_cost = Money.from_dict(d.pop("netCost"))

        _allowance_details = d.pop("allowanceDetails", UNSET)
        allowance_details = (
            UNSET
            if _allowance_details is UNSET
            else [AllowanceDetails.from_dict(_item) for _item in _allowance_details]
        )

        amazon_product_identifier = d.pop("amazonProductIdentifier", UNSET)

        if (
            _reader is not None
            and amazon_product_identifier.__class__ is not str
            and amazon_product_identifier is not UNSET
        ):
            raise DeviationError("amazonProductIdentifier")

        _charge_details = d.pop("chargeDetails", UNSET)
        charge_details = (
            UNSET
            if _charge_details is UNSET
            else [ChargeDetails.from_dict(_item) for _item in _charge_details]
        )

        _credit_note_details = d.pop("creditNoteDetails", UNSET)
        credit_note_details = (
            UNSET
            if _credit_note_details is UNSET
            else CreditNoteDetails.from_dict(_credit_note_details)
        )

        hsn_code = d.pop("hsnCode", UNSET)

        if (
            _reader is not None
            and hsn_code.__class__ is not str
            and hsn_code is not UNSET
        ):
            raise DeviationError("hsnCode")

        _net_cost_unit_of_measure = d.pop("netCostUnitOfMeasure", UNSET)
        net_cost_unit_of_measure = (
            UNSET
            if _net_cost_unit_of_measure is UNSET
            else (
                NetCostUnitOfMeasure._value2member_map_.get(_net_cost_unit_of_measure)
                if _net_cost_unit_of_measure.__class__ is str
                else None
            )
            or NetCostUnitOfMeasure(_net_cost_unit_of_measure)
        )

        purchase_order_number = d.pop("purchaseOrderNumber", UNSET)

        if (
            _reader is not None
            and purchase_order_number.__class__ is not str
            and purchase_order_number is not UNSET
        ):
            raise DeviationError("purchaseOrderNumber")

        _tax_details = d.pop("taxDetails", UNSET)
        tax_details = (
            UNSET
            if _tax_details is UNSET
            else [TaxDetails.from_dict(_item) for _item in _tax_details]
        )

        vendor_product_identifier = d.pop("vendorProductIdentifier", UNSET)

        if (
            _reader is not None
            and vendor_product_identifier.__class__ is not str
            and vendor_product_identifier is not UNSET
        ):
            raise DeviationError("vendorProductIdentifier")

        if cls is InvoiceItem:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.invoiced_quantity = invoiced_quantity
            _built.item_sequence_number = item_sequence_number
            _built.net_cost = net_cost
            _built.allowance_details = allowance_details
            _built.amazon_product_identifier = amazon_product_identifier
            _built.charge_details = charge_details
            _built.credit_note_details = credit_note_details
            _built.hsn_code = hsn_code
            _built.net_cost_unit_of_measure = net_cost_unit_of_measure
            _built.purchase_order_number = purchase_order_number
            _built.tax_details = tax_details
            _built.vendor_product_identifier = vendor_product_identifier
            _built._parse_notes = None
            invoice_item = _built
        else:  # a subclass: its own __init__ runs
            invoice_item = cls(
                invoiced_quantity=invoiced_quantity,
                item_sequence_number=item_sequence_number,
                net_cost=net_cost,
                allowance_details=allowance_details,
                amazon_product_identifier=amazon_product_identifier,
                charge_details=charge_details,
                credit_note_details=credit_note_details,
                hsn_code=hsn_code,
                net_cost_unit_of_measure=net_cost_unit_of_measure,
                purchase_order_number=purchase_order_number,
                tax_details=tax_details,
                vendor_product_identifier=vendor_product_identifier,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        invoice_item.additional_properties = d or {}
        return invoice_item

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
