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
    from ..models.amount import Amount
    from ..models.line_item_fulfillment_configuration import (
        LineItemFulfillmentConfiguration,
    )
    from ..models.order_product import OrderProduct


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Amount, LineItemFulfillmentConfiguration, OrderProduct
    from ..models.amount import Amount
    from ..models.line_item_fulfillment_configuration import (
        LineItemFulfillmentConfiguration,
    )
    from ..models.order_product import OrderProduct

    _lazy_pending = False


T = TypeVar("T", bound="OrderLineItem")


@_attrs_define
class OrderLineItem:
    """
    Attributes:
        amount (Amount):
        line_item_id (str):
        product (OrderProduct):
        cancelled_amount (Amount | Unset):
        fulfillment_configuration (LineItemFulfillmentConfiguration | Unset):
        unfulfillable_amount (Amount | Unset):
    """

    amount: Amount
    line_item_id: str
    product: OrderProduct
    cancelled_amount: Amount | Unset = UNSET
    fulfillment_configuration: LineItemFulfillmentConfiguration | Unset = UNSET
    unfulfillable_amount: Amount | Unset = UNSET
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
        amount = self.amount.to_dict()

        line_item_id = self.line_item_id

        product = self.product.to_dict()

        cancelled_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cancelled_amount, Unset):
            cancelled_amount = self.cancelled_amount.to_dict()

        fulfillment_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fulfillment_configuration, Unset):
            fulfillment_configuration = self.fulfillment_configuration.to_dict()

        unfulfillable_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unfulfillable_amount, Unset):
            unfulfillable_amount = self.unfulfillable_amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "lineItemId": line_item_id,
                "product": product,
            }
        )
        if cancelled_amount is not UNSET:
            field_dict["cancelledAmount"] = cancelled_amount
        if fulfillment_configuration is not UNSET:
            field_dict["fulfillmentConfiguration"] = fulfillment_configuration
        if unfulfillable_amount is not UNSET:
            field_dict["unfulfillableAmount"] = unfulfillable_amount

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.amount import Amount
        from ..models.line_item_fulfillment_configuration import (
            LineItemFulfillmentConfiguration,
        )
        from ..models.order_product import OrderProduct

        return (
            (
                ("amount", "amount", True, ("model", Amount)),
                ("lineItemId", "line_item_id", True, ("str",)),
                ("product", "product", True, ("model", OrderProduct)),
                ("cancelledAmount", "cancelled_amount", False, ("model", Amount)),
                (
                    "fulfillmentConfiguration",
                    "fulfillment_configuration",
                    False,
                    ("model", LineItemFulfillmentConfiguration),
                ),
                (
                    "unfulfillableAmount",
                    "unfulfillable_amount",
                    False,
                    ("model", Amount),
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
        amount = Amount.from_dict(d.pop("amount"))

        line_item_id = d.pop("lineItemId")

        if _reader is not None and line_item_id.__class__ is not str:
            raise DeviationError("lineItemId")

        product = OrderProduct.from_dict(d.pop("product"))

        _cancelled_amount = d.pop("cancelledAmount", UNSET)
        cancelled_amount = (
            UNSET if _cancelled_amount is UNSET else Amount.from_dict(_cancelled_amount)
        )

        _fulfillment_configuration = d.pop("fulfillmentConfiguration", UNSET)
        fulfillment_configuration = (
            UNSET
            if _fulfillment_configuration is UNSET
            else LineItemFulfillmentConfiguration.from_dict(_fulfillment_configuration)
        )

        _unfulfillable_amount = d.pop("unfulfillableAmount", UNSET)
        unfulfillable_amount = (
            UNSET
            if _unfulfillable_amount is UNSET
            else Amount.from_dict(_unfulfillable_amount)
        )

        if cls is OrderLineItem:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.amount = amount
            _built.line_item_id = line_item_id
            _built.product = product
            _built.cancelled_amount = cancelled_amount
            _built.fulfillment_configuration = fulfillment_configuration
            _built.unfulfillable_amount = unfulfillable_amount
            _built._parse_notes = None
            order_line_item = _built
        else:  # a subclass: its own __init__ runs
            order_line_item = cls(
                amount=amount,
                line_item_id=line_item_id,
                product=product,
                cancelled_amount=cancelled_amount,
                fulfillment_configuration=fulfillment_configuration,
                unfulfillable_amount=unfulfillable_amount,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        order_line_item.additional_properties = d or {}
        return order_line_item

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
