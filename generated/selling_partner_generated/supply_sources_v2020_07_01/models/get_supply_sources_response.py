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
    from ..models.supply_source_list_item import SupplySourceListItem


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, SupplySourceListItem
    from ..models.supply_source_list_item import SupplySourceListItem

    _lazy_pending = False


T = TypeVar("T", bound="GetSupplySourcesResponse")


@_attrs_define
class GetSupplySourcesResponse:
    """
    Attributes:
        next_page_token (str | Unset):
        supply_sources (list[SupplySourceListItem] | Unset):
    """

    next_page_token: str | Unset = UNSET
    supply_sources: list[SupplySourceListItem] | Unset = UNSET
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
        next_page_token = self.next_page_token

        supply_sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.supply_sources, Unset):
            supply_sources = []
            for componentsschemas_supply_source_list_item_data in self.supply_sources:
                componentsschemas_supply_source_list_item = (
                    componentsschemas_supply_source_list_item_data.to_dict()
                )
                supply_sources.append(componentsschemas_supply_source_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if next_page_token is not UNSET:
            field_dict["nextPageToken"] = next_page_token
        if supply_sources is not UNSET:
            field_dict["supplySources"] = supply_sources

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.supply_source_list_item import SupplySourceListItem

        return (
            (
                ("nextPageToken", "next_page_token", False, ("str",)),
                (
                    "supplySources",
                    "supply_sources",
                    False,
                    ("list", ("model", SupplySourceListItem)),
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
        next_page_token = d.pop("nextPageToken", UNSET)

        if (
            _reader is not None
            and next_page_token.__class__ is not str
            and next_page_token is not UNSET
        ):
            raise DeviationError("nextPageToken")

        _supply_sources = d.pop("supplySources", UNSET)
        supply_sources = (
            UNSET
            if _supply_sources is UNSET
            else [SupplySourceListItem.from_dict(_item) for _item in _supply_sources]
        )

        if cls is GetSupplySourcesResponse:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.next_page_token = next_page_token
            _built.supply_sources = supply_sources
            _built._parse_notes = None
            get_supply_sources_response = _built
        else:  # a subclass: its own __init__ runs
            get_supply_sources_response = cls(
                next_page_token=next_page_token,
                supply_sources=supply_sources,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        get_supply_sources_response.additional_properties = d or {}
        return get_supply_sources_response

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
