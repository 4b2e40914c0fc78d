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


T = TypeVar("T", bound="RemovalShipmentItemAdjustment")


@_attrs_define
class RemovalShipmentItemAdjustment:
    """
    Attributes:
        adjusted_quantity (int | Unset):
        fulfillment_network_sku (str | Unset):
        removal_shipment_item_id (str | Unset):
        revenue_adjustment (Currency | Unset):
        tax_amount_adjustment (Currency | Unset):
        tax_collection_model (str | Unset):
        tax_withheld_adjustment (Currency | Unset):
    """

    adjusted_quantity: int | Unset = UNSET
    fulfillment_network_sku: str | Unset = UNSET
    removal_shipment_item_id: str | Unset = UNSET
    revenue_adjustment: Currency | Unset = UNSET
    tax_amount_adjustment: Currency | Unset = UNSET
    tax_collection_model: str | Unset = UNSET
    tax_withheld_adjustment: Currency | Unset = UNSET
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
        adjusted_quantity = self.adjusted_quantity

        fulfillment_network_sku = self.fulfillment_network_sku

        removal_shipment_item_id = self.removal_shipment_item_id

        revenue_adjustment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.revenue_adjustment, Unset):
            revenue_adjustment = self.revenue_adjustment.to_dict()

        tax_amount_adjustment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_amount_adjustment, Unset):
            tax_amount_adjustment = self.tax_amount_adjustment.to_dict()

        tax_collection_model = self.tax_collection_model

        tax_withheld_adjustment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_withheld_adjustment, Unset):
            tax_withheld_adjustment = self.tax_withheld_adjustment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if adjusted_quantity is not UNSET:
            field_dict["AdjustedQuantity"] = adjusted_quantity
        if fulfillment_network_sku is not UNSET:
            field_dict["FulfillmentNetworkSKU"] = fulfillment_network_sku
        if removal_shipment_item_id is not UNSET:
            field_dict["RemovalShipmentItemId"] = removal_shipment_item_id
        if revenue_adjustment is not UNSET:
            field_dict["RevenueAdjustment"] = revenue_adjustment
        if tax_amount_adjustment is not UNSET:
            field_dict["TaxAmountAdjustment"] = tax_amount_adjustment
        if tax_collection_model is not UNSET:
            field_dict["TaxCollectionModel"] = tax_collection_model
        if tax_withheld_adjustment is not UNSET:
            field_dict["TaxWithheldAdjustment"] = tax_withheld_adjustment

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.currency import Currency

        return (
            (
                ("AdjustedQuantity", "adjusted_quantity", False, ("int",)),
                ("FulfillmentNetworkSKU", "fulfillment_network_sku", False, ("str",)),
                ("RemovalShipmentItemId", "removal_shipment_item_id", False, ("str",)),
                ("RevenueAdjustment", "revenue_adjustment", False, ("model", Currency)),
                (
                    "TaxAmountAdjustment",
                    "tax_amount_adjustment",
                    False,
                    ("model", Currency),
                ),
                ("TaxCollectionModel", "tax_collection_model", False, ("str",)),
                (
                    "TaxWithheldAdjustment",
                    "tax_withheld_adjustment",
                    False,
                    ("model", Currency),
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
        adjusted_quantity = d.pop("AdjustedQuantity", UNSET)

        if (
            _reader is not None
            and adjusted_quantity.__class__ is not int
            and adjusted_quantity is not UNSET
        ):
            raise DeviationError("AdjustedQuantity")

        fulfillment_network_sku = d.pop("FulfillmentNetworkSKU", UNSET)

        if (
            _reader is not None
            and fulfillment_network_sku.__class__ is not str
            and fulfillment_network_sku is not UNSET
        ):
            raise DeviationError("FulfillmentNetworkSKU")

        removal_shipment_item_id = d.pop("RemovalShipmentItemId", UNSET)

        if (
            _reader is not None
            and removal_shipment_item_id.__class__ is not str
            and removal_shipment_item_id is not UNSET
        ):
            raise DeviationError("RemovalShipmentItemId")

        _revenue_adjustment = d.pop("RevenueAdjustment", UNSET)
        revenue_adjustment = (
            UNSET
            if _revenue_adjustment is UNSET
            else Currency.from_dict(_revenue_adjustment)
        )

        _tax_amount_adjustment = d.pop("TaxAmountAdjustment", UNSET)
        tax_amount_adjustment = (
            UNSET
            if _tax_amount_adjustment is UNSET
            else Currency.from_dict(_tax_amount_adjustment)
        )

        tax_collection_model = d.pop("TaxCollectionModel", UNSET)

        if (
            _reader is not None
            and tax_collection_model.__class__ is not str
            and tax_collection_model is not UNSET
        ):
            raise DeviationError("TaxCollectionModel")

        _tax_withheld_adjustment = d.pop("TaxWithheldAdjustment", UNSET)
        tax_withheld_adjustment = (
            UNSET
            if _tax_withheld_adjustment is UNSET
            else Currency.from_dict(_tax_withheld_adjustment)
        )

        if cls is RemovalShipmentItemAdjustment:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.adjusted_quantity = adjusted_quantity
            _built.fulfillment_network_sku = fulfillment_network_sku
            _built.removal_shipment_item_id = removal_shipment_item_id
            _built.revenue_adjustment = revenue_adjustment
            _built.tax_amount_adjustment = tax_amount_adjustment
            _built.tax_collection_model = tax_collection_model
            _built.tax_withheld_adjustment = tax_withheld_adjustment
            _built._parse_notes = None
            removal_shipment_item_adjustment = _built
        else:  # a subclass: its own __init__ runs
            removal_shipment_item_adjustment = cls(
                adjusted_quantity=adjusted_quantity,
                fulfillment_network_sku=fulfillment_network_sku,
                removal_shipment_item_id=removal_shipment_item_id,
                revenue_adjustment=revenue_adjustment,
                tax_amount_adjustment=tax_amount_adjustment,
                tax_collection_model=tax_collection_model,
                tax_withheld_adjustment=tax_withheld_adjustment,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        removal_shipment_item_adjustment.additional_properties = d or {}
        return removal_shipment_item_adjustment

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
