from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.granularity import Granularity
    from ..models.inventory_summary import InventorySummary


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Granularity, InventorySummary
    from ..models.granularity import Granularity
    from ..models.inventory_summary import InventorySummary

    _lazy_pending = False


T = TypeVar("T", bound="GetInventorySummariesResult")


@_attrs_define
class GetInventorySummariesResult:
    """
    Attributes:
        granularity (Granularity):
        inventory_summaries (list[InventorySummary]):
    """

    granularity: Granularity
    inventory_summaries: list[InventorySummary]
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
        granularity = self.granularity.to_dict()

        inventory_summaries = []
        for componentsschemas_inventory_summaries_item_data in self.inventory_summaries:
            componentsschemas_inventory_summaries_item = (
                componentsschemas_inventory_summaries_item_data.to_dict()
            )
            inventory_summaries.append(componentsschemas_inventory_summaries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "granularity": granularity,
                "inventorySummaries": inventory_summaries,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.granularity import Granularity
        from ..models.inventory_summary import InventorySummary

        return (
            (
                ("granularity", "granularity", True, ("model", Granularity)),
                (
                    "inventorySummaries",
                    "inventory_summaries",
                    True,
                    ("list", ("model", InventorySummary)),
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
        granularity = Granularity.from_dict(d.pop("granularity"))

        _inventory_summaries = d.pop("inventorySummaries")
        inventory_summaries = [
            InventorySummary.from_dict(_item) for _item in _inventory_summaries
        ]

        if cls is GetInventorySummariesResult:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.granularity = granularity
            _built.inventory_summaries = inventory_summaries
            _built._parse_notes = None
            get_inventory_summaries_result = _built
        else:  # a subclass: its own __init__ runs
            get_inventory_summaries_result = cls(
                granularity=granularity,
                inventory_summaries=inventory_summaries,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        get_inventory_summaries_result.additional_properties = d or {}
        return get_inventory_summaries_result

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
