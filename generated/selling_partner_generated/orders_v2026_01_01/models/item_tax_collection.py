from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

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

T = TypeVar("T", bound="ItemTaxCollection")


@_attrs_define
class ItemTaxCollection:
    """
    Attributes:
        model (str | Unset):
        responsible_party (str | Unset):
    """

    model: str | Unset = UNSET
    responsible_party: str | Unset = UNSET
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
        model = self.model

        responsible_party = self.responsible_party

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if responsible_party is not UNSET:
            field_dict["responsibleParty"] = responsible_party

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("model", "model", False, ("str",)),
                ("responsibleParty", "responsible_party", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        model = d.pop("model", UNSET)

        if _reader is not None and model.__class__ is not str and model is not UNSET:
            raise DeviationError("model")

        responsible_party = d.pop("responsibleParty", UNSET)

        if (
            _reader is not None
            and responsible_party.__class__ is not str
            and responsible_party is not UNSET
        ):
            raise DeviationError("responsibleParty")

        if cls is ItemTaxCollection:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.model = model
            _built.responsible_party = responsible_party
            _built._parse_notes = None
            item_tax_collection = _built
        else:  # a subclass: its own __init__ runs
            item_tax_collection = cls(
                model=model,
                responsible_party=responsible_party,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        item_tax_collection.additional_properties = d or {}
        return item_tax_collection

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
