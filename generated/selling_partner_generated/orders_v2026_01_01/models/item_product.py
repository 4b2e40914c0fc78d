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
    from ..models.item_condition import ItemCondition
    from ..models.item_customization import ItemCustomization
    from ..models.item_price import ItemPrice


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ItemCondition, ItemCustomization, ItemPrice
    from ..models.item_condition import ItemCondition
    from ..models.item_customization import ItemCustomization
    from ..models.item_price import ItemPrice

    _lazy_pending = False


T = TypeVar("T", bound="ItemProduct")


@_attrs_define
class ItemProduct:
    """
    Attributes:
        asin (str | Unset):
        condition (ItemCondition | Unset):
        customization (ItemCustomization | Unset):
        price (ItemPrice | Unset):
        seller_sku (str | Unset):
        serial_numbers (list[str] | Unset):
        title (str | Unset):
    """

    asin: str | Unset = UNSET
    condition: ItemCondition | Unset = UNSET
    customization: ItemCustomization | Unset = UNSET
    price: ItemPrice | Unset = UNSET
    seller_sku: str | Unset = UNSET
    serial_numbers: list[str] | Unset = UNSET
    title: str | Unset = UNSET
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

        condition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.condition, Unset):
            condition = self.condition.to_dict()

        customization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customization, Unset):
            customization = self.customization.to_dict()

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        seller_sku = self.seller_sku

        serial_numbers: list[str] | Unset = UNSET
        if not isinstance(self.serial_numbers, Unset):
            serial_numbers = self.serial_numbers

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asin is not UNSET:
            field_dict["asin"] = asin
        if condition is not UNSET:
            field_dict["condition"] = condition
        if customization is not UNSET:
            field_dict["customization"] = customization
        if price is not UNSET:
            field_dict["price"] = price
        if seller_sku is not UNSET:
            field_dict["sellerSku"] = seller_sku
        if serial_numbers is not UNSET:
            field_dict["serialNumbers"] = serial_numbers
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.item_condition import ItemCondition
        from ..models.item_customization import ItemCustomization
        from ..models.item_price import ItemPrice

        return (
            (
                ("asin", "asin", False, ("str",)),
                ("condition", "condition", False, ("model", ItemCondition)),
                ("customization", "customization", False, ("model", ItemCustomization)),
                ("price", "price", False, ("model", ItemPrice)),
                ("sellerSku", "seller_sku", False, ("str",)),
                ("serialNumbers", "serial_numbers", False, ("list", ("str",))),
                ("title", "title", False, ("str",)),
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

        _condition = d.pop("condition", UNSET)
        condition = (
            UNSET if _condition is UNSET else ItemCondition.from_dict(_condition)
        )

        _customization = d.pop("customization", UNSET)
        customization = (
            UNSET
            if _customization is UNSET
            else ItemCustomization.from_dict(_customization)
        )

        _price = d.pop("price", UNSET)
        price = UNSET if _price is UNSET else ItemPrice.from_dict(_price)

        seller_sku = d.pop("sellerSku", UNSET)

        if (
            _reader is not None
            and seller_sku.__class__ is not str
            and seller_sku is not UNSET
        ):
            raise DeviationError("sellerSku")

        serial_numbers = d.pop("serialNumbers", UNSET)

        if (
            _reader is not None
            and serial_numbers.__class__ is not list
            and serial_numbers is not UNSET
        ):
            raise DeviationError("serialNumbers")

        title = d.pop("title", UNSET)

        if _reader is not None and title.__class__ is not str and title is not UNSET:
            raise DeviationError("title")

        if cls is ItemProduct:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.asin = asin
            _built.condition = condition
            _built.customization = customization
            _built.price = price
            _built.seller_sku = seller_sku
            _built.serial_numbers = serial_numbers
            _built.title = title
            _built._parse_notes = None
            item_product = _built
        else:  # a subclass: its own __init__ runs
            item_product = cls(
                asin=asin,
                condition=condition,
                customization=customization,
                price=price,
                seller_sku=seller_sku,
                serial_numbers=serial_numbers,
                title=title,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        item_product.additional_properties = d or {}
        return item_product

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
