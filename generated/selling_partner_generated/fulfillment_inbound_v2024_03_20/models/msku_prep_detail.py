from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.all_owners_constraint import AllOwnersConstraint
from ..models.owner_constraint import OwnerConstraint
from ..models.prep_category import PrepCategory
from ..models.prep_type import PrepType
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

T = TypeVar("T", bound="MskuPrepDetail")


@_attrs_define
class MskuPrepDetail:
    """
    Attributes:
        msku (str):
        prep_category (PrepCategory):
        prep_types (list[PrepType]):
        all_owners_constraint (AllOwnersConstraint | Unset):
        label_owner_constraint (OwnerConstraint | Unset):
        prep_owner_constraint (OwnerConstraint | Unset):
    """

    msku: str
    prep_category: PrepCategory
    prep_types: list[PrepType]
    all_owners_constraint: AllOwnersConstraint | Unset = UNSET
    label_owner_constraint: OwnerConstraint | Unset = UNSET
    prep_owner_constraint: OwnerConstraint | Unset = UNSET
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
        msku = self.msku

        prep_category = self.prep_category.value

        prep_types = []
        for prep_types_item_data in self.prep_types:
            prep_types_item = prep_types_item_data.value
            prep_types.append(prep_types_item)

        all_owners_constraint: str | Unset = UNSET
        if not isinstance(self.all_owners_constraint, Unset):
            all_owners_constraint = self.all_owners_constraint.value

        label_owner_constraint: str | Unset = UNSET
        if not isinstance(self.label_owner_constraint, Unset):
            label_owner_constraint = self.label_owner_constraint.value

        prep_owner_constraint: str | Unset = UNSET
        if not isinstance(self.prep_owner_constraint, Unset):
            prep_owner_constraint = self.prep_owner_constraint.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "msku": msku,
                "prepCategory": prep_category,
                "prepTypes": prep_types,
            }
        )
        if all_owners_constraint is not UNSET:
            field_dict["allOwnersConstraint"] = all_owners_constraint
        if label_owner_constraint is not UNSET:
            field_dict["labelOwnerConstraint"] = label_owner_constraint
        if prep_owner_constraint is not UNSET:
            field_dict["prepOwnerConstraint"] = prep_owner_constraint

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("msku", "msku", True, ("str",)),
                ("prepCategory", "prep_category", True, ("enum", PrepCategory)),
                ("prepTypes", "prep_types", True, ("list", ("enum", PrepType))),
                (
                    "allOwnersConstraint",
                    "all_owners_constraint",
                    False,
                    ("enum", AllOwnersConstraint),
                ),
                (
                    "labelOwnerConstraint",
                    "label_owner_constraint",
                    False,
                    ("enum", OwnerConstraint),
                ),
                (
                    "prepOwnerConstraint",
                    "prep_owner_constraint",
                    False,
                    ("enum", OwnerConstraint),
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
        msku = d.pop("msku")

        if _reader is not None and msku.__class__ is not str:
            raise DeviationError("msku")

        _prep_category = d.pop("prepCategory")
        prep_category = (
            PrepCategory._value2member_map_.get(_prep_category)
            if _prep_category.__class__ is str
            else None
        ) or PrepCategory(_prep_category)

        _prep_types = d.pop("prepTypes")
        prep_types = [
            (PrepType._value2member_map_.get(_item) if _item.__class__ is str else None)
            or PrepType(_item)
            for _item in _prep_types
        ]

        _all_owners_constraint = d.pop("allOwnersConstraint", UNSET)
        all_owners_constraint = (
            UNSET
            if _all_owners_constraint is UNSET
            else (
                AllOwnersConstraint._value2member_map_.get(_all_owners_constraint)
                if _all_owners_constraint.__class__ is str
                else None
            )
            or AllOwnersConstraint(_all_owners_constraint)
        )

        _label_owner_constraint = d.pop("labelOwnerConstraint", UNSET)
        label_owner_constraint = (
            UNSET
            if _label_owner_constraint is UNSET
            else (
                OwnerConstraint._value2member_map_.get(_label_owner_constraint)
                if _label_owner_constraint.__class__ is str
                else None
            )
            or OwnerConstraint(_label_owner_constraint)
        )

        _prep_owner_constraint = d.pop("prepOwnerConstraint", UNSET)
        prep_owner_constraint = (
            UNSET
            if _prep_owner_constraint is UNSET
            else (
                OwnerConstraint._value2member_map_.get(_prep_owner_constraint)
                if _prep_owner_constraint.__class__ is str
                else None
            )
            or OwnerConstraint(_prep_owner_constraint)
        )

        if cls is MskuPrepDetail:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.msku = msku
            _built.prep_category = prep_category
            _built.prep_types = prep_types
            _built.all_owners_constraint = all_owners_constraint
            _built.label_owner_constraint = label_owner_constraint
            _built.prep_owner_constraint = prep_owner_constraint
            _built._parse_notes = None
            msku_prep_detail = _built
        else:  # a subclass: its own __init__ runs
            msku_prep_detail = cls(
                msku=msku,
                prep_category=prep_category,
                prep_types=prep_types,
                all_owners_constraint=all_owners_constraint,
                label_owner_constraint=label_owner_constraint,
                prep_owner_constraint=prep_owner_constraint,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        msku_prep_detail.additional_properties = d or {}
        return msku_prep_detail

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
