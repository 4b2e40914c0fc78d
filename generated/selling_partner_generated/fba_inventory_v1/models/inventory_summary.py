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
    from ..models.inventory_details import InventoryDetails


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, InventoryDetails
    from ..models.inventory_details import InventoryDetails

    _lazy_pending = False


T = TypeVar("T", bound="InventorySummary")


@_attrs_define
class InventorySummary:
    """
    Attributes:
        asin (str | Unset):
        condition (str | Unset):
        fn_sku (str | Unset):
        inventory_details (InventoryDetails | Unset):
        last_updated_time (datetime.datetime | Unset):
        product_name (str | Unset):
        seller_sku (str | Unset):
        stores (list[str] | Unset):
        total_quantity (int | Unset):
    """

    asin: str | Unset = UNSET
    condition: str | Unset = UNSET
    fn_sku: str | Unset = UNSET
    inventory_details: InventoryDetails | Unset = UNSET
    last_updated_time: datetime.datetime | Unset = UNSET
    product_name: str | Unset = UNSET
    seller_sku: str | Unset = UNSET
    stores: list[str] | Unset = UNSET
    total_quantity: int | Unset = UNSET
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
        asin = self.asin

        condition = self.condition

        fn_sku = self.fn_sku

        inventory_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_details, Unset):
            inventory_details = self.inventory_details.to_dict()

        last_updated_time: str | Unset = UNSET
        if not isinstance(self.last_updated_time, Unset):
            last_updated_time = self.last_updated_time.isoformat()

        product_name = self.product_name

        seller_sku = self.seller_sku

        stores: list[str] | Unset = UNSET
        if not isinstance(self.stores, Unset):
            stores = self.stores

        total_quantity = self.total_quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asin is not UNSET:
            field_dict["asin"] = asin
        if condition is not UNSET:
            field_dict["condition"] = condition
        if fn_sku is not UNSET:
            field_dict["fnSku"] = fn_sku
        if inventory_details is not UNSET:
            field_dict["inventoryDetails"] = inventory_details
        if last_updated_time is not UNSET:
            field_dict["lastUpdatedTime"] = last_updated_time
        if product_name is not UNSET:
            field_dict["productName"] = product_name
        if seller_sku is not UNSET:
            field_dict["sellerSku"] = seller_sku
        if stores is not UNSET:
            field_dict["stores"] = stores
        if total_quantity is not UNSET:
            field_dict["totalQuantity"] = total_quantity

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.inventory_details import InventoryDetails

        return (
            (
                ("asin", "asin", False, ("str",)),
                ("condition", "condition", False, ("str",)),
                ("fnSku", "fn_sku", False, ("str",)),
                (
                    "inventoryDetails",
                    "inventory_details",
                    False,
                    ("model", InventoryDetails),
                ),
                ("lastUpdatedTime", "last_updated_time", False, ("datetime",)),
                ("productName", "product_name", False, ("str",)),
                ("sellerSku", "seller_sku", False, ("str",)),
                ("stores", "stores", False, ("list", ("str",))),
                ("totalQuantity", "total_quantity", False, ("int",)),
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
        asin = d.pop("asin", UNSET)

        if _reader is not None and asin.__class__ is not str and asin is not UNSET:
            raise DeviationError("asin")

        condition = d.pop("condition", UNSET)

        if (
            _reader is not None
            and condition.__class__ is not str
            and condition is not UNSET
        ):
            raise DeviationError("condition")

        fn_sku = d.pop("fnSku", UNSET)

        if _reader is not None and fn_sku.__class__ is not str and fn_sku is not UNSET:
            raise DeviationError("fnSku")

        _inventory_details = d.pop("inventoryDetails", UNSET)
        inventory_details = (
            UNSET
            if _inventory_details is UNSET
            else InventoryDetails.from_dict(_inventory_details)
        )

        _last_updated_time = d.pop("lastUpdatedTime", UNSET)
        last_updated_time = (
            UNSET
            if _last_updated_time is UNSET
            else datetime.datetime.fromisoformat(_last_updated_time)
        )

        if (
            _reader is not None
            and not isinstance(last_updated_time, Unset)
            and last_updated_time.tzinfo is None
        ):
            raise DeviationError("lastUpdatedTime")

        product_name = d.pop("productName", UNSET)

        if (
            _reader is not None
            and product_name.__class__ is not str
            and product_name is not UNSET
        ):
            raise DeviationError("productName")

        seller_sku = d.pop("sellerSku", UNSET)

        if (
            _reader is not None
            and seller_sku.__class__ is not str
            and seller_sku is not UNSET
        ):
            raise DeviationError("sellerSku")

        stores = d.pop("stores", UNSET)

        if _reader is not None and stores.__class__ is not list and stores is not UNSET:
            raise DeviationError("stores")

        total_quantity = d.pop("totalQuantity", UNSET)

        if (
            _reader is not None
            and total_quantity.__class__ is not int
            and total_quantity is not UNSET
        ):
            raise DeviationError("totalQuantity")

        if cls is InventorySummary:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.asin = asin
            _built.condition = condition
            _built.fn_sku = fn_sku
            _built.inventory_details = inventory_details
            _built.last_updated_time = last_updated_time
            _built.product_name = product_name
            _built.seller_sku = seller_sku
            _built.stores = stores
            _built.total_quantity = total_quantity
            _built._parse_notes = None
            inventory_summary = _built
        else:  # a subclass: its own __init__ runs
            inventory_summary = cls(
                asin=asin,
                condition=condition,
                fn_sku=fn_sku,
                inventory_details=inventory_details,
                last_updated_time=last_updated_time,
                product_name=product_name,
                seller_sku=seller_sku,
                stores=stores,
                total_quantity=total_quantity,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        inventory_summary.additional_properties = d or {}
        return inventory_summary

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
