from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

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

T = TypeVar("T", bound="ProductContext")


@_attrs_define
class ProductContext:
    """
    Attributes:
        asin (str | Unset):
        fulfillment_network (str | Unset):
        quantity_shipped (int | Unset):
        sku (str | Unset):
    """

    asin: str | Unset = UNSET
    fulfillment_network: str | Unset = UNSET
    quantity_shipped: int | Unset = UNSET
    sku: str | Unset = UNSET
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
        asin = self.asin

        fulfillment_network = self.fulfillment_network

        quantity_shipped = self.quantity_shipped

        sku = self.sku

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asin is not UNSET:
            field_dict["asin"] = asin
        if fulfillment_network is not UNSET:
            field_dict["fulfillmentNetwork"] = fulfillment_network
        if quantity_shipped is not UNSET:
            field_dict["quantityShipped"] = quantity_shipped
        if sku is not UNSET:
            field_dict["sku"] = sku

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("asin", "asin", False, ("str",)),
                ("fulfillmentNetwork", "fulfillment_network", False, ("str",)),
                ("quantityShipped", "quantity_shipped", False, ("int",)),
                ("sku", "sku", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        asin = d.pop("asin", UNSET)

        if _reader is not None and asin.__class__ is not str and asin is not UNSET:
            raise DeviationError("asin")

        fulfillment_network = d.pop("fulfillmentNetwork", UNSET)

        if (
            _reader is not None
            and fulfillment_network.__class__ is not str
            and fulfillment_network is not UNSET
        ):
            raise DeviationError("fulfillmentNetwork")

        quantity_shipped = d.pop("quantityShipped", UNSET)

        if (
            _reader is not None
            and quantity_shipped.__class__ is not int
            and quantity_shipped is not UNSET
        ):
            raise DeviationError("quantityShipped")

        sku = d.pop("sku", UNSET)

        if _reader is not None and sku.__class__ is not str and sku is not UNSET:
            raise DeviationError("sku")

        if cls is ProductContext:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.asin = asin
            _built.fulfillment_network = fulfillment_network
            _built.quantity_shipped = quantity_shipped
            _built.sku = sku
            _built._parse_notes = None
            product_context = _built
        else:  # a subclass: its own __init__ runs
            product_context = cls(
                asin=asin,
                fulfillment_network=fulfillment_network,
                quantity_shipped=quantity_shipped,
                sku=sku,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        product_context.additional_properties = d or {}
        return product_context

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
