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
    from ..models.fba_inventory_availability_change_notification_payload_fulfillment_inventory_by_marketplace_item import (
        FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItem,
    )


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItem
    from ..models.fba_inventory_availability_change_notification_payload_fulfillment_inventory_by_marketplace_item import (
        FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItem,
    )

    _lazy_pending = False


T = TypeVar("T", bound="FbaInventoryAvailabilityChangeNotificationPayload")


@_attrs_define
class FbaInventoryAvailabilityChangeNotificationPayload:
    """
    Attributes:
        seller_id (str):
        fnsku (str):
        asin (str):
        sku (str):
        fulfillment_inventory_by_marketplace
            (list[FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItem]):
    """

    seller_id: str
    fnsku: str
    asin: str
    sku: str
    fulfillment_inventory_by_marketplace: list[
        FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItem
    ]
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
        seller_id = self.seller_id

        fnsku = self.fnsku

        asin = self.asin

        sku = self.sku

        fulfillment_inventory_by_marketplace = []
        for (
            fulfillment_inventory_by_marketplace_item_data
        ) in self.fulfillment_inventory_by_marketplace:
            fulfillment_inventory_by_marketplace_item = (
                fulfillment_inventory_by_marketplace_item_data.to_dict()
            )
            fulfillment_inventory_by_marketplace.append(
                fulfillment_inventory_by_marketplace_item
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "SellerId": seller_id,
                "FNSKU": fnsku,
                "ASIN": asin,
                "SKU": sku,
                "FulfillmentInventoryByMarketplace": fulfillment_inventory_by_marketplace,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.fba_inventory_availability_change_notification_payload_fulfillment_inventory_by_marketplace_item import (
            FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItem,
        )

        return (
            (
                ("SellerId", "seller_id", True, ("str",)),
                ("FNSKU", "fnsku", True, ("str",)),
                ("ASIN", "asin", True, ("str",)),
                ("SKU", "sku", True, ("str",)),
                (
                    "FulfillmentInventoryByMarketplace",
                    "fulfillment_inventory_by_marketplace",
                    True,
                    (
                        "list",
                        (
                            "model",
                            FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItem,
                        ),
                    ),
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
        seller_id = d.pop("SellerId")

        if _reader is not None and seller_id.__class__ is not str:
            raise DeviationError("SellerId")

        fnsku = d.pop("FNSKU")

        if _reader is not None and fnsku.__class__ is not str:
            raise DeviationError("FNSKU")

        asin = d.pop("ASIN")

        if _reader is not None and asin.__class__ is not str:
            raise DeviationError("ASIN")

        sku = d.pop("SKU")

        if _reader is not None and sku.__class__ is not str:
            raise DeviationError("SKU")

        _fulfillment_inventory_by_marketplace = d.pop(
            "FulfillmentInventoryByMarketplace"
        )
        fulfillment_inventory_by_marketplace = [
            FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItem.from_dict(
                _item
            )
            for _item in _fulfillment_inventory_by_marketplace
        ]

        if cls is FbaInventoryAvailabilityChangeNotificationPayload:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.seller_id = seller_id
            _built.fnsku = fnsku
            _built.asin = asin
            _built.sku = sku
            _built.fulfillment_inventory_by_marketplace = (
                fulfillment_inventory_by_marketplace
            )
            _built._parse_notes = None
            fba_inventory_availability_change_notification_payload = _built
        else:  # a subclass: its own __init__ runs
            fba_inventory_availability_change_notification_payload = cls(
                seller_id=seller_id,
                fnsku=fnsku,
                asin=asin,
                sku=sku,
                fulfillment_inventory_by_marketplace=fulfillment_inventory_by_marketplace,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        fba_inventory_availability_change_notification_payload.additional_properties = (
            d or {}
        )
        return fba_inventory_availability_change_notification_payload

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
