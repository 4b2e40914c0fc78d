from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shipment_status import ShipmentStatus
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
    from ..models.order_items_item import OrderItemsItem


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, OrderItemsItem
    from ..models.order_items_item import OrderItemsItem

    _lazy_pending = False


T = TypeVar("T", bound="UpdateShipmentStatusRequest")


@_attrs_define
class UpdateShipmentStatusRequest:
    """
    Attributes:
        marketplace_id (str):
        shipment_status (ShipmentStatus):
        order_items (list[OrderItemsItem] | Unset):
    """

    marketplace_id: str
    shipment_status: ShipmentStatus
    order_items: list[OrderItemsItem] | Unset = UNSET
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
        marketplace_id = self.marketplace_id

        shipment_status = self.shipment_status.value

        order_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_items, Unset):
            order_items = []
            for componentsschemas_order_items_item_data in self.order_items:
                componentsschemas_order_items_item = (
                    componentsschemas_order_items_item_data.to_dict()
                )
                order_items.append(componentsschemas_order_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "marketplaceId": marketplace_id,
                "shipmentStatus": shipment_status,
            }
        )
        if order_items is not UNSET:
            field_dict["orderItems"] = order_items

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.order_items_item import OrderItemsItem

        return (
            (
                ("marketplaceId", "marketplace_id", True, ("str",)),
                ("shipmentStatus", "shipment_status", True, ("enum", ShipmentStatus)),
                (
                    "orderItems",
                    "order_items",
                    False,
                    ("list", ("model", OrderItemsItem)),
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
        marketplace_id = d.pop("marketplaceId")

        if _reader is not None and marketplace_id.__class__ is not str:
            raise DeviationError("marketplaceId")

        _shipment_status = d.pop("shipmentStatus")
        shipment_status = (
            ShipmentStatus._value2member_map_.get(_shipment_status)
            if _shipment_status.__class__ is str
            else None
        ) or ShipmentStatus(_shipment_status)

        _order_items = d.pop("orderItems", UNSET)
        order_items = (
            UNSET
            if _order_items is UNSET
            else [OrderItemsItem.from_dict(_item) for _item in _order_items]
        )

        if cls is UpdateShipmentStatusRequest:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.marketplace_id = marketplace_id
            _built.shipment_status = shipment_status
            _built.order_items = order_items
            _built._parse_notes = None
            update_shipment_status_request = _built
        else:  # a subclass: its own __init__ runs
            update_shipment_status_request = cls(
                marketplace_id=marketplace_id,
                shipment_status=shipment_status,
                order_items=order_items,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        update_shipment_status_request.additional_properties = d or {}
        return update_shipment_status_request

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
