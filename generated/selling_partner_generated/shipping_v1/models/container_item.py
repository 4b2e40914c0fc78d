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
    from ..models.currency import Currency
    from ..models.weight import Weight


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Currency, Weight
    from ..models.currency import Currency
    from ..models.weight import Weight

    _lazy_pending = False


T = TypeVar("T", bound="ContainerItem")


@_attrs_define
class ContainerItem:
    """
    Attributes:
        quantity (float):
        title (str):
        unit_price (Currency):
        unit_weight (Weight):
    """

    quantity: float
    title: str
    unit_price: Currency
    unit_weight: Weight
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

        title = self.title

        unit_price = self.unit_price.to_dict()

        unit_weight = self.unit_weight.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quantity": quantity,
                "title": title,
                "unitPrice": unit_price,
                "unitWeight": unit_weight,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.currency import Currency
        from ..models.weight import Weight

        return (
            (
                ("quantity", "quantity", True, ("float",)),
                ("title", "title", True, ("str",)),
                ("unitPrice", "unit_price", True, ("model", Currency)),
                ("unitWeight", "unit_weight", True, ("model", Weight)),
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

        if (
            _reader is not None
            and quantity.__class__ is not float
            and quantity.__class__ is not int
        ):
            raise DeviationError("quantity")

        title = d.pop("title")

        if _reader is not None and title.__class__ is not str:
            raise DeviationError("title")

        unit_price = Currency.from_dict(d.pop("unitPrice"))

        unit_weight = Weight.from_dict(d.pop("unitWeight"))

        if cls is ContainerItem:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.quantity = quantity
            _built.title = title
            _built.unit_price = unit_price
            _built.unit_weight = unit_weight
            _built._parse_notes = None
            container_item = _built
        else:  # a subclass: its own __init__ runs
            container_item = cls(
                quantity=quantity,
                title=title,
                unit_price=unit_price,
                unit_weight=unit_weight,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        container_item.additional_properties = d or {}
        return container_item

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
