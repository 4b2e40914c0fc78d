from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.label_owner import LabelOwner
from ..models.prep_owner import PrepOwner
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

T = TypeVar("T", bound="ItemInput")


@_attrs_define
class ItemInput:
    """
    Attributes:
        label_owner (LabelOwner):
        msku (str):
        prep_owner (PrepOwner):
        quantity (int):
        expiration (str | Unset):
        manufacturing_lot_code (str | Unset):
    """

    label_owner: LabelOwner
    msku: str
    prep_owner: PrepOwner
    quantity: int
    expiration: str | Unset = UNSET
    manufacturing_lot_code: str | Unset = UNSET
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
        label_owner = self.label_owner.value

        msku = self.msku

        prep_owner = self.prep_owner.value

        quantity = self.quantity

        expiration = self.expiration

        manufacturing_lot_code = self.manufacturing_lot_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "labelOwner": label_owner,
                "msku": msku,
                "prepOwner": prep_owner,
                "quantity": quantity,
            }
        )
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if manufacturing_lot_code is not UNSET:
            field_dict["manufacturingLotCode"] = manufacturing_lot_code

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("labelOwner", "label_owner", True, ("enum", LabelOwner)),
                ("msku", "msku", True, ("str",)),
                ("prepOwner", "prep_owner", True, ("enum", PrepOwner)),
                ("quantity", "quantity", True, ("int",)),
                ("expiration", "expiration", False, ("str",)),
                ("manufacturingLotCode", "manufacturing_lot_code", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        _label_owner = d.pop("labelOwner")
        label_owner = (
            LabelOwner._value2member_map_.get(_label_owner)
            if _label_owner.__class__ is str
            else None
        ) or LabelOwner(_label_owner)

        msku = d.pop("msku")

        if _reader is not None and msku.__class__ is not str:
            raise DeviationError("msku")

        _prep_owner = d.pop("prepOwner")
        prep_owner = (
            PrepOwner._value2member_map_.get(_prep_owner)
            if _prep_owner.__class__ is str
            else None
        ) or PrepOwner(_prep_owner)

        quantity = d.pop("quantity")

        if _reader is not None and quantity.__class__ is not int:
            raise DeviationError("quantity")

        expiration = d.pop("expiration", UNSET)

        if (
            _reader is not None
            and expiration.__class__ is not str
            and expiration is not UNSET
        ):
            raise DeviationError("expiration")

        manufacturing_lot_code = d.pop("manufacturingLotCode", UNSET)

        if (
            _reader is not None
            and manufacturing_lot_code.__class__ is not str
            and manufacturing_lot_code is not UNSET
        ):
            raise DeviationError("manufacturingLotCode")

        if cls is ItemInput:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.label_owner = label_owner
            _built.msku = msku
            _built.prep_owner = prep_owner
            _built.quantity = quantity
            _built.expiration = expiration
            _built.manufacturing_lot_code = manufacturing_lot_code
            _built._parse_notes = None
            item_input = _built
        else:  # a subclass: its own __init__ runs
            item_input = cls(
                label_owner=label_owner,
                msku=msku,
                prep_owner=prep_owner,
                quantity=quantity,
                expiration=expiration,
                manufacturing_lot_code=manufacturing_lot_code,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        item_input.additional_properties = d or {}
        return item_input

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
