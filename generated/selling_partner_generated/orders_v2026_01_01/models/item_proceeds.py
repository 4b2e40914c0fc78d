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
    from ..models.item_proceeds_breakdown import ItemProceedsBreakdown
    from ..models.money import Money


T = TypeVar("T", bound="ItemProceeds")


@_attrs_define
class ItemProceeds:
    """
    Attributes:
        breakdowns (list[ItemProceedsBreakdown] | Unset):
        proceeds_total (Money | Unset):
    """

    breakdowns: list[ItemProceedsBreakdown] | Unset = UNSET
    proceeds_total: Money | Unset = UNSET
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
        breakdowns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.breakdowns, Unset):
            breakdowns = []
            for breakdowns_item_data in self.breakdowns:
                breakdowns_item = breakdowns_item_data.to_dict()
                breakdowns.append(breakdowns_item)

        proceeds_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.proceeds_total, Unset):
            proceeds_total = self.proceeds_total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if breakdowns is not UNSET:
            field_dict["breakdowns"] = breakdowns
        if proceeds_total is not UNSET:
            field_dict["proceedsTotal"] = proceeds_total

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.item_proceeds_breakdown import ItemProceedsBreakdown
        from ..models.money import Money

        return (
            (
                (
                    "breakdowns",
                    "breakdowns",
                    False,
                    ("list", ("model", ItemProceedsBreakdown)),
                ),
                ("proceedsTotal", "proceeds_total", False, ("model", Money)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        from ..models.item_proceeds_breakdown import ItemProceedsBreakdown
        from ..models.money import Money

        d = dict(src_dict)
        _breakdowns = d.pop("breakdowns", UNSET)
        breakdowns: list[ItemProceedsBreakdown] | Unset = UNSET
        if _breakdowns is not UNSET:
            breakdowns = []
            for breakdowns_item_data in _breakdowns:
                breakdowns_item = ItemProceedsBreakdown.from_dict(breakdowns_item_data)

                breakdowns.append(breakdowns_item)

        _proceeds_total = d.pop("proceedsTotal", UNSET)
        proceeds_total: Money | Unset
        if isinstance(_proceeds_total, Unset):
            proceeds_total = UNSET
        else:
            proceeds_total = Money.from_dict(_proceeds_total)

        item_proceeds = cls(
            breakdowns=breakdowns,
            proceeds_total=proceeds_total,
        )

        item_proceeds.additional_properties = d
        return item_proceeds

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
