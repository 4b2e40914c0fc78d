from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_relationship_type import ItemRelationshipType
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
    from ..models.item_variation_theme import ItemVariationTheme


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ItemVariationTheme
    from ..models.item_variation_theme import ItemVariationTheme

    _lazy_pending = False


T = TypeVar("T", bound="ItemRelationship")


@_attrs_define
class ItemRelationship:
    """
    Attributes:
        type_ (ItemRelationshipType):
        child_asins (list[str] | Unset):
        parent_asins (list[str] | Unset):
        variation_theme (ItemVariationTheme | Unset):
    """

    type_: ItemRelationshipType
    child_asins: list[str] | Unset = UNSET
    parent_asins: list[str] | Unset = UNSET
    variation_theme: ItemVariationTheme | Unset = UNSET
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
        type_ = self.type_.value

        child_asins: list[str] | Unset = UNSET
        if not isinstance(self.child_asins, Unset):
            child_asins = self.child_asins

        parent_asins: list[str] | Unset = UNSET
        if not isinstance(self.parent_asins, Unset):
            parent_asins = self.parent_asins

        variation_theme: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variation_theme, Unset):
            variation_theme = self.variation_theme.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if child_asins is not UNSET:
            field_dict["childAsins"] = child_asins
        if parent_asins is not UNSET:
            field_dict["parentAsins"] = parent_asins
        if variation_theme is not UNSET:
            field_dict["variationTheme"] = variation_theme

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.item_variation_theme import ItemVariationTheme

        return (
            (
                ("type", "type_", True, ("enum", ItemRelationshipType)),
                ("childAsins", "child_asins", False, ("list", ("str",))),
                ("parentAsins", "parent_asins", False, ("list", ("str",))),
                (
                    "variationTheme",
                    "variation_theme",
                    False,
                    ("model", ItemVariationTheme),
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
        _type_ = d.pop("type")
        type_ = (
            ItemRelationshipType._value2member_map_.get(_type_)
            if _type_.__class__ is str
            else None
        ) or ItemRelationshipType(_type_)

        child_asins = d.pop("childAsins", UNSET)

        if (
            _reader is not None
            and child_asins.__class__ is not list
            and child_asins is not UNSET
        ):
            raise DeviationError("childAsins")

        parent_asins = d.pop("parentAsins", UNSET)

        if (
            _reader is not None
            and parent_asins.__class__ is not list
            and parent_asins is not UNSET
        ):
            raise DeviationError("parentAsins")

        _variation_theme = d.pop("variationTheme", UNSET)
        variation_theme = (
            UNSET
            if _variation_theme is UNSET
            else ItemVariationTheme.from_dict(_variation_theme)
        )

        if cls is ItemRelationship:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.type_ = type_
            _built.child_asins = child_asins
            _built.parent_asins = parent_asins
            _built.variation_theme = variation_theme
            _built._parse_notes = None
            item_relationship = _built
        else:  # a subclass: its own __init__ runs
            item_relationship = cls(
                type_=type_,
                child_asins=child_asins,
                parent_asins=parent_asins,
                variation_theme=variation_theme,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        item_relationship.additional_properties = d or {}
        return item_relationship

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
