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
    from ..models.actionable_error import ActionableError
    from ..models.marketplace_attributes import MarketplaceAttributes


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ActionableError, MarketplaceAttributes
    from ..models.actionable_error import ActionableError
    from ..models.marketplace_attributes import MarketplaceAttributes

    _lazy_pending = False


T = TypeVar("T", bound="InventoryResponseBody")


@_attrs_define
class InventoryResponseBody:
    """
    Attributes:
        actionable_errors (list[ActionableError] | Unset):
        client_sequence_number (int | Unset):
        location_id (str | Unset):
        marketplace_attributes (MarketplaceAttributes | Unset):
        reserved_quantity (int | Unset):
        sellable_quantity (int | Unset):
        sku_id (str | Unset):
    """

    actionable_errors: list[ActionableError] | Unset = UNSET
    client_sequence_number: int | Unset = UNSET
    location_id: str | Unset = UNSET
    marketplace_attributes: MarketplaceAttributes | Unset = UNSET
    reserved_quantity: int | Unset = UNSET
    sellable_quantity: int | Unset = UNSET
    sku_id: str | Unset = UNSET
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
        actionable_errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actionable_errors, Unset):
            actionable_errors = []
            for actionable_errors_item_data in self.actionable_errors:
                actionable_errors_item = actionable_errors_item_data.to_dict()
                actionable_errors.append(actionable_errors_item)

        client_sequence_number = self.client_sequence_number

        location_id = self.location_id

        marketplace_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.marketplace_attributes, Unset):
            marketplace_attributes = self.marketplace_attributes.to_dict()

        reserved_quantity = self.reserved_quantity

        sellable_quantity = self.sellable_quantity

        sku_id = self.sku_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if actionable_errors is not UNSET:
            field_dict["actionableErrors"] = actionable_errors
        if client_sequence_number is not UNSET:
            field_dict["clientSequenceNumber"] = client_sequence_number
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if marketplace_attributes is not UNSET:
            field_dict["marketplaceAttributes"] = marketplace_attributes
        if reserved_quantity is not UNSET:
            field_dict["reservedQuantity"] = reserved_quantity
        if sellable_quantity is not UNSET:
            field_dict["sellableQuantity"] = sellable_quantity
        if sku_id is not UNSET:
            field_dict["skuId"] = sku_id

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.actionable_error import ActionableError
        from ..models.marketplace_attributes import MarketplaceAttributes

        return (
            (
                (
                    "actionableErrors",
                    "actionable_errors",
                    False,
                    ("list", ("model", ActionableError)),
                ),
                ("clientSequenceNumber", "client_sequence_number", False, ("int",)),
                ("locationId", "location_id", False, ("str",)),
                (
                    "marketplaceAttributes",
                    "marketplace_attributes",
                    False,
                    ("model", MarketplaceAttributes),
                ),
                ("reservedQuantity", "reserved_quantity", False, ("int",)),
                ("sellableQuantity", "sellable_quantity", False, ("int",)),
                ("skuId", "sku_id", False, ("str",)),
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
        _actionable_errors = d.pop("actionableErrors", UNSET)
        actionable_errors = (
            UNSET
            if _actionable_errors is UNSET
            else [ActionableError.from_dict(_item) for _item in _actionable_errors]
        )

        client_sequence_number = d.pop("clientSequenceNumber", UNSET)

        if (
            _reader is not None
            and client_sequence_number.__class__ is not int
            and client_sequence_number is not UNSET
        ):
            raise DeviationError("clientSequenceNumber")

        location_id = d.pop("locationId", UNSET)

        if (
            _reader is not None
            and location_id.__class__ is not str
            and location_id is not UNSET
        ):
            raise DeviationError("locationId")

        _marketplace_attributes = d.pop("marketplaceAttributes", UNSET)
        marketplace_attributes = (
            UNSET
            if _marketplace_attributes is UNSET
            else MarketplaceAttributes.from_dict(_marketplace_attributes)
        )

        reserved_quantity = d.pop("reservedQuantity", UNSET)

        if (
            _reader is not None
            and reserved_quantity.__class__ is not int
            and reserved_quantity is not UNSET
        ):
            raise DeviationError("reservedQuantity")

        sellable_quantity = d.pop("sellableQuantity", UNSET)

        if (
            _reader is not None
            and sellable_quantity.__class__ is not int
            and sellable_quantity is not UNSET
        ):
            raise DeviationError("sellableQuantity")

        sku_id = d.pop("skuId", UNSET)

        if _reader is not None and sku_id.__class__ is not str and sku_id is not UNSET:
            raise DeviationError("skuId")

        if cls is InventoryResponseBody:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.actionable_errors = actionable_errors
            _built.client_sequence_number = client_sequence_number
            _built.location_id = location_id
            _built.marketplace_attributes = marketplace_attributes
            _built.reserved_quantity = reserved_quantity
            _built.sellable_quantity = sellable_quantity
            _built.sku_id = sku_id
            _built._parse_notes = None
            inventory_response_body = _built
        else:  # a subclass: its own __init__ runs
            inventory_response_body = cls(
                actionable_errors=actionable_errors,
                client_sequence_number=client_sequence_number,
                location_id=location_id,
                marketplace_attributes=marketplace_attributes,
                reserved_quantity=reserved_quantity,
                sellable_quantity=sellable_quantity,
                sku_id=sku_id,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        inventory_response_body.additional_properties = d or {}
        return inventory_response_body

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
