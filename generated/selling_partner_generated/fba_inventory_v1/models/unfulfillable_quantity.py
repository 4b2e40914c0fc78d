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

T = TypeVar("T", bound="UnfulfillableQuantity")


@_attrs_define
class UnfulfillableQuantity:
    """
    Attributes:
        carrier_damaged_quantity (int | Unset):
        customer_damaged_quantity (int | Unset):
        defective_quantity (int | Unset):
        distributor_damaged_quantity (int | Unset):
        expired_quantity (int | Unset):
        total_unfulfillable_quantity (int | Unset):
        warehouse_damaged_quantity (int | Unset):
    """

    carrier_damaged_quantity: int | Unset = UNSET
    customer_damaged_quantity: int | Unset = UNSET
    defective_quantity: int | Unset = UNSET
    distributor_damaged_quantity: int | Unset = UNSET
    expired_quantity: int | Unset = UNSET
    total_unfulfillable_quantity: int | Unset = UNSET
    warehouse_damaged_quantity: int | Unset = UNSET
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
        carrier_damaged_quantity = self.carrier_damaged_quantity

        customer_damaged_quantity = self.customer_damaged_quantity

        defective_quantity = self.defective_quantity

        distributor_damaged_quantity = self.distributor_damaged_quantity

        expired_quantity = self.expired_quantity

        total_unfulfillable_quantity = self.total_unfulfillable_quantity

        warehouse_damaged_quantity = self.warehouse_damaged_quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if carrier_damaged_quantity is not UNSET:
            field_dict["carrierDamagedQuantity"] = carrier_damaged_quantity
        if customer_damaged_quantity is not UNSET:
            field_dict["customerDamagedQuantity"] = customer_damaged_quantity
        if defective_quantity is not UNSET:
            field_dict["defectiveQuantity"] = defective_quantity
        if distributor_damaged_quantity is not UNSET:
            field_dict["distributorDamagedQuantity"] = distributor_damaged_quantity
        if expired_quantity is not UNSET:
            field_dict["expiredQuantity"] = expired_quantity
        if total_unfulfillable_quantity is not UNSET:
            field_dict["totalUnfulfillableQuantity"] = total_unfulfillable_quantity
        if warehouse_damaged_quantity is not UNSET:
            field_dict["warehouseDamagedQuantity"] = warehouse_damaged_quantity

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("carrierDamagedQuantity", "carrier_damaged_quantity", False, ("int",)),
                (
                    "customerDamagedQuantity",
                    "customer_damaged_quantity",
                    False,
                    ("int",),
                ),
                ("defectiveQuantity", "defective_quantity", False, ("int",)),
                (
                    "distributorDamagedQuantity",
                    "distributor_damaged_quantity",
                    False,
                    ("int",),
                ),
                ("expiredQuantity", "expired_quantity", False, ("int",)),
                (
                    "totalUnfulfillableQuantity",
                    "total_unfulfillable_quantity",
                    False,
                    ("int",),
                ),
                (
                    "warehouseDamagedQuantity",
                    "warehouse_damaged_quantity",
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
        carrier_damaged_quantity = d.pop("carrierDamagedQuantity", UNSET)

        if (
            _reader is not None
            and carrier_damaged_quantity.__class__ is not int
            and carrier_damaged_quantity is not UNSET
        ):
            raise DeviationError("carrierDamagedQuantity")

        customer_damaged_quantity = d.pop("customerDamagedQuantity", UNSET)

        if (
            _reader is not None
            and customer_damaged_quantity.__class__ is not int
            and customer_damaged_quantity is not UNSET
        ):
            raise DeviationError("customerDamagedQuantity")

        defective_quantity = d.pop("defectiveQuantity", UNSET)

        if (
            _reader is not None
            and defective_quantity.__class__ is not int
            and defective_quantity is not UNSET
        ):
            raise DeviationError("defectiveQuantity")

        distributor_damaged_quantity = d.pop("distributorDamagedQuantity", UNSET)

        if (
            _reader is not None
            and distributor_damaged_quantity.__class__ is not int
            and distributor_damaged_quantity is not UNSET
        ):
            raise DeviationError("distributorDamagedQuantity")

        expired_quantity = d.pop("expiredQuantity", UNSET)

        if (
            _reader is not None
            and expired_quantity.__class__ is not int
            and expired_quantity is not UNSET
        ):
            raise DeviationError("expiredQuantity")

        total_unfulfillable_quantity = d.pop("totalUnfulfillableQuantity", UNSET)

        if (
            _reader is not None
            and total_unfulfillable_quantity.__class__ is not int
            and total_unfulfillable_quantity is not UNSET
        ):
            raise DeviationError("totalUnfulfillableQuantity")

        warehouse_damaged_quantity = d.pop("warehouseDamagedQuantity", UNSET)

        if (
            _reader is not None
            and warehouse_damaged_quantity.__class__ is not int
            and warehouse_damaged_quantity is not UNSET
        ):
            raise DeviationError("warehouseDamagedQuantity")

        if cls is UnfulfillableQuantity:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.carrier_damaged_quantity = carrier_damaged_quantity
            _built.customer_damaged_quantity = customer_damaged_quantity
            _built.defective_quantity = defective_quantity
            _built.distributor_damaged_quantity = distributor_damaged_quantity
            _built.expired_quantity = expired_quantity
            _built.total_unfulfillable_quantity = total_unfulfillable_quantity
            _built.warehouse_damaged_quantity = warehouse_damaged_quantity
            _built._parse_notes = None
            unfulfillable_quantity = _built
        else:  # a subclass: its own __init__ runs
            unfulfillable_quantity = cls(
                carrier_damaged_quantity=carrier_damaged_quantity,
                customer_damaged_quantity=customer_damaged_quantity,
                defective_quantity=defective_quantity,
                distributor_damaged_quantity=distributor_damaged_quantity,
                expired_quantity=expired_quantity,
                total_unfulfillable_quantity=total_unfulfillable_quantity,
                warehouse_damaged_quantity=warehouse_damaged_quantity,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        unfulfillable_quantity.additional_properties = d or {}
        return unfulfillable_quantity

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
