from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_related_identifier_item_related_identifier_name import (
    ItemRelatedIdentifierItemRelatedIdentifierName,
)
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

T = TypeVar("T", bound="ItemRelatedIdentifier")


@_attrs_define
class ItemRelatedIdentifier:
    """
    Attributes:
        item_related_identifier_name (ItemRelatedIdentifierItemRelatedIdentifierName | Unset):
        item_related_identifier_value (str | Unset):
    """

    item_related_identifier_name: (
        ItemRelatedIdentifierItemRelatedIdentifierName | Unset
    ) = UNSET
    item_related_identifier_value: str | Unset = UNSET
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
        item_related_identifier_name: str | Unset = UNSET
        if not isinstance(self.item_related_identifier_name, Unset):
            item_related_identifier_name = self.item_related_identifier_name.value

        item_related_identifier_value = self.item_related_identifier_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_related_identifier_name is not UNSET:
            field_dict["itemRelatedIdentifierName"] = item_related_identifier_name
        if item_related_identifier_value is not UNSET:
            field_dict["itemRelatedIdentifierValue"] = item_related_identifier_value

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                (
                    "itemRelatedIdentifierName",
                    "item_related_identifier_name",
                    False,
                    ("enum", ItemRelatedIdentifierItemRelatedIdentifierName),
                ),
                (
                    "itemRelatedIdentifierValue",
                    "item_related_identifier_value",
                    False,
                    ("str",),
                ),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        _item_related_identifier_name = d.pop("itemRelatedIdentifierName", UNSET)
        item_related_identifier_name = (
            UNSET
            if _item_related_identifier_name is UNSET
            else (
                ItemRelatedIdentifierItemRelatedIdentifierName._value2member_map_.get(
                    _item_related_identifier_name
                )
                if _item_related_identifier_name.__class__ is str
                else None
            )
            or ItemRelatedIdentifierItemRelatedIdentifierName(
                _item_related_identifier_name
            )
        )

        item_related_identifier_value = d.pop("itemRelatedIdentifierValue", UNSET)

        if (
            _reader is not None
            and item_related_identifier_value.__class__ is not str
            and item_related_identifier_value is not UNSET
        ):
            raise DeviationError("itemRelatedIdentifierValue")

        if cls is ItemRelatedIdentifier:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.item_related_identifier_name = item_related_identifier_name
            _built.item_related_identifier_value = item_related_identifier_value
            _built._parse_notes = None
            item_related_identifier = _built
        else:  # a subclass: its own __init__ runs
            item_related_identifier = cls(
                item_related_identifier_name=item_related_identifier_name,
                item_related_identifier_value=item_related_identifier_value,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        item_related_identifier.additional_properties = d or {}
        return item_related_identifier

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
