from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_collection_model import TaxCollectionModel
from ..models.tax_collection_responsible_party import TaxCollectionResponsibleParty
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

T = TypeVar("T", bound="TaxCollection")


@_attrs_define
class TaxCollection:
    """
    Attributes:
        model (TaxCollectionModel | Unset):
        responsible_party (TaxCollectionResponsibleParty | Unset):
    """

    model: TaxCollectionModel | Unset = UNSET
    responsible_party: TaxCollectionResponsibleParty | Unset = UNSET
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
        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.value

        responsible_party: str | Unset = UNSET
        if not isinstance(self.responsible_party, Unset):
            responsible_party = self.responsible_party.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model is not UNSET:
            field_dict["Model"] = model
        if responsible_party is not UNSET:
            field_dict["ResponsibleParty"] = responsible_party

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("Model", "model", False, ("enum", TaxCollectionModel)),
                (
                    "ResponsibleParty",
                    "responsible_party",
                    False,
                    ("enum", TaxCollectionResponsibleParty),
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
        _model = d.pop("Model", UNSET)
        model = (
            UNSET
            if _model is UNSET
            else (
                TaxCollectionModel._value2member_map_.get(_model)
                if _model.__class__ is str
                else None
            )
            or TaxCollectionModel(_model)
        )

        _responsible_party = d.pop("ResponsibleParty", UNSET)
        responsible_party = (
            UNSET
            if _responsible_party is UNSET
            else (
                TaxCollectionResponsibleParty._value2member_map_.get(_responsible_party)
                if _responsible_party.__class__ is str
                else None
            )
            or TaxCollectionResponsibleParty(_responsible_party)
        )

        if cls is TaxCollection:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.model = model
            _built.responsible_party = responsible_party
            _built._parse_notes = None
            tax_collection = _built
        else:  # a subclass: its own __init__ runs
            tax_collection = cls(
                model=model,
                responsible_party=responsible_party,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        tax_collection.additional_properties = d or {}
        return tax_collection

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
