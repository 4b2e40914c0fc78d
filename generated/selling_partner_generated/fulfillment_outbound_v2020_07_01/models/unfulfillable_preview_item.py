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

T = TypeVar("T", bound="UnfulfillablePreviewItem")


@_attrs_define
class UnfulfillablePreviewItem:
    """
    Attributes:
        quantity (int):
        seller_fulfillment_order_item_id (str):
        seller_sku (str):
        item_unfulfillable_reasons (list[str] | Unset):
    """

    quantity: int
    seller_fulfillment_order_item_id: str
    seller_sku: str
    item_unfulfillable_reasons: list[str] | Unset = UNSET
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
        quantity = self.quantity

        seller_fulfillment_order_item_id = self.seller_fulfillment_order_item_id

        seller_sku = self.seller_sku

        item_unfulfillable_reasons: list[str] | Unset = UNSET
        if not isinstance(self.item_unfulfillable_reasons, Unset):
            item_unfulfillable_reasons = self.item_unfulfillable_reasons

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quantity": quantity,
                "sellerFulfillmentOrderItemId": seller_fulfillment_order_item_id,
                "sellerSku": seller_sku,
            }
        )
        if item_unfulfillable_reasons is not UNSET:
            field_dict["itemUnfulfillableReasons"] = item_unfulfillable_reasons

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("quantity", "quantity", True, ("int",)),
                (
                    "sellerFulfillmentOrderItemId",
                    "seller_fulfillment_order_item_id",
                    True,
                    ("str",),
                ),
                ("sellerSku", "seller_sku", True, ("str",)),
                (
                    "itemUnfulfillableReasons",
                    "item_unfulfillable_reasons",
                    False,
                    ("list", ("str",)),
                ),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        quantity = d.pop("quantity")

        if _reader is not None and quantity.__class__ is not int:
            raise DeviationError("quantity")

        seller_fulfillment_order_item_id = d.pop("sellerFulfillmentOrderItemId")

        if (
            _reader is not None
            and seller_fulfillment_order_item_id.__class__ is not str
        ):
            raise DeviationError("sellerFulfillmentOrderItemId")

        seller_sku = d.pop("sellerSku")

        if _reader is not None and seller_sku.__class__ is not str:
            raise DeviationError("sellerSku")

        item_unfulfillable_reasons = d.pop("itemUnfulfillableReasons", UNSET)

        if (
            _reader is not None
            and item_unfulfillable_reasons.__class__ is not list
            and item_unfulfillable_reasons is not UNSET
        ):
            raise DeviationError("itemUnfulfillableReasons")

        if cls is UnfulfillablePreviewItem:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.quantity = quantity
            _built.seller_fulfillment_order_item_id = seller_fulfillment_order_item_id
            _built.seller_sku = seller_sku
            _built.item_unfulfillable_reasons = item_unfulfillable_reasons
            _built._parse_notes = None
            unfulfillable_preview_item = _built
        else:  # a subclass: its own __init__ runs
            unfulfillable_preview_item = cls(
                quantity=quantity,
                seller_fulfillment_order_item_id=seller_fulfillment_order_item_id,
                seller_sku=seller_sku,
                item_unfulfillable_reasons=item_unfulfillable_reasons,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        unfulfillable_preview_item.additional_properties = d or {}
        return unfulfillable_preview_item

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
