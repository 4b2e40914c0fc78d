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
    from ..models.order import Order


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Order
    from ..models.order import Order

    _lazy_pending = False


T = TypeVar("T", bound="OrdersList")


@_attrs_define
class OrdersList:
    """
    Attributes:
        orders (list[Order]):
        created_before (str | Unset):
        last_updated_before (str | Unset):
        next_token (str | Unset):
    """

    orders: list[Order]
    created_before: str | Unset = UNSET
    last_updated_before: str | Unset = UNSET
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
        orders = []
        for componentsschemas_order_list_item_data in self.orders:
            componentsschemas_order_list_item = (
                componentsschemas_order_list_item_data.to_dict()
            )
            orders.append(componentsschemas_order_list_item)

        created_before = self.created_before

        last_updated_before = self.last_updated_before

        next_token = self.next_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Orders": orders,
            }
        )
        if created_before is not UNSET:
            field_dict["CreatedBefore"] = created_before
        if last_updated_before is not UNSET:
            field_dict["LastUpdatedBefore"] = last_updated_before
        if next_token is not UNSET:
            field_dict["NextToken"] = next_token

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.order import Order

        return (
            (
                ("Orders", "orders", True, ("list", ("model", Order))),
                ("CreatedBefore", "created_before", False, ("str",)),
                ("LastUpdatedBefore", "last_updated_before", False, ("str",)),
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
        _orders = d.pop("Orders")
        orders = [Order.from_dict(_item) for _item in _orders]

        created_before = d.pop("CreatedBefore", UNSET)

        if (
            _reader is not None
            and created_before.__class__ is not str
            and created_before is not UNSET
        ):
            raise DeviationError("CreatedBefore")

        last_updated_before = d.pop("LastUpdatedBefore", UNSET)

        if (
            _reader is not None
            and last_updated_before.__class__ is not str
            and last_updated_before is not UNSET
        ):
            raise DeviationError("LastUpdatedBefore")

        next_token = d.pop("NextToken", UNSET)

        if (
            _reader is not None
            and next_token.__class__ is not str
            and next_token is not UNSET
        ):
            raise DeviationError("NextToken")

        if cls is OrdersList:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.orders = orders
            _built.created_before = created_before
            _built.last_updated_before = last_updated_before
            _built.next_token = next_token
            _built._parse_notes = None
            orders_list = _built
        else:  # a subclass: its own __init__ runs
            orders_list = cls(
                orders=orders,
                created_before=created_before,
                last_updated_before=last_updated_before,
                next_token=next_token,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        orders_list.additional_properties = d or {}
        return orders_list

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
