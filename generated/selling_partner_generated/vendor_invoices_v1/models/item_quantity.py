from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_quantity_unit_of_measure import ItemQuantityUnitOfMeasure
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
    from ..models.total_weight import TotalWeight


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, TotalWeight
    from ..models.total_weight import TotalWeight

    _lazy_pending = False


T = TypeVar("T", bound="ItemQuantity")


@_attrs_define
class ItemQuantity:
    """
    Attributes:
        amount (int):
        unit_of_measure (ItemQuantityUnitOfMeasure):
        total_weight (TotalWeight | Unset):
        unit_size (int | Unset):
    """

    amount: int
    unit_of_measure: ItemQuantityUnitOfMeasure
    total_weight: TotalWeight | Unset = UNSET
    unit_size: int | Unset = UNSET
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
        amount = self.amount

        unit_of_measure = self.unit_of_measure.value

        total_weight: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_weight, Unset):
            total_weight = self.total_weight.to_dict()

        unit_size = self.unit_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "unitOfMeasure": unit_of_measure,
            }
        )
        if total_weight is not UNSET:
            field_dict["totalWeight"] = total_weight
        if unit_size is not UNSET:
            field_dict["unitSize"] = unit_size

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.total_weight import TotalWeight

        return (
            (
                ("amount", "amount", True, ("int",)),
                (
                    "unitOfMeasure",
                    "unit_of_measure",
                    True,
                    ("enum", ItemQuantityUnitOfMeasure),
                ),
                ("totalWeight", "total_weight", False, ("model", TotalWeight)),
                ("unitSize", "unit_size", False, ("int",)),
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
        amount = d.pop("amount")

        if _reader is not None and amount.__class__ is not int:
            raise DeviationError("amount")

        _unit_of_measure = d.pop("unitOfMeasure")
        unit_of_measure = (
            ItemQuantityUnitOfMeasure._value2member_map_.get(_unit_of_measure)
            if _unit_of_measure.__class__ is str
            else None
        ) or ItemQuantityUnitOfMeasure(_unit_of_measure)

        _total_weight = d.pop("totalWeight", UNSET)
        total_weight = (
            UNSET if _total_weight is UNSET else TotalWeight.from_dict(_total_weight)
        )

        unit_size = d.pop("unitSize", UNSET)

        if (
            _reader is not None
            and unit_size.__class__ is not int
            and unit_size is not UNSET
        ):
            raise DeviationError("unitSize")

        if cls is ItemQuantity:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.amount = amount
            _built.unit_of_measure = unit_of_measure
            _built.total_weight = total_weight
            _built.unit_size = unit_size
            _built._parse_notes = None
            item_quantity = _built
        else:  # a subclass: its own __init__ runs
            item_quantity = cls(
                amount=amount,
                unit_of_measure=unit_of_measure,
                total_weight=total_weight,
                unit_size=unit_size,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        item_quantity.additional_properties = d or {}
        return item_quantity

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
