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

T = TypeVar("T", bound="InventoryDetails")


@_attrs_define
class InventoryDetails:
    """
    Attributes:
        available_distributable_quantity (int | Unset):
        replenishment_quantity (int | Unset):
        reserved_distributable_quantity (int | Unset):
    """

    available_distributable_quantity: int | Unset = UNSET
    replenishment_quantity: int | Unset = UNSET
    reserved_distributable_quantity: int | Unset = UNSET
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
        available_distributable_quantity = self.available_distributable_quantity

        replenishment_quantity = self.replenishment_quantity

        reserved_distributable_quantity = self.reserved_distributable_quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if available_distributable_quantity is not UNSET:
            field_dict["availableDistributableQuantity"] = (
                available_distributable_quantity
            )
        if replenishment_quantity is not UNSET:
            field_dict["replenishmentQuantity"] = replenishment_quantity
        if reserved_distributable_quantity is not UNSET:
            field_dict["reservedDistributableQuantity"] = (
                reserved_distributable_quantity
            )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                (
                    "availableDistributableQuantity",
                    "available_distributable_quantity",
                    False,
                    ("int",),
                ),
                ("replenishmentQuantity", "replenishment_quantity", False, ("int",)),
                (
                    "reservedDistributableQuantity",
                    "reserved_distributable_quantity",
                    False,
                    ("int",),
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
        available_distributable_quantity = d.pop(
            "availableDistributableQuantity", UNSET
        )

        if (
            _reader is not None
            and available_distributable_quantity.__class__ is not int
            and available_distributable_quantity is not UNSET
        ):
            raise DeviationError("availableDistributableQuantity")

        replenishment_quantity = d.pop("replenishmentQuantity", UNSET)

        if (
            _reader is not None
            and replenishment_quantity.__class__ is not int
            and replenishment_quantity is not UNSET
        ):
            raise DeviationError("replenishmentQuantity")

        reserved_distributable_quantity = d.pop("reservedDistributableQuantity", UNSET)

        if (
            _reader is not None
            and reserved_distributable_quantity.__class__ is not int
            and reserved_distributable_quantity is not UNSET
        ):
            raise DeviationError("reservedDistributableQuantity")

        if cls is InventoryDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.available_distributable_quantity = available_distributable_quantity
            _built.replenishment_quantity = replenishment_quantity
            _built.reserved_distributable_quantity = reserved_distributable_quantity
            _built._parse_notes = None
            inventory_details = _built
        else:  # a subclass: its own __init__ runs
            inventory_details = cls(
                available_distributable_quantity=available_distributable_quantity,
                replenishment_quantity=replenishment_quantity,
                reserved_distributable_quantity=reserved_distributable_quantity,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        inventory_details.additional_properties = d or {}
        return inventory_details

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
