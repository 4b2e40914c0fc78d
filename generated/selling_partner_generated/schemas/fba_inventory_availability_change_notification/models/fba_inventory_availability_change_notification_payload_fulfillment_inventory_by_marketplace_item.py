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
    from ..models.fba_inventory_availability_change_notification_payload_fulfillment_inventory_by_marketplace_item_fulfillment_inventory import (
        FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventory,
    )


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventory
    from ..models.fba_inventory_availability_change_notification_payload_fulfillment_inventory_by_marketplace_item_fulfillment_inventory import (
        FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventory,
    )

    _lazy_pending = False


T = TypeVar(
    "T",
    bound="FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItem",
)


@_attrs_define
class FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItem:
    """
    Attributes:
        marketplace_id (str):
        item_name (str):
        fulfillment_inventory
            (FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventory):
        stores (list[Any] | Unset):
    """

    marketplace_id: str
    item_name: str
    fulfillment_inventory: FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventory
    stores: list[Any] | Unset = UNSET
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

        item_name = self.item_name

        fulfillment_inventory = self.fulfillment_inventory.to_dict()

        stores: list[Any] | Unset = UNSET
        if not isinstance(self.stores, Unset):
            stores = self.stores

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "MarketplaceId": marketplace_id,
                "ItemName": item_name,
                "FulfillmentInventory": fulfillment_inventory,
            }
        )
        if stores is not UNSET:
            field_dict["Stores"] = stores

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.fba_inventory_availability_change_notification_payload_fulfillment_inventory_by_marketplace_item_fulfillment_inventory import (
            FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventory,
        )

        return (
            (
                ("MarketplaceId", "marketplace_id", True, ("str",)),
                ("ItemName", "item_name", True, ("str",)),
                (
                    "FulfillmentInventory",
                    "fulfillment_inventory",
                    True,
                    (
                        "model",
                        FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventory,
                    ),
                ),
                ("Stores", "stores", False, ("list", ("any",))),
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
        marketplace_id = d.pop("MarketplaceId")

        if _reader is not None and marketplace_id.__class__ is not str:
            raise DeviationError("MarketplaceId")

        item_name = d.pop("ItemName")

        if _reader is not None and item_name.__class__ is not str:
            raise DeviationError("ItemName")

        fulfillment_inventory = FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventory.from_dict(
            d.pop("FulfillmentInventory")
        )

        stores = d.pop("Stores", UNSET)

        if _reader is not None and stores.__class__ is not list and stores is not UNSET:
            raise DeviationError("Stores")

        if (
            cls
            is FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItem
        ):
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.marketplace_id = marketplace_id
            _built.item_name = item_name
            _built.fulfillment_inventory = fulfillment_inventory
            _built.stores = stores
            _built._parse_notes = None
            fba_inventory_availability_change_notification_payload_fulfillment_inventory_by_marketplace_item = _built
        else:  # a subclass: its own __init__ runs
            fba_inventory_availability_change_notification_payload_fulfillment_inventory_by_marketplace_item = cls(
                marketplace_id=marketplace_id,
                item_name=item_name,
                fulfillment_inventory=fulfillment_inventory,
                stores=stores,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        fba_inventory_availability_change_notification_payload_fulfillment_inventory_by_marketplace_item.additional_properties = (
            d or {}
        )
        return fba_inventory_availability_change_notification_payload_fulfillment_inventory_by_marketplace_item

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
