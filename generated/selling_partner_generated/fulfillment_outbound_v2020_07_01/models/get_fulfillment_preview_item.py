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
    from ..models.money import Money


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Money
    from ..models.money import Money

    _lazy_pending = False


T = TypeVar("T", bound="GetFulfillmentPreviewItem")


@_attrs_define
class GetFulfillmentPreviewItem:
    """
    Attributes:
        quantity (int):
        seller_fulfillment_order_item_id (str):
        seller_sku (str):
        per_unit_declared_value (Money | Unset):
    """

    quantity: int
    seller_fulfillment_order_item_id: str
    seller_sku: str
    per_unit_declared_value: Money | Unset = UNSET
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
        quantity = self.quantity

        seller_fulfillment_order_item_id = self.seller_fulfillment_order_item_id

        seller_sku = self.seller_sku

        per_unit_declared_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.per_unit_declared_value, Unset):
            per_unit_declared_value = self.per_unit_declared_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quantity": quantity,
                "sellerFulfillmentOrderItemId": seller_fulfillment_order_item_id,
                "sellerSku": seller_sku,
            }
        )
        if per_unit_declared_value is not UNSET:
            field_dict["perUnitDeclaredValue"] = per_unit_declared_value

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.money import Money

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
                    "perUnitDeclaredValue",
                    "per_unit_declared_value",
                    False,
                    ("model", Money),
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

        _per_unit_declared_value = d.pop("perUnitDeclaredValue", UNSET)
        per_unit_declared_value = (
            UNSET
            if _per_unit_declared_value is UNSET
            else Money.from_dict(_per_unit_declared_value)
        )

        if cls is GetFulfillmentPreviewItem:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.quantity = quantity
            _built.seller_fulfillment_order_item_id = seller_fulfillment_order_item_id
            _built.seller_sku = seller_sku
            _built.per_unit_declared_value = per_unit_declared_value
            _built._parse_notes = None
            get_fulfillment_preview_item = _built
        else:  # a subclass: its own __init__ runs
            get_fulfillment_preview_item = cls(
                quantity=quantity,
                seller_fulfillment_order_item_id=seller_fulfillment_order_item_id,
                seller_sku=seller_sku,
                per_unit_declared_value=per_unit_declared_value,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        get_fulfillment_preview_item.additional_properties = d or {}
        return get_fulfillment_preview_item

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
