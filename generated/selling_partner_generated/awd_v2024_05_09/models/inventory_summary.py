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
    from ..models.expiration_details import ExpirationDetails
    from ..models.inventory_details import InventoryDetails


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ExpirationDetails, InventoryDetails
    from ..models.expiration_details import ExpirationDetails
    from ..models.inventory_details import InventoryDetails

    _lazy_pending = False


T = TypeVar("T", bound="InventorySummary")


@_attrs_define
class InventorySummary:
    """
    Attributes:
        sku (str):
        expiration_details (list[ExpirationDetails] | Unset):
        inventory_details (InventoryDetails | Unset):
        total_inbound_quantity (int | Unset):
        total_onhand_quantity (int | Unset):
    """

    sku: str
    expiration_details: list[ExpirationDetails] | Unset = UNSET
    inventory_details: InventoryDetails | Unset = UNSET
    total_inbound_quantity: int | Unset = UNSET
    total_onhand_quantity: int | Unset = UNSET
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
        sku = self.sku

        expiration_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.expiration_details, Unset):
            expiration_details = []
            for expiration_details_item_data in self.expiration_details:
                expiration_details_item = expiration_details_item_data.to_dict()
                expiration_details.append(expiration_details_item)

        inventory_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_details, Unset):
            inventory_details = self.inventory_details.to_dict()

        total_inbound_quantity = self.total_inbound_quantity

        total_onhand_quantity = self.total_onhand_quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sku": sku,
            }
        )
        if expiration_details is not UNSET:
            field_dict["expirationDetails"] = expiration_details
        if inventory_details is not UNSET:
            field_dict["inventoryDetails"] = inventory_details
        if total_inbound_quantity is not UNSET:
            field_dict["totalInboundQuantity"] = total_inbound_quantity
        if total_onhand_quantity is not UNSET:
            field_dict["totalOnhandQuantity"] = total_onhand_quantity

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.expiration_details import ExpirationDetails
        from ..models.inventory_details import InventoryDetails

        return (
            (
                ("sku", "sku", True, ("str",)),
                (
                    "expirationDetails",
                    "expiration_details",
                    False,
                    ("list", ("model", ExpirationDetails)),
                ),
                (
                    "inventoryDetails",
                    "inventory_details",
                    False,
                    ("model", InventoryDetails),
                ),
                ("totalInboundQuantity", "total_inbound_quantity", False, ("int",)),
                ("totalOnhandQuantity", "total_onhand_quantity", False, ("int",)),
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
        sku = d.pop("sku")

        if _reader is not None and sku.__class__ is not str:
            raise DeviationError("sku")

        _expiration_details = d.pop("expirationDetails", UNSET)
        expiration_details = (
            UNSET
            if _expiration_details is UNSET
            else [ExpirationDetails.from_dict(_item) for _item in _expiration_details]
        )

        _inventory_details = d.pop("inventoryDetails", UNSET)
        inventory_details = (
            UNSET
            if _inventory_details is UNSET
            else InventoryDetails.from_dict(_inventory_details)
        )

        total_inbound_quantity = d.pop("totalInboundQuantity", UNSET)

        if (
            _reader is not None
            and total_inbound_quantity.__class__ is not int
            and total_inbound_quantity is not UNSET
        ):
            raise DeviationError("totalInboundQuantity")

        total_onhand_quantity = d.pop("totalOnhandQuantity", UNSET)

        if (
            _reader is not None
            and total_onhand_quantity.__class__ is not int
            and total_onhand_quantity is not UNSET
        ):
            raise DeviationError("totalOnhandQuantity")

        if cls is InventorySummary:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.sku = sku
            _built.expiration_details = expiration_details
            _built.inventory_details = inventory_details
            _built.total_inbound_quantity = total_inbound_quantity
            _built.total_onhand_quantity = total_onhand_quantity
            _built._parse_notes = None
            inventory_summary = _built
        else:  # a subclass: its own __init__ runs
            inventory_summary = cls(
                sku=sku,
                expiration_details=expiration_details,
                inventory_details=inventory_details,
                total_inbound_quantity=total_inbound_quantity,
                total_onhand_quantity=total_onhand_quantity,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        inventory_summary.additional_properties = d or {}
        return inventory_summary

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
