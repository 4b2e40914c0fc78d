from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    DeviationError,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.fba_inventory_availability_change_notification_payload_fulfillment_inventory_by_marketplace_item_fulfillment_inventory_inbound_quantity_breakdown import (
        FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventoryInboundQuantityBreakdown,
    )
    from ..models.fba_inventory_availability_change_notification_payload_fulfillment_inventory_by_marketplace_item_fulfillment_inventory_reserved_quantity_breakdown import (
        FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventoryReservedQuantityBreakdown,
    )


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventoryInboundQuantityBreakdown, \
        FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventoryReservedQuantityBreakdown
    from ..models.fba_inventory_availability_change_notification_payload_fulfillment_inventory_by_marketplace_item_fulfillment_inventory_inbound_quantity_breakdown import (
        FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventoryInboundQuantityBreakdown,
    )
    from ..models.fba_inventory_availability_change_notification_payload_fulfillment_inventory_by_marketplace_item_fulfillment_inventory_reserved_quantity_breakdown import (
        FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventoryReservedQuantityBreakdown,
    )

    _lazy_pending = False


T = TypeVar(
    "T",
    bound="FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventory",
)


@_attrs_define
class FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventory:
    """
    Attributes:
        inbound_quantity_breakdown (FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceIt
            emFulfillmentInventoryInboundQuantityBreakdown):
        fulfillable (int):
        unfulfillable (int):
        researching (int):
        reserved_quantity_breakdown (FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceI
            temFulfillmentInventoryReservedQuantityBreakdown):
        future_supply_buyable (int):
        pending_customer_order_in_transit (int):
    """

    inbound_quantity_breakdown: FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventoryInboundQuantityBreakdown
    fulfillable: int
    unfulfillable: int
    researching: int
    reserved_quantity_breakdown: FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventoryReservedQuantityBreakdown
    future_supply_buyable: int
    pending_customer_order_in_transit: int
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
        inbound_quantity_breakdown = self.inbound_quantity_breakdown.to_dict()

        fulfillable = self.fulfillable

        unfulfillable = self.unfulfillable

        researching = self.researching

        reserved_quantity_breakdown = self.reserved_quantity_breakdown.to_dict()

        future_supply_buyable = self.future_supply_buyable

        pending_customer_order_in_transit = self.pending_customer_order_in_transit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "InboundQuantityBreakdown": inbound_quantity_breakdown,
                "Fulfillable": fulfillable,
                "Unfulfillable": unfulfillable,
                "Researching": researching,
                "ReservedQuantityBreakdown": reserved_quantity_breakdown,
                "FutureSupplyBuyable": future_supply_buyable,
                "PendingCustomerOrderInTransit": pending_customer_order_in_transit,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.fba_inventory_availability_change_notification_payload_fulfillment_inventory_by_marketplace_item_fulfillment_inventory_inbound_quantity_breakdown import (
            FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventoryInboundQuantityBreakdown,
        )
        from ..models.fba_inventory_availability_change_notification_payload_fulfillment_inventory_by_marketplace_item_fulfillment_inventory_reserved_quantity_breakdown import (
            FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventoryReservedQuantityBreakdown,
        )

        return (
            (
                (
                    "InboundQuantityBreakdown",
                    "inbound_quantity_breakdown",
                    True,
                    (
                        "model",
                        FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventoryInboundQuantityBreakdown,
                    ),
                ),
                ("Fulfillable", "fulfillable", True, ("int",)),
                ("Unfulfillable", "unfulfillable", True, ("int",)),
                ("Researching", "researching", True, ("int",)),
                (
                    "ReservedQuantityBreakdown",
                    "reserved_quantity_breakdown",
                    True,
                    (
                        "model",
                        FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventoryReservedQuantityBreakdown,
                    ),
                ),
                ("FutureSupplyBuyable", "future_supply_buyable", True, ("int",)),
                (
                    "PendingCustomerOrderInTransit",
                    "pending_customer_order_in_transit",
                    True,
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
        if _lazy_pending:
            _load_lazy()
        d = dict(src_dict)
        inbound_quantity_breakdown = FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventoryInboundQuantityBreakdown.from_dict(
            d.pop("InboundQuantityBreakdown")
        )

        fulfillable = d.pop("Fulfillable")

        if _reader is not None and fulfillable.__class__ is not int:
            raise DeviationError("Fulfillable")

        unfulfillable = d.pop("Unfulfillable")

        if _reader is not None and unfulfillable.__class__ is not int:
            raise DeviationError("Unfulfillable")

        researching = d.pop("Researching")

        if _reader is not None and researching.__class__ is not int:
            raise DeviationError("Researching")

        reserved_quantity_breakdown = FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventoryReservedQuantityBreakdown.from_dict(
            d.pop("ReservedQuantityBreakdown")
        )

        future_supply_buyable = d.pop("FutureSupplyBuyable")

        if _reader is not None and future_supply_buyable.__class__ is not int:
            raise DeviationError("FutureSupplyBuyable")

        pending_customer_order_in_transit = d.pop("PendingCustomerOrderInTransit")

        if (
            _reader is not None
            and pending_customer_order_in_transit.__class__ is not int
        ):
            raise DeviationError("PendingCustomerOrderInTransit")

        if (
            cls
            is FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventory
        ):
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.inbound_quantity_breakdown = inbound_quantity_breakdown
            _built.fulfillable = fulfillable
            _built.unfulfillable = unfulfillable
            _built.researching = researching
            _built.reserved_quantity_breakdown = reserved_quantity_breakdown
            _built.future_supply_buyable = future_supply_buyable
            _built.pending_customer_order_in_transit = pending_customer_order_in_transit
            _built._parse_notes = None
            fba_inventory_availability_change_notification_payload_fulfillment_inventory_by_marketplace_item_fulfillment_inventory = _built
        else:  # a subclass: its own __init__ runs
            fba_inventory_availability_change_notification_payload_fulfillment_inventory_by_marketplace_item_fulfillment_inventory = cls(
                inbound_quantity_breakdown=inbound_quantity_breakdown,
                fulfillable=fulfillable,
                unfulfillable=unfulfillable,
                researching=researching,
                reserved_quantity_breakdown=reserved_quantity_breakdown,
                future_supply_buyable=future_supply_buyable,
                pending_customer_order_in_transit=pending_customer_order_in_transit,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        fba_inventory_availability_change_notification_payload_fulfillment_inventory_by_marketplace_item_fulfillment_inventory.additional_properties = (
            d or {}
        )
        return fba_inventory_availability_change_notification_payload_fulfillment_inventory_by_marketplace_item_fulfillment_inventory

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
