from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    UNSET,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.item_quantity import ItemQuantity
    from ..models.ordered_quantity_details import OrderedQuantityDetails


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ItemQuantity, OrderedQuantityDetails
    from ..models.item_quantity import ItemQuantity
    from ..models.ordered_quantity_details import OrderedQuantityDetails

    _lazy_pending = False


T = TypeVar("T", bound="OrderItemStatusOrderedQuantity")


@_attrs_define
class OrderItemStatusOrderedQuantity:
    """
    Attributes:
        ordered_quantity (ItemQuantity | Unset):
        ordered_quantity_details (list[OrderedQuantityDetails] | Unset):
    """

    ordered_quantity: ItemQuantity | Unset = UNSET
    ordered_quantity_details: list[OrderedQuantityDetails] | Unset = UNSET
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
        ordered_quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ordered_quantity, Unset):
            ordered_quantity = self.ordered_quantity.to_dict()

        ordered_quantity_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ordered_quantity_details, Unset):
            ordered_quantity_details = []
            for ordered_quantity_details_item_data in self.ordered_quantity_details:
                ordered_quantity_details_item = (
                    ordered_quantity_details_item_data.to_dict()
                )
                ordered_quantity_details.append(ordered_quantity_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ordered_quantity is not UNSET:
            field_dict["orderedQuantity"] = ordered_quantity
        if ordered_quantity_details is not UNSET:
            field_dict["orderedQuantityDetails"] = ordered_quantity_details

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.item_quantity import ItemQuantity
        from ..models.ordered_quantity_details import OrderedQuantityDetails

        return (
            (
                ("orderedQuantity", "ordered_quantity", False, ("model", ItemQuantity)),
                (
                    "orderedQuantityDetails",
                    "ordered_quantity_details",
                    False,
                    ("list", ("model", OrderedQuantityDetails)),
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
        _ordered_quantity = d.pop("orderedQuantity", UNSET)
        ordered_quantity = (
            UNSET
            if _ordered_quantity is UNSET
            else ItemQuantity.from_dict(_ordered_quantity)
        )

        _ordered_quantity_details = d.pop("orderedQuantityDetails", UNSET)
        ordered_quantity_details = (
            UNSET
            if _ordered_quantity_details is UNSET
            else [
                OrderedQuantityDetails.from_dict(_item)
                for _item in _ordered_quantity_details
            ]
        )

        if cls is OrderItemStatusOrderedQuantity:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.ordered_quantity = ordered_quantity
            _built.ordered_quantity_details = ordered_quantity_details
            _built._parse_notes = None
            order_item_status_ordered_quantity = _built
        else:  # a subclass: its own __init__ runs
            order_item_status_ordered_quantity = cls(
                ordered_quantity=ordered_quantity,
                ordered_quantity_details=ordered_quantity_details,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        order_item_status_ordered_quantity.additional_properties = d or {}
        return order_item_status_ordered_quantity

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
