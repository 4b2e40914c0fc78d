from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    DeviationError,
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


T = TypeVar("T", bound="OrderMetricsInterval")


@_attrs_define
class OrderMetricsInterval:
    """
    Attributes:
        average_unit_price (Money):
        interval (str):
        order_count (int):
        order_item_count (int):
        total_sales (Money):
        unit_count (int):
    """

    average_unit_price: Money
    interval: str
    order_count: int
    order_item_count: int
    total_sales: Money
    unit_count: int
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
        average_unit_price = self.average_unit_price.to_dict()

        interval = self.interval

        order_count = self.order_count

        order_item_count = self.order_item_count

        total_sales = self.total_sales.to_dict()

        unit_count = self.unit_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "averageUnitPrice": average_unit_price,
                "interval": interval,
                "orderCount": order_count,
                "orderItemCount": order_item_count,
                "totalSales": total_sales,
                "unitCount": unit_count,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.money import Money

        return (
            (
                ("averageUnitPrice", "average_unit_price", True, ("model", Money)),
                ("interval", "interval", True, ("str",)),
                ("orderCount", "order_count", True, ("int",)),
                ("orderItemCount", "order_item_count", True, ("int",)),
                ("totalSales", "total_sales", True, ("model", Money)),
                ("unitCount", "unit_count", True, ("int",)),
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
        average_unit_price = Money.from_dict(d.pop("averageUnitPrice"))

        interval = d.pop("interval")

        if _reader is not None and interval.__class__ is not str:
            raise DeviationError("interval")

        order_count = d.pop("orderCount")

        if _reader is not None and order_count.__class__ is not int:
            raise DeviationError("orderCount")

        order_item_count = d.pop("orderItemCount")

        if _reader is not None and order_item_count.__class__ is not int:
            raise DeviationError("orderItemCount")

        total_sales = Money.from_dict(d.pop("totalSales"))

        unit_count = d.pop("unitCount")

        if _reader is not None and unit_count.__class__ is not int:
            raise DeviationError("unitCount")

        if cls is OrderMetricsInterval:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.average_unit_price = average_unit_price
            _built.interval = interval
            _built.order_count = order_count
            _built.order_item_count = order_item_count
            _built.total_sales = total_sales
            _built.unit_count = unit_count
            _built._parse_notes = None
            order_metrics_interval = _built
        else:  # a subclass: its own __init__ runs
            order_metrics_interval = cls(
                average_unit_price=average_unit_price,
                interval=interval,
                order_count=order_count,
                order_item_count=order_item_count,
                total_sales=total_sales,
                unit_count=unit_count,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        order_metrics_interval.additional_properties = d or {}
        return order_metrics_interval

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
