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
    from ..models.item_packing import ItemPacking
    from ..models.item_picking import ItemPicking
    from ..models.item_shipping import ItemShipping


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ItemPacking, ItemPicking, ItemShipping
    from ..models.item_packing import ItemPacking
    from ..models.item_picking import ItemPicking
    from ..models.item_shipping import ItemShipping

    _lazy_pending = False


T = TypeVar("T", bound="ItemFulfillment")


@_attrs_define
class ItemFulfillment:
    """
    Attributes:
        packing (ItemPacking | Unset):
        picking (ItemPicking | Unset):
        quantity_fulfilled (int | Unset):
        quantity_unfulfilled (int | Unset):
        shipping (ItemShipping | Unset):
    """

    packing: ItemPacking | Unset = UNSET
    picking: ItemPicking | Unset = UNSET
    quantity_fulfilled: int | Unset = UNSET
    quantity_unfulfilled: int | Unset = UNSET
    shipping: ItemShipping | Unset = UNSET
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
        packing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.packing, Unset):
            packing = self.packing.to_dict()

        picking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.picking, Unset):
            picking = self.picking.to_dict()

        quantity_fulfilled = self.quantity_fulfilled

        quantity_unfulfilled = self.quantity_unfulfilled

        shipping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping, Unset):
            shipping = self.shipping.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if packing is not UNSET:
            field_dict["packing"] = packing
        if picking is not UNSET:
            field_dict["picking"] = picking
        if quantity_fulfilled is not UNSET:
            field_dict["quantityFulfilled"] = quantity_fulfilled
        if quantity_unfulfilled is not UNSET:
            field_dict["quantityUnfulfilled"] = quantity_unfulfilled
        if shipping is not UNSET:
            field_dict["shipping"] = shipping

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.item_packing import ItemPacking
        from ..models.item_picking import ItemPicking
        from ..models.item_shipping import ItemShipping

        return (
            (
                ("packing", "packing", False, ("model", ItemPacking)),
                ("picking", "picking", False, ("model", ItemPicking)),
                ("quantityFulfilled", "quantity_fulfilled", False, ("int",)),
                ("quantityUnfulfilled", "quantity_unfulfilled", False, ("int",)),
                ("shipping", "shipping", False, ("model", ItemShipping)),
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
        _packing = d.pop("packing", UNSET)
        packing = UNSET if _packing is UNSET else ItemPacking.from_dict(_packing)

        _picking = d.pop("picking", UNSET)
        picking = UNSET if _picking is UNSET else ItemPicking.from_dict(_picking)

        quantity_fulfilled = d.pop("quantityFulfilled", UNSET)

        if (
            _reader is not None
            and quantity_fulfilled.__class__ is not int
            and quantity_fulfilled is not UNSET
        ):
            raise DeviationError("quantityFulfilled")

        quantity_unfulfilled = d.pop("quantityUnfulfilled", UNSET)

        if (
            _reader is not None
            and quantity_unfulfilled.__class__ is not int
            and quantity_unfulfilled is not UNSET
        ):
            raise DeviationError("quantityUnfulfilled")

        _shipping = d.pop("shipping", UNSET)
        shipping = UNSET if _shipping is UNSET else ItemShipping.from_dict(_shipping)

        if cls is ItemFulfillment:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.packing = packing
            _built.picking = picking
            _built.quantity_fulfilled = quantity_fulfilled
            _built.quantity_unfulfilled = quantity_unfulfilled
            _built.shipping = shipping
            _built._parse_notes = None
            item_fulfillment = _built
        else:  # a subclass: its own __init__ runs
            item_fulfillment = cls(
                packing=packing,
                picking=picking,
                quantity_fulfilled=quantity_fulfilled,
                quantity_unfulfilled=quantity_unfulfilled,
                shipping=shipping,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        item_fulfillment.additional_properties = d or {}
        return item_fulfillment

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
