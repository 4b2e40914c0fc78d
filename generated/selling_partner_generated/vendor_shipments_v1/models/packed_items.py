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
    from ..models.package_item_details import PackageItemDetails


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ItemQuantity, PackageItemDetails
    from ..models.item_quantity import ItemQuantity
    from ..models.package_item_details import PackageItemDetails

    _lazy_pending = False


T = TypeVar("T", bound="PackedItems")


@_attrs_define
class PackedItems:
    """
    Attributes:
        buyer_product_identifier (str | Unset):
        item_details (PackageItemDetails | Unset):
        item_sequence_number (str | Unset):
        packed_quantity (ItemQuantity | Unset):
        vendor_product_identifier (str | Unset):
    """

    buyer_product_identifier: str | Unset = UNSET
    item_details: PackageItemDetails | Unset = UNSET
    item_sequence_number: str | Unset = UNSET
    packed_quantity: ItemQuantity | Unset = UNSET
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
        buyer_product_identifier = self.buyer_product_identifier

        item_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_details, Unset):
            item_details = self.item_details.to_dict()

        item_sequence_number = self.item_sequence_number

        packed_quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.packed_quantity, Unset):
            packed_quantity = self.packed_quantity.to_dict()

        vendor_product_identifier = self.vendor_product_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if buyer_product_identifier is not UNSET:
            field_dict["buyerProductIdentifier"] = buyer_product_identifier
        if item_details is not UNSET:
            field_dict["itemDetails"] = item_details
        if item_sequence_number is not UNSET:
            field_dict["itemSequenceNumber"] = item_sequence_number
        if packed_quantity is not UNSET:
            field_dict["packedQuantity"] = packed_quantity
        if vendor_product_identifier is not UNSET:
            field_dict["vendorProductIdentifier"] = vendor_product_identifier

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.item_quantity import ItemQuantity
        from ..models.package_item_details import PackageItemDetails

        return (
            (
                ("buyerProductIdentifier", "buyer_product_identifier", False, ("str",)),
                ("itemDetails", "item_details", False, ("model", PackageItemDetails)),
                ("itemSequenceNumber", "item_sequence_number", False, ("str",)),
                ("packedQuantity", "packed_quantity", False, ("model", ItemQuantity)),
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
        buyer_product_identifier = d.pop("buyerProductIdentifier", UNSET)

        if (
            _reader is not None
            and buyer_product_identifier.__class__ is not str
            and buyer_product_identifier is not UNSET
        ):
            raise DeviationError("buyerProductIdentifier")

        _item_details = d.pop("itemDetails", UNSET)
        item_details = (
            UNSET
            if _item_details is UNSET
            else PackageItemDetails.from_dict(_item_details)
        )

        item_sequence_number = d.pop("itemSequenceNumber", UNSET)

        if (
            _reader is not None
            and item_sequence_number.__class__ is not str
            and item_sequence_number is not UNSET
        ):
            raise DeviationError("itemSequenceNumber")

        _packed_quantity = d.pop("packedQuantity", UNSET)
        packed_quantity = (
            UNSET
            if _packed_quantity is UNSET
            else ItemQuantity.from_dict(_packed_quantity)
        )

        vendor_product_identifier = d.pop("vendorProductIdentifier", UNSET)

        if (
            _reader is not None
            and vendor_product_identifier.__class__ is not str
            and vendor_product_identifier is not UNSET
        ):
            raise DeviationError("vendorProductIdentifier")

        if cls is PackedItems:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.buyer_product_identifier = buyer_product_identifier
            _built.item_details = item_details
            _built.item_sequence_number = item_sequence_number
            _built.packed_quantity = packed_quantity
            _built.vendor_product_identifier = vendor_product_identifier
            _built._parse_notes = None
            packed_items = _built
        else:  # a subclass: its own __init__ runs
            packed_items = cls(
                buyer_product_identifier=buyer_product_identifier,
                item_details=item_details,
                item_sequence_number=item_sequence_number,
                packed_quantity=packed_quantity,
                vendor_product_identifier=vendor_product_identifier,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        packed_items.additional_properties = d or {}
        return packed_items

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
