from __future__ import annotations

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


T = TypeVar("T", bound="RemovalShipmentItem")


@_attrs_define
class RemovalShipmentItem:
    """
    Attributes:
        fee_amount (Currency | Unset):
        fulfillment_network_sku (str | Unset):
        quantity (int | Unset):
        removal_shipment_item_id (str | Unset):
        revenue (Currency | Unset):
        tax_amount (Currency | Unset):
        tax_collection_model (str | Unset):
        tax_withheld (Currency | Unset):
    """

    fee_amount: Currency | Unset = UNSET
    fulfillment_network_sku: str | Unset = UNSET
    quantity: int | Unset = UNSET
    removal_shipment_item_id: str | Unset = UNSET
    revenue: Currency | Unset = UNSET
    tax_amount: Currency | Unset = UNSET
    tax_collection_model: str | Unset = UNSET
    tax_withheld: Currency | Unset = UNSET
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
        fee_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fee_amount, Unset):
            fee_amount = self.fee_amount.to_dict()

        fulfillment_network_sku = self.fulfillment_network_sku

        quantity = self.quantity

        removal_shipment_item_id = self.removal_shipment_item_id

        revenue: dict[str, Any] | Unset = UNSET
        if not isinstance(self.revenue, Unset):
            revenue = self.revenue.to_dict()

        tax_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_amount, Unset):
            tax_amount = self.tax_amount.to_dict()

        tax_collection_model = self.tax_collection_model

        tax_withheld: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_withheld, Unset):
            tax_withheld = self.tax_withheld.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fee_amount is not UNSET:
            field_dict["FeeAmount"] = fee_amount
        if fulfillment_network_sku is not UNSET:
            field_dict["FulfillmentNetworkSKU"] = fulfillment_network_sku
        if quantity is not UNSET:
            field_dict["Quantity"] = quantity
        if removal_shipment_item_id is not UNSET:
            field_dict["RemovalShipmentItemId"] = removal_shipment_item_id
        if revenue is not UNSET:
            field_dict["Revenue"] = revenue
        if tax_amount is not UNSET:
            field_dict["TaxAmount"] = tax_amount
        if tax_collection_model is not UNSET:
            field_dict["TaxCollectionModel"] = tax_collection_model
        if tax_withheld is not UNSET:
            field_dict["TaxWithheld"] = tax_withheld

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.currency import Currency

        return (
            (
                ("FeeAmount", "fee_amount", False, ("model", Currency)),
                ("FulfillmentNetworkSKU", "fulfillment_network_sku", False, ("str",)),
                ("Quantity", "quantity", False, ("int",)),
                ("RemovalShipmentItemId", "removal_shipment_item_id", False, ("str",)),
                ("Revenue", "revenue", False, ("model", Currency)),
                ("TaxAmount", "tax_amount", False, ("model", Currency)),
                ("TaxCollectionModel", "tax_collection_model", False, ("str",)),
                ("TaxWithheld", "tax_withheld", False, ("model", Currency)),
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
        _fee_amount = d.pop("FeeAmount", UNSET)
        fee_amount = UNSET if _fee_amount is UNSET else Currency.from_dict(_fee_amount)

        fulfillment_network_sku = d.pop("FulfillmentNetworkSKU", UNSET)

        if (
            _reader is not None
            and fulfillment_network_sku.__class__ is not str
            and fulfillment_network_sku is not UNSET
        ):
            raise DeviationError("FulfillmentNetworkSKU")

        quantity = d.pop("Quantity", UNSET)

        if (
            _reader is not None
            and quantity.__class__ is not int
            and quantity is not UNSET
        ):
            raise DeviationError("Quantity")

        removal_shipment_item_id = d.pop("RemovalShipmentItemId", UNSET)

        if (
            _reader is not None
            and removal_shipment_item_id.__class__ is not str
            and removal_shipment_item_id is not UNSET
        ):
            raise DeviationError("RemovalShipmentItemId")

        _revenue = d.pop("Revenue", UNSET)
        revenue = UNSET if _revenue is UNSET else Currency.from_dict(_revenue)

        _tax_amount = d.pop("TaxAmount", UNSET)
        tax_amount = UNSET if _tax_amount is UNSET else Currency.from_dict(_tax_amount)

        tax_collection_model = d.pop("TaxCollectionModel", UNSET)

        if (
            _reader is not None
            and tax_collection_model.__class__ is not str
            and tax_collection_model is not UNSET
        ):
            raise DeviationError("TaxCollectionModel")

        _tax_withheld = d.pop("TaxWithheld", UNSET)
        tax_withheld = (
            UNSET if _tax_withheld is UNSET else Currency.from_dict(_tax_withheld)
        )

        if cls is RemovalShipmentItem:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.fee_amount = fee_amount
            _built.fulfillment_network_sku = fulfillment_network_sku
            _built.quantity = quantity
            _built.removal_shipment_item_id = removal_shipment_item_id
            _built.revenue = revenue
            _built.tax_amount = tax_amount
            _built.tax_collection_model = tax_collection_model
            _built.tax_withheld = tax_withheld
            _built._parse_notes = None
            removal_shipment_item = _built
        else:  # a subclass: its own __init__ runs
            removal_shipment_item = cls(
                fee_amount=fee_amount,
                fulfillment_network_sku=fulfillment_network_sku,
                quantity=quantity,
                removal_shipment_item_id=removal_shipment_item_id,
                revenue=revenue,
                tax_amount=tax_amount,
                tax_collection_model=tax_collection_model,
                tax_withheld=tax_withheld,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        removal_shipment_item.additional_properties = d or {}
        return removal_shipment_item

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
