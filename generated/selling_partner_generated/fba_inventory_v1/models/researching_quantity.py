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
    from ..models.researching_quantity_entry import ResearchingQuantityEntry


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ResearchingQuantityEntry
    from ..models.researching_quantity_entry import ResearchingQuantityEntry

    _lazy_pending = False


T = TypeVar("T", bound="ResearchingQuantity")


@_attrs_define
class ResearchingQuantity:
    """
    Attributes:
        researching_quantity_breakdown (list[ResearchingQuantityEntry] | Unset):
        total_researching_quantity (int | Unset):
    """

    researching_quantity_breakdown: list[ResearchingQuantityEntry] | Unset = UNSET
    total_researching_quantity: int | Unset = UNSET
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
        researching_quantity_breakdown: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.researching_quantity_breakdown, Unset):
            researching_quantity_breakdown = []
            for (
                researching_quantity_breakdown_item_data
            ) in self.researching_quantity_breakdown:
                researching_quantity_breakdown_item = (
                    researching_quantity_breakdown_item_data.to_dict()
                )
                researching_quantity_breakdown.append(
                    researching_quantity_breakdown_item
                )

        total_researching_quantity = self.total_researching_quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if researching_quantity_breakdown is not UNSET:
            field_dict["researchingQuantityBreakdown"] = researching_quantity_breakdown
        if total_researching_quantity is not UNSET:
            field_dict["totalResearchingQuantity"] = total_researching_quantity

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.researching_quantity_entry import ResearchingQuantityEntry

        return (
            (
                (
                    "researchingQuantityBreakdown",
                    "researching_quantity_breakdown",
                    False,
                    ("list", ("model", ResearchingQuantityEntry)),
                ),
                (
                    "totalResearchingQuantity",
                    "total_researching_quantity",
                    False,
                    ("int",),
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
        _researching_quantity_breakdown = d.pop("researchingQuantityBreakdown", UNSET)
        researching_quantity_breakdown = (
            UNSET
            if _researching_quantity_breakdown is UNSET
            else [
                ResearchingQuantityEntry.from_dict(_item)
                for _item in _researching_quantity_breakdown
            ]
        )

        total_researching_quantity = d.pop("totalResearchingQuantity", UNSET)

        if (
            _reader is not None
            and total_researching_quantity.__class__ is not int
            and total_researching_quantity is not UNSET
        ):
            raise DeviationError("totalResearchingQuantity")

        if cls is ResearchingQuantity:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.researching_quantity_breakdown = researching_quantity_breakdown
            _built.total_researching_quantity = total_researching_quantity
            _built._parse_notes = None
            researching_quantity = _built
        else:  # a subclass: its own __init__ runs
            researching_quantity = cls(
                researching_quantity_breakdown=researching_quantity_breakdown,
                total_researching_quantity=total_researching_quantity,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        researching_quantity.additional_properties = d or {}
        return researching_quantity

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
