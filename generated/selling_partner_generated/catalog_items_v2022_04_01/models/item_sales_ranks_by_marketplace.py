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
    from ..models.item_classification_sales_rank import ItemClassificationSalesRank
    from ..models.item_display_group_sales_rank import ItemDisplayGroupSalesRank


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ItemClassificationSalesRank, ItemDisplayGroupSalesRank
    from ..models.item_classification_sales_rank import ItemClassificationSalesRank
    from ..models.item_display_group_sales_rank import ItemDisplayGroupSalesRank

    _lazy_pending = False


T = TypeVar("T", bound="ItemSalesRanksByMarketplace")


@_attrs_define
class ItemSalesRanksByMarketplace:
    """
    Attributes:
        marketplace_id (str):
        classification_ranks (list[ItemClassificationSalesRank] | Unset):
        display_group_ranks (list[ItemDisplayGroupSalesRank] | Unset):
    """

    marketplace_id: str
    classification_ranks: list[ItemClassificationSalesRank] | Unset = UNSET
    display_group_ranks: list[ItemDisplayGroupSalesRank] | Unset = UNSET
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
        marketplace_id = self.marketplace_id

        classification_ranks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.classification_ranks, Unset):
            classification_ranks = []
            for classification_ranks_item_data in self.classification_ranks:
                classification_ranks_item = classification_ranks_item_data.to_dict()
                classification_ranks.append(classification_ranks_item)

        display_group_ranks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.display_group_ranks, Unset):
            display_group_ranks = []
            for display_group_ranks_item_data in self.display_group_ranks:
                display_group_ranks_item = display_group_ranks_item_data.to_dict()
                display_group_ranks.append(display_group_ranks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "marketplaceId": marketplace_id,
            }
        )
        if classification_ranks is not UNSET:
            field_dict["classificationRanks"] = classification_ranks
        if display_group_ranks is not UNSET:
            field_dict["displayGroupRanks"] = display_group_ranks

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.item_classification_sales_rank import ItemClassificationSalesRank
        from ..models.item_display_group_sales_rank import ItemDisplayGroupSalesRank

        return (
            (
                ("marketplaceId", "marketplace_id", True, ("str",)),
                (
                    "classificationRanks",
                    "classification_ranks",
                    False,
                    ("list", ("model", ItemClassificationSalesRank)),
                ),
                (
                    "displayGroupRanks",
                    "display_group_ranks",
                    False,
                    ("list", ("model", ItemDisplayGroupSalesRank)),
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
        marketplace_id = d.pop("marketplaceId")

        if _reader is not None and marketplace_id.__class__ is not str:
            raise DeviationError("marketplaceId")

        _classification_ranks = d.pop("classificationRanks", UNSET)
        classification_ranks = (
            UNSET
            if _classification_ranks is UNSET
            else [
                ItemClassificationSalesRank.from_dict(_item)
                for _item in _classification_ranks
            ]
        )

        _display_group_ranks = d.pop("displayGroupRanks", UNSET)
        display_group_ranks = (
            UNSET
            if _display_group_ranks is UNSET
            else [
                ItemDisplayGroupSalesRank.from_dict(_item)
                for _item in _display_group_ranks
            ]
        )

        if cls is ItemSalesRanksByMarketplace:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.marketplace_id = marketplace_id
            _built.classification_ranks = classification_ranks
            _built.display_group_ranks = display_group_ranks
            _built._parse_notes = None
            item_sales_ranks_by_marketplace = _built
        else:  # a subclass: its own __init__ runs
            item_sales_ranks_by_marketplace = cls(
                marketplace_id=marketplace_id,
                classification_ranks=classification_ranks,
                display_group_ranks=display_group_ranks,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        item_sales_ranks_by_marketplace.additional_properties = d or {}
        return item_sales_ranks_by_marketplace

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
