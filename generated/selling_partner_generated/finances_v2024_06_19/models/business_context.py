from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.business_context_store_name import BusinessContextStoreName
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

T = TypeVar("T", bound="BusinessContext")


@_attrs_define
class BusinessContext:
    """
    Attributes:
        store_name (BusinessContextStoreName | Unset):
    """

    store_name: BusinessContextStoreName | Unset = UNSET
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
        store_name: str | Unset = UNSET
        if not isinstance(self.store_name, Unset):
            store_name = self.store_name.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if store_name is not UNSET:
            field_dict["storeName"] = store_name

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (("storeName", "store_name", False, ("enum", BusinessContextStoreName)),),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        _store_name = d.pop("storeName", UNSET)
        store_name = (
            UNSET
            if _store_name is UNSET
            else (
                BusinessContextStoreName._value2member_map_.get(_store_name)
                if _store_name.__class__ is str
                else None
            )
            or BusinessContextStoreName(_store_name)
        )

        if cls is BusinessContext:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.store_name = store_name
            _built._parse_notes = None
            business_context = _built
        else:  # a subclass: its own __init__ runs
            business_context = cls(
                store_name=store_name,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        business_context.additional_properties = d or {}
        return business_context

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
