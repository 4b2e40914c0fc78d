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
    from ..models.inventory_quantity import InventoryQuantity


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, InventoryQuantity
    from ..models.inventory_quantity import InventoryQuantity

    _lazy_pending = False


T = TypeVar("T", bound="SkuQuantity")


@_attrs_define
class SkuQuantity:
    """
    Attributes:
        expected_quantity (InventoryQuantity):
        sku (str):
        received_quantity (InventoryQuantity | Unset):
    """

    expected_quantity: InventoryQuantity
    sku: str
    received_quantity: InventoryQuantity | Unset = UNSET
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
        expected_quantity = self.expected_quantity.to_dict()

        sku = self.sku

        received_quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.received_quantity, Unset):
            received_quantity = self.received_quantity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expectedQuantity": expected_quantity,
                "sku": sku,
            }
        )
        if received_quantity is not UNSET:
            field_dict["receivedQuantity"] = received_quantity

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.inventory_quantity import InventoryQuantity

        return (
            (
                (
                    "expectedQuantity",
                    "expected_quantity",
                    True,
                    ("model", InventoryQuantity),
                ),
                ("sku", "sku", True, ("str",)),
                (
                    "receivedQuantity",
                    "received_quantity",
                    False,
                    ("model", InventoryQuantity),
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
        expected_quantity = InventoryQuantity.from_dict(d.pop("expectedQuantity"))

        sku = d.pop("sku")

        if _reader is not None and sku.__class__ is not str:
            raise DeviationError("sku")

        _received_quantity = d.pop("receivedQuantity", UNSET)
        received_quantity = (
            UNSET
            if _received_quantity is UNSET
            else InventoryQuantity.from_dict(_received_quantity)
        )

        if cls is SkuQuantity:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.expected_quantity = expected_quantity
            _built.sku = sku
            _built.received_quantity = received_quantity
            _built._parse_notes = None
            sku_quantity = _built
        else:  # a subclass: its own __init__ runs
            sku_quantity = cls(
                expected_quantity=expected_quantity,
                sku=sku,
                received_quantity=received_quantity,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        sku_quantity.additional_properties = d or {}
        return sku_quantity

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
