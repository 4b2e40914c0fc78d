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
    from ..models.associated_order_item import AssociatedOrderItem
    from ..models.item_cancellation import ItemCancellation
    from ..models.item_expense import ItemExpense
    from ..models.item_fulfillment import ItemFulfillment
    from ..models.item_proceeds import ItemProceeds
    from ..models.item_product import ItemProduct
    from ..models.item_promotion import ItemPromotion
    from ..models.item_tax import ItemTax
    from ..models.measurement import Measurement


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        AssociatedOrderItem, \
        ItemCancellation, \
        ItemExpense, \
        ItemFulfillment, \
        ItemProceeds, \
        ItemProduct, \
        ItemPromotion, \
        ItemTax, \
        Measurement
    from ..models.associated_order_item import AssociatedOrderItem
    from ..models.item_cancellation import ItemCancellation
    from ..models.item_expense import ItemExpense
    from ..models.item_fulfillment import ItemFulfillment
    from ..models.item_proceeds import ItemProceeds
    from ..models.item_product import ItemProduct
    from ..models.item_promotion import ItemPromotion
    from ..models.item_tax import ItemTax
    from ..models.measurement import Measurement

    _lazy_pending = False


T = TypeVar("T", bound="OrderItem")


@_attrs_define
class OrderItem:
    """
    Attributes:
        order_item_id (str):
        product (ItemProduct):
        quantity_ordered (int):
        associated_order_items (list[AssociatedOrderItem] | Unset):
        cancellation (ItemCancellation | Unset):
        expense (ItemExpense | Unset):
        fulfillment (ItemFulfillment | Unset):
        measurement (Measurement | Unset):
        proceeds (ItemProceeds | Unset):
        programs (list[str] | Unset):
        promotion (ItemPromotion | Unset):
        tax (ItemTax | Unset):
    """

    order_item_id: str
    product: ItemProduct
    quantity_ordered: int
    associated_order_items: list[AssociatedOrderItem] | Unset = UNSET
    cancellation: ItemCancellation | Unset = UNSET
    expense: ItemExpense | Unset = UNSET
    fulfillment: ItemFulfillment | Unset = UNSET
    measurement: Measurement | Unset = UNSET
    proceeds: ItemProceeds | Unset = UNSET
    programs: list[str] | Unset = UNSET
    promotion: ItemPromotion | Unset = UNSET
    tax: ItemTax | Unset = UNSET
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
        order_item_id = self.order_item_id

        product = self.product.to_dict()

        quantity_ordered = self.quantity_ordered

        associated_order_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.associated_order_items, Unset):
            associated_order_items = []
            for associated_order_items_item_data in self.associated_order_items:
                associated_order_items_item = associated_order_items_item_data.to_dict()
                associated_order_items.append(associated_order_items_item)

        cancellation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cancellation, Unset):
            cancellation = self.cancellation.to_dict()

        expense: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense, Unset):
            expense = self.expense.to_dict()

        fulfillment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fulfillment, Unset):
            fulfillment = self.fulfillment.to_dict()

        measurement: dict[str, Any] | Unset = UNSET
        if not isinstance(self.measurement, Unset):
            measurement = self.measurement.to_dict()

        proceeds: dict[str, Any] | Unset = UNSET
        if not isinstance(self.proceeds, Unset):
            proceeds = self.proceeds.to_dict()

        programs: list[str] | Unset = UNSET
        if not isinstance(self.programs, Unset):
            programs = self.programs

        promotion: dict[str, Any] | Unset = UNSET
        if not isinstance(self.promotion, Unset):
            promotion = self.promotion.to_dict()

        tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax, Unset):
            tax = self.tax.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderItemId": order_item_id,
                "product": product,
                "quantityOrdered": quantity_ordered,
            }
        )
        if associated_order_items is not UNSET:
            field_dict["associatedOrderItems"] = associated_order_items
        if cancellation is not UNSET:
            field_dict["cancellation"] = cancellation
        if expense is not UNSET:
            field_dict["expense"] = expense
        if fulfillment is not UNSET:
            field_dict["fulfillment"] = fulfillment
        if measurement is not UNSET:
            field_dict["measurement"] = measurement
        if proceeds is not UNSET:
            field_dict["proceeds"] = proceeds
        if programs is not UNSET:
            field_dict["programs"] = programs
        if promotion is not UNSET:
            field_dict["promotion"] = promotion
        if tax is not UNSET:
            field_dict["tax"] = tax

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.associated_order_item import AssociatedOrderItem
        from ..models.item_cancellation import ItemCancellation
        from ..models.item_expense import ItemExpense
        from ..models.item_fulfillment import ItemFulfillment
        from ..models.item_proceeds import ItemProceeds
        from ..models.item_product import ItemProduct
        from ..models.item_promotion import ItemPromotion
        from ..models.item_tax import ItemTax
        from ..models.measurement import Measurement

        return (
            (
                ("orderItemId", "order_item_id", True, ("str",)),
                ("product", "product", True, ("model", ItemProduct)),
                ("quantityOrdered", "quantity_ordered", True, ("int",)),
                (
                    "associatedOrderItems",
                    "associated_order_items",
                    False,
                    ("list", ("model", AssociatedOrderItem)),
                ),
                ("cancellation", "cancellation", False, ("model", ItemCancellation)),
                ("expense", "expense", False, ("model", ItemExpense)),
                ("fulfillment", "fulfillment", False, ("model", ItemFulfillment)),
                ("measurement", "measurement", False, ("model", Measurement)),
                ("proceeds", "proceeds", False, ("model", ItemProceeds)),
                ("programs", "programs", False, ("list", ("str",))),
                ("promotion", "promotion", False, ("model", ItemPromotion)),
                ("tax", "tax", False, ("model", ItemTax)),
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
        order_item_id = d.pop("orderItemId")

        if _reader is not None and order_item_id.__class__ is not str:
            raise DeviationError("orderItemId")

        product = ItemProduct.from_dict(d.pop("product"))

        quantity_ordered = d.pop("quantityOrdered")

        if _reader is not None and quantity_ordered.__class__ is not int:
            raise DeviationError("quantityOrdered")

        _associated_order_items = d.pop("associatedOrderItems", UNSET)
        associated_order_items = (
            UNSET
            if _associated_order_items is UNSET
            else [
                AssociatedOrderItem.from_dict(_item)
                for _item in _associated_order_items
            ]
        )

        _cancellation = d.pop("cancellation", UNSET)
        cancellation = (
            UNSET
            if _cancellation is UNSET
            else ItemCancellation.from_dict(_cancellation)
        )

        _expense = d.pop("expense", UNSET)
        expense = UNSET if _expense is UNSET else ItemExpense.from_dict(_expense)

        _fulfillment = d.pop("fulfillment", UNSET)
        fulfillment = (
            UNSET if _fulfillment is UNSET else ItemFulfillment.from_dict(_fulfillment)
        )

        _measurement = d.pop("measurement", UNSET)
        measurement = (
            UNSET if _measurement is UNSET else Measurement.from_dict(_measurement)
        )

        _proceeds = d.pop("proceeds", UNSET)
        proceeds = UNSET if _proceeds is UNSET else ItemProceeds.from_dict(_proceeds)

        programs = d.pop("programs", UNSET)

        if (
            _reader is not None
            and programs.__class__ is not list
            and programs is not UNSET
        ):
            raise DeviationError("programs")

        _promotion = d.pop("promotion", UNSET)
        promotion = (
            UNSET if _promotion is UNSET else ItemPromotion.from_dict(_promotion)
        )

        _tax = d.pop("tax", UNSET)
        tax = UNSET if _tax is UNSET else ItemTax.from_dict(_tax)

        if cls is OrderItem:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.order_item_id = order_item_id
            _built.product = product
            _built.quantity_ordered = quantity_ordered
            _built.associated_order_items = associated_order_items
            _built.cancellation = cancellation
            _built.expense = expense
            _built.fulfillment = fulfillment
            _built.measurement = measurement
            _built.proceeds = proceeds
            _built.programs = programs
            _built.promotion = promotion
            _built.tax = tax
            _built._parse_notes = None
            order_item = _built
        else:  # a subclass: its own __init__ runs
            order_item = cls(
                order_item_id=order_item_id,
                product=product,
                quantity_ordered=quantity_ordered,
                associated_order_items=associated_order_items,
                cancellation=cancellation,
                expense=expense,
                fulfillment=fulfillment,
                measurement=measurement,
                proceeds=proceeds,
                programs=programs,
                promotion=promotion,
                tax=tax,
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
