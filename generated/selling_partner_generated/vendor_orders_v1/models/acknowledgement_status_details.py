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


T = TypeVar("T", bound="AcknowledgementStatusDetails")


@_attrs_define
class AcknowledgementStatusDetails:
    """
    Attributes:
        accepted_quantity (ItemQuantity | Unset):
        acknowledgement_date (datetime.datetime | Unset):
        rejected_quantity (ItemQuantity | Unset):
    """

    accepted_quantity: ItemQuantity | Unset = UNSET
    acknowledgement_date: datetime.datetime | Unset = UNSET
    rejected_quantity: ItemQuantity | Unset = UNSET
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
        accepted_quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.accepted_quantity, Unset):
            accepted_quantity = self.accepted_quantity.to_dict()

        acknowledgement_date: str | Unset = UNSET
        if not isinstance(self.acknowledgement_date, Unset):
            acknowledgement_date = self.acknowledgement_date.isoformat()

        rejected_quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rejected_quantity, Unset):
            rejected_quantity = self.rejected_quantity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accepted_quantity is not UNSET:
            field_dict["acceptedQuantity"] = accepted_quantity
        if acknowledgement_date is not UNSET:
            field_dict["acknowledgementDate"] = acknowledgement_date
        if rejected_quantity is not UNSET:
            field_dict["rejectedQuantity"] = rejected_quantity

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.item_quantity import ItemQuantity

        return (
            (
                (
                    "acceptedQuantity",
                    "accepted_quantity",
                    False,
                    ("model", ItemQuantity),
                ),
                ("acknowledgementDate", "acknowledgement_date", False, ("datetime",)),
                (
                    "rejectedQuantity",
                    "rejected_quantity",
                    False,
                    ("model", ItemQuantity),
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
        _accepted_quantity = d.pop("acceptedQuantity", UNSET)
        accepted_quantity = (
            UNSET
            if _accepted_quantity is UNSET
            else ItemQuantity.from_dict(_accepted_quantity)
        )

        _acknowledgement_date = d.pop("acknowledgementDate", UNSET)
        acknowledgement_date = (
            UNSET
            if _acknowledgement_date is UNSET
            else datetime.datetime.fromisoformat(_acknowledgement_date)
        )

        if (
            _reader is not None
            and not isinstance(acknowledgement_date, Unset)
            and acknowledgement_date.tzinfo is None
        ):
            raise DeviationError("acknowledgementDate")

        _rejected_quantity = d.pop("rejectedQuantity", UNSET)
        rejected_quantity = (
            UNSET
            if _rejected_quantity is UNSET
            else ItemQuantity.from_dict(_rejected_quantity)
        )

        if cls is AcknowledgementStatusDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.accepted_quantity = accepted_quantity
            _built.acknowledgement_date = acknowledgement_date
            _built.rejected_quantity = rejected_quantity
            _built._parse_notes = None
            acknowledgement_status_details = _built
        else:  # a subclass: its own __init__ runs
            acknowledgement_status_details = cls(
                accepted_quantity=accepted_quantity,
                acknowledgement_date=acknowledgement_date,
                rejected_quantity=rejected_quantity,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        acknowledgement_status_details.additional_properties = d or {}
        return acknowledgement_status_details

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
