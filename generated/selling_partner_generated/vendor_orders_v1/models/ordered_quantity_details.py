from __future__ import annotations

import datetime
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
    from ..models.item_quantity import ItemQuantity


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ItemQuantity
    from ..models.item_quantity import ItemQuantity

    _lazy_pending = False


T = TypeVar("T", bound="OrderedQuantityDetails")


@_attrs_define
class OrderedQuantityDetails:
    """
    Attributes:
        cancelled_quantity (ItemQuantity | Unset):
        ordered_quantity (ItemQuantity | Unset):
        updated_date (datetime.datetime | Unset):
    """

    cancelled_quantity: ItemQuantity | Unset = UNSET
    ordered_quantity: ItemQuantity | Unset = UNSET
    updated_date: datetime.datetime | Unset = UNSET
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
        cancelled_quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cancelled_quantity, Unset):
            cancelled_quantity = self.cancelled_quantity.to_dict()

        ordered_quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ordered_quantity, Unset):
            ordered_quantity = self.ordered_quantity.to_dict()

        updated_date: str | Unset = UNSET
        if not isinstance(self.updated_date, Unset):
            updated_date = self.updated_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cancelled_quantity is not UNSET:
            field_dict["cancelledQuantity"] = cancelled_quantity
        if ordered_quantity is not UNSET:
            field_dict["orderedQuantity"] = ordered_quantity
        if updated_date is not UNSET:
            field_dict["updatedDate"] = updated_date

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.item_quantity import ItemQuantity

        return (
            (
                (
                    "cancelledQuantity",
                    "cancelled_quantity",
                    False,
                    ("model", ItemQuantity),
                ),
                ("orderedQuantity", "ordered_quantity", False, ("model", ItemQuantity)),
                ("updatedDate", "updated_date", False, ("datetime",)),
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
        _cancelled_quantity = d.pop("cancelledQuantity", UNSET)
        cancelled_quantity = (
            UNSET
            if _cancelled_quantity is UNSET
            else ItemQuantity.from_dict(_cancelled_quantity)
        )

        _ordered_quantity = d.pop("orderedQuantity", UNSET)
        ordered_quantity = (
            UNSET
            if _ordered_quantity is UNSET
            else ItemQuantity.from_dict(_ordered_quantity)
        )

        _updated_date = d.pop("updatedDate", UNSET)
        updated_date = (
            UNSET
            if _updated_date is UNSET
            else datetime.datetime.fromisoformat(_updated_date)
        )

        if (
            _reader is not None
            and not isinstance(updated_date, Unset)
            and updated_date.tzinfo is None
        ):
            raise DeviationError("updatedDate")

        if cls is OrderedQuantityDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.cancelled_quantity = cancelled_quantity
            _built.ordered_quantity = ordered_quantity
            _built.updated_date = updated_date
            _built._parse_notes = None
            ordered_quantity_details = _built
        else:  # a subclass: its own __init__ runs
            ordered_quantity_details = cls(
                cancelled_quantity=cancelled_quantity,
                ordered_quantity=ordered_quantity,
                updated_date=updated_date,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        ordered_quantity_details.additional_properties = d or {}
        return ordered_quantity_details

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
