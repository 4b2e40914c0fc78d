from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    UNSET,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.item_tax_calculation_breakdown import ItemTaxCalculationBreakdown
    from ..models.item_tax_collection import ItemTaxCollection


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ItemTaxCalculationBreakdown, ItemTaxCollection
    from ..models.item_tax_calculation_breakdown import ItemTaxCalculationBreakdown
    from ..models.item_tax_collection import ItemTaxCollection

    _lazy_pending = False


T = TypeVar("T", bound="ItemTax")


@_attrs_define
class ItemTax:
    """
    Attributes:
        tax_calculation_breakdowns (list[ItemTaxCalculationBreakdown] | Unset):
        tax_collections (list[ItemTaxCollection] | Unset):
    """

    tax_calculation_breakdowns: list[ItemTaxCalculationBreakdown] | Unset = UNSET
    tax_collections: list[ItemTaxCollection] | Unset = UNSET
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
        tax_calculation_breakdowns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_calculation_breakdowns, Unset):
            tax_calculation_breakdowns = []
            for tax_calculation_breakdowns_item_data in self.tax_calculation_breakdowns:
                tax_calculation_breakdowns_item = (
                    tax_calculation_breakdowns_item_data.to_dict()
                )
                tax_calculation_breakdowns.append(tax_calculation_breakdowns_item)

        tax_collections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_collections, Unset):
            tax_collections = []
            for tax_collections_item_data in self.tax_collections:
                tax_collections_item = tax_collections_item_data.to_dict()
                tax_collections.append(tax_collections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tax_calculation_breakdowns is not UNSET:
            field_dict["taxCalculationBreakdowns"] = tax_calculation_breakdowns
        if tax_collections is not UNSET:
            field_dict["taxCollections"] = tax_collections

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.item_tax_calculation_breakdown import ItemTaxCalculationBreakdown
        from ..models.item_tax_collection import ItemTaxCollection

        return (
            (
                (
                    "taxCalculationBreakdowns",
                    "tax_calculation_breakdowns",
                    False,
                    ("list", ("model", ItemTaxCalculationBreakdown)),
                ),
                (
                    "taxCollections",
                    "tax_collections",
                    False,
                    ("list", ("model", ItemTaxCollection)),
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
        _tax_calculation_breakdowns = d.pop("taxCalculationBreakdowns", UNSET)
        tax_calculation_breakdowns = (
            UNSET
            if _tax_calculation_breakdowns is UNSET
            else [
                ItemTaxCalculationBreakdown.from_dict(_item)
                for _item in _tax_calculation_breakdowns
            ]
        )

        _tax_collections = d.pop("taxCollections", UNSET)
        tax_collections = (
            UNSET
            if _tax_collections is UNSET
            else [ItemTaxCollection.from_dict(_item) for _item in _tax_collections]
        )

        if cls is ItemTax:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.tax_calculation_breakdowns = tax_calculation_breakdowns
            _built.tax_collections = tax_collections
            _built._parse_notes = None
            item_tax = _built
        else:  # a subclass: its own __init__ runs
            item_tax = cls(
                tax_calculation_breakdowns=tax_calculation_breakdowns,
                tax_collections=tax_collections,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        item_tax.additional_properties = d or {}
        return item_tax

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
