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
    from ..models.item_delivery_promise import ItemDeliveryPromise


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ItemDeliveryPromise
    from ..models.item_delivery_promise import ItemDeliveryPromise

    _lazy_pending = False


T = TypeVar("T", bound="ItemDelivery")


@_attrs_define
class ItemDelivery:
    """
    Attributes:
        estimated_delivery_date (datetime.datetime | Unset):
        item_delivery_promise (ItemDeliveryPromise | Unset):
    """

    estimated_delivery_date: datetime.datetime | Unset = UNSET
    item_delivery_promise: ItemDeliveryPromise | Unset = UNSET
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
        estimated_delivery_date: str | Unset = UNSET
        if not isinstance(self.estimated_delivery_date, Unset):
            estimated_delivery_date = self.estimated_delivery_date.isoformat()

        item_delivery_promise: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_delivery_promise, Unset):
            item_delivery_promise = self.item_delivery_promise.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if estimated_delivery_date is not UNSET:
            field_dict["estimatedDeliveryDate"] = estimated_delivery_date
        if item_delivery_promise is not UNSET:
            field_dict["itemDeliveryPromise"] = item_delivery_promise

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.item_delivery_promise import ItemDeliveryPromise

        return (
            (
                (
                    "estimatedDeliveryDate",
                    "estimated_delivery_date",
                    False,
                    ("datetime",),
                ),
                (
                    "itemDeliveryPromise",
                    "item_delivery_promise",
                    False,
                    ("model", ItemDeliveryPromise),
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
        _estimated_delivery_date = d.pop("estimatedDeliveryDate", UNSET)
        estimated_delivery_date = (
            UNSET
            if _estimated_delivery_date is UNSET
            else datetime.datetime.fromisoformat(_estimated_delivery_date)
        )

        if (
            _reader is not None
            and not isinstance(estimated_delivery_date, Unset)
            and estimated_delivery_date.tzinfo is None
        ):
            raise DeviationError("estimatedDeliveryDate")

        _item_delivery_promise = d.pop("itemDeliveryPromise", UNSET)
        item_delivery_promise = (
            UNSET
            if _item_delivery_promise is UNSET
            else ItemDeliveryPromise.from_dict(_item_delivery_promise)
        )

        if cls is ItemDelivery:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.estimated_delivery_date = estimated_delivery_date
            _built.item_delivery_promise = item_delivery_promise
            _built._parse_notes = None
            item_delivery = _built
        else:  # a subclass: its own __init__ runs
            item_delivery = cls(
                estimated_delivery_date=estimated_delivery_date,
                item_delivery_promise=item_delivery_promise,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        item_delivery.additional_properties = d or {}
        return item_delivery

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
