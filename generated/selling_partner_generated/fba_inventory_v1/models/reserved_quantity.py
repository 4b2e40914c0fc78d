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

T = TypeVar("T", bound="ReservedQuantity")


@_attrs_define
class ReservedQuantity:
    """
    Attributes:
        fc_processing_quantity (int | Unset):
        pending_customer_order_quantity (int | Unset):
        pending_transshipment_quantity (int | Unset):
        total_reserved_quantity (int | Unset):
    """

    fc_processing_quantity: int | Unset = UNSET
    pending_customer_order_quantity: int | Unset = UNSET
    pending_transshipment_quantity: int | Unset = UNSET
    total_reserved_quantity: int | Unset = UNSET
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
        fc_processing_quantity = self.fc_processing_quantity

        pending_customer_order_quantity = self.pending_customer_order_quantity

        pending_transshipment_quantity = self.pending_transshipment_quantity

        total_reserved_quantity = self.total_reserved_quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fc_processing_quantity is not UNSET:
            field_dict["fcProcessingQuantity"] = fc_processing_quantity
        if pending_customer_order_quantity is not UNSET:
            field_dict["pendingCustomerOrderQuantity"] = pending_customer_order_quantity
        if pending_transshipment_quantity is not UNSET:
            field_dict["pendingTransshipmentQuantity"] = pending_transshipment_quantity
        if total_reserved_quantity is not UNSET:
            field_dict["totalReservedQuantity"] = total_reserved_quantity

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("fcProcessingQuantity", "fc_processing_quantity", False, ("int",)),
                (
                    "pendingCustomerOrderQuantity",
                    "pending_customer_order_quantity",
                    False,
                    ("int",),
                ),
                (
                    "pendingTransshipmentQuantity",
                    "pending_transshipment_quantity",
                    False,
                    ("int",),
                ),
                ("totalReservedQuantity", "total_reserved_quantity", False, ("int",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        fc_processing_quantity = d.pop("fcProcessingQuantity", UNSET)

        if (
            _reader is not None
            and fc_processing_quantity.__class__ is not int
            and fc_processing_quantity is not UNSET
        ):
            raise DeviationError("fcProcessingQuantity")

        pending_customer_order_quantity = d.pop("pendingCustomerOrderQuantity", UNSET)

        if (
            _reader is not None
            and pending_customer_order_quantity.__class__ is not int
            and pending_customer_order_quantity is not UNSET
        ):
            raise DeviationError("pendingCustomerOrderQuantity")

        pending_transshipment_quantity = d.pop("pendingTransshipmentQuantity", UNSET)

        if (
            _reader is not None
            and pending_transshipment_quantity.__class__ is not int
            and pending_transshipment_quantity is not UNSET
        ):
            raise DeviationError("pendingTransshipmentQuantity")

        total_reserved_quantity = d.pop("totalReservedQuantity", UNSET)

        if (
            _reader is not None
            and total_reserved_quantity.__class__ is not int
            and total_reserved_quantity is not UNSET
        ):
            raise DeviationError("totalReservedQuantity")

        if cls is ReservedQuantity:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.fc_processing_quantity = fc_processing_quantity
            _built.pending_customer_order_quantity = pending_customer_order_quantity
            _built.pending_transshipment_quantity = pending_transshipment_quantity
            _built.total_reserved_quantity = total_reserved_quantity
            _built._parse_notes = None
            reserved_quantity = _built
        else:  # a subclass: its own __init__ runs
            reserved_quantity = cls(
                fc_processing_quantity=fc_processing_quantity,
                pending_customer_order_quantity=pending_customer_order_quantity,
                pending_transshipment_quantity=pending_transshipment_quantity,
                total_reserved_quantity=total_reserved_quantity,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        reserved_quantity.additional_properties = d or {}
        return reserved_quantity

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
