from __future__ import annotations

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
    from ..models.researching_quantity import ResearchingQuantity
    from ..models.reserved_quantity import ReservedQuantity
    from ..models.unfulfillable_quantity import UnfulfillableQuantity


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ResearchingQuantity, ReservedQuantity, UnfulfillableQuantity
    from ..models.researching_quantity import ResearchingQuantity
    from ..models.reserved_quantity import ReservedQuantity
    from ..models.unfulfillable_quantity import UnfulfillableQuantity

    _lazy_pending = False


T = TypeVar("T", bound="InventoryDetails")


@_attrs_define
class InventoryDetails:
    """
    Attributes:
        fulfillable_quantity (int | Unset):
        inbound_receiving_quantity (int | Unset):
        inbound_shipped_quantity (int | Unset):
        inbound_working_quantity (int | Unset):
        researching_quantity (ResearchingQuantity | Unset):
        reserved_quantity (ReservedQuantity | Unset):
        unfulfillable_quantity (UnfulfillableQuantity | Unset):
    """

    fulfillable_quantity: int | Unset = UNSET
    inbound_receiving_quantity: int | Unset = UNSET
    inbound_shipped_quantity: int | Unset = UNSET
    inbound_working_quantity: int | Unset = UNSET
    researching_quantity: ResearchingQuantity | Unset = UNSET
    reserved_quantity: ReservedQuantity | Unset = UNSET
    unfulfillable_quantity: UnfulfillableQuantity | Unset = UNSET
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
        fulfillable_quantity = self.fulfillable_quantity

        inbound_receiving_quantity = self.inbound_receiving_quantity

        inbound_shipped_quantity = self.inbound_shipped_quantity

        inbound_working_quantity = self.inbound_working_quantity

        researching_quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.researching_quantity, Unset):
            researching_quantity = self.researching_quantity.to_dict()

        reserved_quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reserved_quantity, Unset):
            reserved_quantity = self.reserved_quantity.to_dict()

        unfulfillable_quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unfulfillable_quantity, Unset):
            unfulfillable_quantity = self.unfulfillable_quantity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fulfillable_quantity is not UNSET:
            field_dict["fulfillableQuantity"] = fulfillable_quantity
        if inbound_receiving_quantity is not UNSET:
            field_dict["inboundReceivingQuantity"] = inbound_receiving_quantity
        if inbound_shipped_quantity is not UNSET:
            field_dict["inboundShippedQuantity"] = inbound_shipped_quantity
        if inbound_working_quantity is not UNSET:
            field_dict["inboundWorkingQuantity"] = inbound_working_quantity
        if researching_quantity is not UNSET:
            field_dict["researchingQuantity"] = researching_quantity
        if reserved_quantity is not UNSET:
            field_dict["reservedQuantity"] = reserved_quantity
        if unfulfillable_quantity is not UNSET:
            field_dict["unfulfillableQuantity"] = unfulfillable_quantity

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.researching_quantity import ResearchingQuantity
        from ..models.reserved_quantity import ReservedQuantity
        from ..models.unfulfillable_quantity import UnfulfillableQuantity

        return (
            (
                ("fulfillableQuantity", "fulfillable_quantity", False, ("int",)),
                (
                    "inboundReceivingQuantity",
                    "inbound_receiving_quantity",
                    False,
                    ("int",),
                ),
                ("inboundShippedQuantity", "inbound_shipped_quantity", False, ("int",)),
                ("inboundWorkingQuantity", "inbound_working_quantity", False, ("int",)),
                (
                    "researchingQuantity",
                    "researching_quantity",
                    False,
                    ("model", ResearchingQuantity),
                ),
                (
                    "reservedQuantity",
                    "reserved_quantity",
                    False,
                    ("model", ReservedQuantity),
                ),
                (
                    "unfulfillableQuantity",
                    "unfulfillable_quantity",
                    False,
                    ("model", UnfulfillableQuantity),
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
        fulfillable_quantity = d.pop("fulfillableQuantity", UNSET)

        if (
            _reader is not None
            and fulfillable_quantity.__class__ is not int
            and fulfillable_quantity is not UNSET
        ):
            raise DeviationError("fulfillableQuantity")

        inbound_receiving_quantity = d.pop("inboundReceivingQuantity", UNSET)

        if (
            _reader is not None
            and inbound_receiving_quantity.__class__ is not int
            and inbound_receiving_quantity is not UNSET
        ):
            raise DeviationError("inboundReceivingQuantity")

        inbound_shipped_quantity = d.pop("inboundShippedQuantity", UNSET)

        if (
            _reader is not None
            and inbound_shipped_quantity.__class__ is not int
            and inbound_shipped_quantity is not UNSET
        ):
            raise DeviationError("inboundShippedQuantity")

        inbound_working_quantity = d.pop("inboundWorkingQuantity", UNSET)

        if (
            _reader is not None
            and inbound_working_quantity.__class__ is not int
            and inbound_working_quantity is not UNSET
        ):
            raise DeviationError("inboundWorkingQuantity")

        _researching_quantity = d.pop("researchingQuantity", UNSET)
        researching_quantity = (
            UNSET
            if _researching_quantity is UNSET
            else ResearchingQuantity.from_dict(_researching_quantity)
        )

        _reserved_quantity = d.pop("reservedQuantity", UNSET)
        reserved_quantity = (
            UNSET
            if _reserved_quantity is UNSET
            else ReservedQuantity.from_dict(_reserved_quantity)
        )

        _unfulfillable_quantity = d.pop("unfulfillableQuantity", UNSET)
        unfulfillable_quantity = (
            UNSET
            if _unfulfillable_quantity is UNSET
            else UnfulfillableQuantity.from_dict(_unfulfillable_quantity)
        )

        if cls is InventoryDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.fulfillable_quantity = fulfillable_quantity
            _built.inbound_receiving_quantity = inbound_receiving_quantity
            _built.inbound_shipped_quantity = inbound_shipped_quantity
            _built.inbound_working_quantity = inbound_working_quantity
            _built.researching_quantity = researching_quantity
            _built.reserved_quantity = reserved_quantity
            _built.unfulfillable_quantity = unfulfillable_quantity
            _built._parse_notes = None
            inventory_details = _built
        else:  # a subclass: its own __init__ runs
            inventory_details = cls(
                fulfillable_quantity=fulfillable_quantity,
                inbound_receiving_quantity=inbound_receiving_quantity,
                inbound_shipped_quantity=inbound_shipped_quantity,
                inbound_working_quantity=inbound_working_quantity,
                researching_quantity=researching_quantity,
                reserved_quantity=reserved_quantity,
                unfulfillable_quantity=unfulfillable_quantity,
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
