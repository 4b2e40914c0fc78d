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
    from ..models.item_quantity import ItemQuantity
    from ..models.money import Money


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ItemQuantity, Money
    from ..models.item_quantity import ItemQuantity
    from ..models.money import Money

    _lazy_pending = False


T = TypeVar("T", bound="PurchaseOrderItems")


@_attrs_define
class PurchaseOrderItems:
    """
    Attributes:
        item_sequence_number (str):
        shipped_quantity (ItemQuantity):
        buyer_product_identifier (str | Unset):
        maximum_retail_price (Money | Unset):
        vendor_product_identifier (str | Unset):
    """

    item_sequence_number: str
    shipped_quantity: ItemQuantity
    buyer_product_identifier: str | Unset = UNSET
    maximum_retail_price: Money | Unset = UNSET
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
        item_sequence_number = self.item_sequence_number

        shipped_quantity = self.shipped_quantity.to_dict()

        buyer_product_identifier = self.buyer_product_identifier

        maximum_retail_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.maximum_retail_price, Unset):
            maximum_retail_price = self.maximum_retail_price.to_dict()

        vendor_product_identifier = self.vendor_product_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "itemSequenceNumber": item_sequence_number,
                "shippedQuantity": shipped_quantity,
            }
        )
        if buyer_product_identifier is not UNSET:
            field_dict["buyerProductIdentifier"] = buyer_product_identifier
        if maximum_retail_price is not UNSET:
            field_dict["maximumRetailPrice"] = maximum_retail_price
        if vendor_product_identifier is not UNSET:
            field_dict["vendorProductIdentifier"] = vendor_product_identifier

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.item_quantity import ItemQuantity
        from ..models.money import Money

        return (
            (
                ("itemSequenceNumber", "item_sequence_number", True, ("str",)),
                ("shippedQuantity", "shipped_quantity", True, ("model", ItemQuantity)),
                ("buyerProductIdentifier", "buyer_product_identifier", False, ("str",)),
                ("maximumRetailPrice", "maximum_retail_price", False, ("model", Money)),
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
        item_sequence_number = d.pop("itemSequenceNumber")

        if _reader is not None and item_sequence_number.__class__ is not str:
            raise DeviationError("itemSequenceNumber")

        shipped_quantity = ItemQuantity.from_dict(d.pop("shippedQuantity"))

        buyer_product_identifier = d.pop("buyerProductIdentifier", UNSET)

        if (
            _reader is not None
            and buyer_product_identifier.__class__ is not str
            and buyer_product_identifier is not UNSET
        ):
            raise DeviationError("buyerProductIdentifier")

        _maximum_retail_price = d.pop("maximumRetailPrice", UNSET)
        maximum_retail_price = (
            UNSET
            if _maximum_retail_price is UNSET
            else Money.from_dict(_maximum_retail_price)
        )

        vendor_product_identifier = d.pop("vendorProductIdentifier", UNSET)

        if (
            _reader is not None
            and vendor_product_identifier.__class__ is not str
            and vendor_product_identifier is not UNSET
        ):
            raise DeviationError("vendorProductIdentifier")

        if cls is PurchaseOrderItems:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.item_sequence_number = item_sequence_number
            _built.shipped_quantity = shipped_quantity
            _built.buyer_product_identifier = buyer_product_identifier
            _built.maximum_retail_price = maximum_retail_price
            _built.vendor_product_identifier = vendor_product_identifier
            _built._parse_notes = None
            purchase_order_items = _built
        else:  # a subclass: its own __init__ runs
            purchase_order_items = cls(
                item_sequence_number=item_sequence_number,
                shipped_quantity=shipped_quantity,
                buyer_product_identifier=buyer_product_identifier,
                maximum_retail_price=maximum_retail_price,
                vendor_product_identifier=vendor_product_identifier,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        purchase_order_items.additional_properties = d or {}
        return purchase_order_items

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
