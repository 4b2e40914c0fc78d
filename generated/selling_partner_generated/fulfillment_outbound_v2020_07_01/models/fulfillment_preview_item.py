from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fulfillment_preview_item_shipping_weight_calculation_method import (
    FulfillmentPreviewItemShippingWeightCalculationMethod,
)
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
    from ..models.weight import Weight


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Weight
    from ..models.weight import Weight

    _lazy_pending = False


T = TypeVar("T", bound="FulfillmentPreviewItem")


@_attrs_define
class FulfillmentPreviewItem:
    """
    Attributes:
        quantity (int):
        seller_fulfillment_order_item_id (str):
        seller_sku (str):
        estimated_shipping_weight (Weight | Unset):
        shipping_weight_calculation_method (FulfillmentPreviewItemShippingWeightCalculationMethod | Unset):
    """

    quantity: int
    seller_fulfillment_order_item_id: str
    seller_sku: str
    estimated_shipping_weight: Weight | Unset = UNSET
    shipping_weight_calculation_method: (
        FulfillmentPreviewItemShippingWeightCalculationMethod | Unset
    ) = UNSET
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

        estimated_shipping_weight: dict[str, Any] | Unset = UNSET
        if not isinstance(self.estimated_shipping_weight, Unset):
            estimated_shipping_weight = self.estimated_shipping_weight.to_dict()

        shipping_weight_calculation_method: str | Unset = UNSET
        if not isinstance(self.shipping_weight_calculation_method, Unset):
            shipping_weight_calculation_method = (
                self.shipping_weight_calculation_method.value
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quantity": quantity,
                "sellerFulfillmentOrderItemId": seller_fulfillment_order_item_id,
                "sellerSku": seller_sku,
            }
        )
        if estimated_shipping_weight is not UNSET:
            field_dict["estimatedShippingWeight"] = estimated_shipping_weight
        if shipping_weight_calculation_method is not UNSET:
            field_dict["shippingWeightCalculationMethod"] = (
                shipping_weight_calculation_method
            )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.weight import Weight

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
                    "estimatedShippingWeight",
                    "estimated_shipping_weight",
                    False,
                    ("model", Weight),
                ),
                (
                    "shippingWeightCalculationMethod",
                    "shipping_weight_calculation_method",
                    False,
                    ("enum", FulfillmentPreviewItemShippingWeightCalculationMethod),
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

        _estimated_shipping_weight = d.pop("estimatedShippingWeight", UNSET)
        estimated_shipping_weight = (
            UNSET
            if _estimated_shipping_weight is UNSET
            else Weight.from_dict(_estimated_shipping_weight)
        )

        _shipping_weight_calculation_method = d.pop(
            "shippingWeightCalculationMethod", UNSET
        )
        shipping_weight_calculation_method = (
            UNSET
            if _shipping_weight_calculation_method is UNSET
            else (
                FulfillmentPreviewItemShippingWeightCalculationMethod._value2member_map_.get(
                    _shipping_weight_calculation_method
                )
                if _shipping_weight_calculation_method.__class__ is str
                else None
            )
            or FulfillmentPreviewItemShippingWeightCalculationMethod(
                _shipping_weight_calculation_method
            )
        )

        if cls is FulfillmentPreviewItem:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.quantity = quantity
            _built.seller_fulfillment_order_item_id = seller_fulfillment_order_item_id
            _built.seller_sku = seller_sku
            _built.estimated_shipping_weight = estimated_shipping_weight
            _built.shipping_weight_calculation_method = (
                shipping_weight_calculation_method
            )
            _built._parse_notes = None
            fulfillment_preview_item = _built
        else:  # a subclass: its own __init__ runs
            fulfillment_preview_item = cls(
                quantity=quantity,
                seller_fulfillment_order_item_id=seller_fulfillment_order_item_id,
                seller_sku=seller_sku,
                estimated_shipping_weight=estimated_shipping_weight,
                shipping_weight_calculation_method=shipping_weight_calculation_method,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        fulfillment_preview_item.additional_properties = d or {}
        return fulfillment_preview_item

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
