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
    from ..models.order_item_buyer_info import OrderItemBuyerInfo


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, OrderItemBuyerInfo
    from ..models.order_item_buyer_info import OrderItemBuyerInfo

    _lazy_pending = False


T = TypeVar("T", bound="OrderItemsBuyerInfoList")


@_attrs_define
class OrderItemsBuyerInfoList:
    """
    Attributes:
        amazon_order_id (str):
        order_items (list[OrderItemBuyerInfo]):
        next_token (str | Unset):
    """

    amazon_order_id: str
    order_items: list[OrderItemBuyerInfo]
    next_token: str | Unset = UNSET
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
        amazon_order_id = self.amazon_order_id

        order_items = []
        for componentsschemas_order_item_buyer_info_list_item_data in self.order_items:
            componentsschemas_order_item_buyer_info_list_item = (
                componentsschemas_order_item_buyer_info_list_item_data.to_dict()
            )
            order_items.append(componentsschemas_order_item_buyer_info_list_item)

        next_token = self.next_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AmazonOrderId": amazon_order_id,
                "OrderItems": order_items,
            }
        )
        if next_token is not UNSET:
            field_dict["NextToken"] = next_token

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.order_item_buyer_info import OrderItemBuyerInfo

        return (
            (
                ("AmazonOrderId", "amazon_order_id", True, ("str",)),
                (
                    "OrderItems",
                    "order_items",
                    True,
                    ("list", ("model", OrderItemBuyerInfo)),
                ),
                ("NextToken", "next_token", False, ("str",)),
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
        amazon_order_id = d.pop("AmazonOrderId")

        if _reader is not None and amazon_order_id.__class__ is not str:
            raise DeviationError("AmazonOrderId")

        _order_items = d.pop("OrderItems")
        order_items = [OrderItemBuyerInfo.from_dict(_item) for _item in _order_items]

        next_token = d.pop("NextToken", UNSET)

        if (
            _reader is not None
            and next_token.__class__ is not str
            and next_token is not UNSET
        ):
            raise DeviationError("NextToken")

        if cls is OrderItemsBuyerInfoList:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.amazon_order_id = amazon_order_id
            _built.order_items = order_items
            _built.next_token = next_token
            _built._parse_notes = None
            order_items_buyer_info_list = _built
        else:  # a subclass: its own __init__ runs
            order_items_buyer_info_list = cls(
                amazon_order_id=amazon_order_id,
                order_items=order_items,
                next_token=next_token,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        order_items_buyer_info_list.additional_properties = d or {}
        return order_items_buyer_info_list

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
