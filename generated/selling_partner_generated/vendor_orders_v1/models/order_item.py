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


T = TypeVar("T", bound="OrderItem")


@_attrs_define
class OrderItem:
    """
    Attributes:
        is_back_order_allowed (bool):
        item_sequence_number (str):
        ordered_quantity (ItemQuantity):
        amazon_product_identifier (str | Unset):
        list_price (Money | Unset):
        net_cost (Money | Unset):
        vendor_product_identifier (str | Unset):
    """

    is_back_order_allowed: bool
    item_sequence_number: str
    ordered_quantity: ItemQuantity
    amazon_product_identifier: str | Unset = UNSET
    list_price: Money | Unset = UNSET
    net_cost: Money | Unset = UNSET
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
        is_back_order_allowed = self.is_back_order_allowed

        item_sequence_number = self.item_sequence_number

        ordered_quantity = self.ordered_quantity.to_dict()

        amazon_product_identifier = self.amazon_product_identifier

        list_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.list_price, Unset):
            list_price = self.list_price.to_dict()

        net_cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.net_cost, Unset):
            net_cost = self.net_cost.to_dict()

        vendor_product_identifier = self.vendor_product_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isBackOrderAllowed": is_back_order_allowed,
                "itemSequenceNumber": item_sequence_number,
                "orderedQuantity": ordered_quantity,
            }
        )
        if amazon_product_identifier is not UNSET:
            field_dict["amazonProductIdentifier"] = amazon_product_identifier
        if list_price is not UNSET:
            field_dict["listPrice"] = list_price
        if net_cost is not UNSET:
            field_dict["netCost"] = net_cost
        if vendor_product_identifier is not UNSET:
            field_dict["vendorProductIdentifier"] = vendor_product_identifier

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.item_quantity import ItemQuantity
        from ..models.money import Money

        return (
            (
                ("isBackOrderAllowed", "is_back_order_allowed", True, ("bool",)),
                ("itemSequenceNumber", "item_sequence_number", True, ("str",)),
                ("orderedQuantity", "ordered_quantity", True, ("model", ItemQuantity)),
                (
                    "amazonProductIdentifier",
                    "amazon_product_identifier",
                    False,
                    ("str",),
                ),
                ("listPrice", "list_price", False, ("model", Money)),
                ("netCost", "net_cost", False, ("model", Money)),
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
        is_back_order_allowed = d.pop("isBackOrderAllowed")

        if _reader is not None and is_back_order_allowed.__class__ is not bool:
            raise DeviationError("isBackOrderAllowed")

        item_sequence_number = d.pop("itemSequenceNumber")

        if _reader is not None and item_sequence_number.__class__ is not str:
            raise DeviationError("itemSequenceNumber")

        ordered_quantity = ItemQuantity.from_dict(d.pop("orderedQuantity"))

        amazon_product_identifier = d.pop("amazonProductIdentifier", UNSET)

        if (
            _reader is not None
            and amazon_product_identifier.__class__ is not str
            and amazon_product_identifier is not UNSET
        ):
            raise DeviationError("amazonProductIdentifier")

        _list_price = d.pop("listPrice", UNSET)
        list_price = UNSET if _list_price is UNSET else Money.from_dict(_list_price)

        _net_cost = d.pop("netCost", UNSET)
        net_cost = UNSET if _net_cost is UNSET else Money.from_dict(_net_cost)

        vendor_product_identifier = d.pop("vendorProductIdentifier", UNSET)

        if (
            _reader is not None
            and vendor_product_identifier.__class__ is not str
            and vendor_product_identifier is not UNSET
        ):
            raise DeviationError("vendorProductIdentifier")

        if cls is OrderItem:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.is_back_order_allowed = is_back_order_allowed
            _built.item_sequence_number = item_sequence_number
            _built.ordered_quantity = ordered_quantity
            _built.amazon_product_identifier = amazon_product_identifier
            _built.list_price = list_price
            _built.net_cost = net_cost
            _built.vendor_product_identifier = vendor_product_identifier
            _built._parse_notes = None
            order_item = _built
        else:  # a subclass: its own __init__ runs
            order_item = cls(
                is_back_order_allowed=is_back_order_allowed,
                item_sequence_number=item_sequence_number,
                ordered_quantity=ordered_quantity,
                amazon_product_identifier=amazon_product_identifier,
                list_price=list_price,
                net_cost=net_cost,
                vendor_product_identifier=vendor_product_identifier,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        order_item.additional_properties = d or {}
        return order_item

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
