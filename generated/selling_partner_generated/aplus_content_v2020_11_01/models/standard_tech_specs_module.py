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
    from ..models.standard_text_pair_block import StandardTextPairBlock
    from ..models.text_component import TextComponent


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, StandardTextPairBlock, TextComponent
    from ..models.standard_text_pair_block import StandardTextPairBlock
    from ..models.text_component import TextComponent

    _lazy_pending = False


T = TypeVar("T", bound="StandardTechSpecsModule")


@_attrs_define
class StandardTechSpecsModule:
    """
    Attributes:
        specification_list (list[StandardTextPairBlock]):
        headline (TextComponent | Unset):
        table_count (int | Unset):
    """

    specification_list: list[StandardTextPairBlock]
    headline: TextComponent | Unset = UNSET
    table_count: int | Unset = UNSET
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
        specification_list = []
        for specification_list_item_data in self.specification_list:
            specification_list_item = specification_list_item_data.to_dict()
            specification_list.append(specification_list_item)

        headline: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headline, Unset):
            headline = self.headline.to_dict()

        table_count = self.table_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "specificationList": specification_list,
            }
        )
        if headline is not UNSET:
            field_dict["headline"] = headline
        if table_count is not UNSET:
            field_dict["tableCount"] = table_count

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.standard_text_pair_block import StandardTextPairBlock
        from ..models.text_component import TextComponent

        return (
            (
                (
                    "specificationList",
                    "specification_list",
                    True,
                    ("list", ("model", StandardTextPairBlock)),
                ),
                ("headline", "headline", False, ("model", TextComponent)),
                ("tableCount", "table_count", False, ("int",)),
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
        _specification_list = d.pop("specificationList")
        specification_list = [
            StandardTextPairBlock.from_dict(_item) for _item in _specification_list
        ]

        _headline = d.pop("headline", UNSET)
        headline = UNSET if _headline is UNSET else TextComponent.from_dict(_headline)

        table_count = d.pop("tableCount", UNSET)

        if (
            _reader is not None
            and table_count.__class__ is not int
            and table_count is not UNSET
        ):
            raise DeviationError("tableCount")

        if cls is StandardTechSpecsModule:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.specification_list = specification_list
            _built.headline = headline
            _built.table_count = table_count
            _built._parse_notes = None
            standard_tech_specs_module = _built
        else:  # a subclass: its own __init__ runs
            standard_tech_specs_module = cls(
                specification_list=specification_list,
                headline=headline,
                table_count=table_count,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        standard_tech_specs_module.additional_properties = d or {}
        return standard_tech_specs_module

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
