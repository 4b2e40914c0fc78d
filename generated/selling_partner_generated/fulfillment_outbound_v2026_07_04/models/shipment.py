from __future__ import annotations

import datetime
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
    from ..models.amazon_facility import AmazonFacility
    from ..models.package import Package
    from ..models.shipment_item import ShipmentItem
    from ..models.shipment_service_level import ShipmentServiceLevel


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, AmazonFacility, Package, ShipmentItem, ShipmentServiceLevel
    from ..models.amazon_facility import AmazonFacility
    from ..models.package import Package
    from ..models.shipment_item import ShipmentItem
    from ..models.shipment_service_level import ShipmentServiceLevel

    _lazy_pending = False


T = TypeVar("T", bound="Shipment")


@_attrs_define
class Shipment:
    """
    Attributes:
        amazon_facility (AmazonFacility):
        amazon_shipment_id (str):
        items (list[ShipmentItem]):
        status (str):
        delivery_time (datetime.datetime | Unset):
        packages (list[Package] | Unset):
        service_level (ShipmentServiceLevel | Unset):
        ship_time (datetime.datetime | Unset):
        shipping_notes (list[str] | Unset):
    """

    amazon_facility: AmazonFacility
    amazon_shipment_id: str
    items: list[ShipmentItem]
    status: str
    delivery_time: datetime.datetime | Unset = UNSET
    packages: list[Package] | Unset = UNSET
    service_level: ShipmentServiceLevel | Unset = UNSET
    ship_time: datetime.datetime | Unset = UNSET
    shipping_notes: list[str] | Unset = UNSET
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
        amazon_facility = self.amazon_facility.to_dict()

        amazon_shipment_id = self.amazon_shipment_id

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        status = self.status

        delivery_time: str | Unset = UNSET
        if not isinstance(self.delivery_time, Unset):
            delivery_time = self.delivery_time.isoformat()

        packages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.packages, Unset):
            packages = []
            for packages_item_data in self.packages:
                packages_item = packages_item_data.to_dict()
                packages.append(packages_item)

        service_level: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_level, Unset):
            service_level = self.service_level.to_dict()

        ship_time: str | Unset = UNSET
        if not isinstance(self.ship_time, Unset):
            ship_time = self.ship_time.isoformat()

        shipping_notes: list[str] | Unset = UNSET
        if not isinstance(self.shipping_notes, Unset):
            shipping_notes = self.shipping_notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amazonFacility": amazon_facility,
                "amazonShipmentId": amazon_shipment_id,
                "items": items,
                "status": status,
            }
        )
        if delivery_time is not UNSET:
            field_dict["deliveryTime"] = delivery_time
        if packages is not UNSET:
            field_dict["packages"] = packages
        if service_level is not UNSET:
            field_dict["serviceLevel"] = service_level
        if ship_time is not UNSET:
            field_dict["shipTime"] = ship_time
        if shipping_notes is not UNSET:
            field_dict["shippingNotes"] = shipping_notes

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.amazon_facility import AmazonFacility
        from ..models.package import Package
        from ..models.shipment_item import ShipmentItem
        from ..models.shipment_service_level import ShipmentServiceLevel

        return (
            (
                ("amazonFacility", "amazon_facility", True, ("model", AmazonFacility)),
                ("amazonShipmentId", "amazon_shipment_id", True, ("str",)),
                ("items", "items", True, ("list", ("model", ShipmentItem))),
                ("status", "status", True, ("str",)),
                ("deliveryTime", "delivery_time", False, ("datetime",)),
                ("packages", "packages", False, ("list", ("model", Package))),
                (
                    "serviceLevel",
                    "service_level",
                    False,
                    ("model", ShipmentServiceLevel),
                ),
                ("shipTime", "ship_time", False, ("datetime",)),
                ("shippingNotes", "shipping_notes", False, ("list", ("str",))),
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
        amazon_facility = AmazonFacility.from_dict(d.pop("amazonFacility"))

        amazon_shipment_id = d.pop("amazonShipmentId")

        if _reader is not None and amazon_shipment_id.__class__ is not str:
            raise DeviationError("amazonShipmentId")

        _items = d.pop("items")
        items = [ShipmentItem.from_dict(_item) for _item in _items]

        status = d.pop("status")

        if _reader is not None and status.__class__ is not str:
            raise DeviationError("status")

        _delivery_time = d.pop("deliveryTime", UNSET)
        delivery_time = (
            UNSET
            if _delivery_time is UNSET
            else datetime.datetime.fromisoformat(_delivery_time)
        )

        if (
            _reader is not None
            and not isinstance(delivery_time, Unset)
            and delivery_time.tzinfo is None
        ):
            raise DeviationError("deliveryTime")

        _packages = d.pop("packages", UNSET)
        packages = (
            UNSET
            if _packages is UNSET
            else [Package.from_dict(_item) for _item in _packages]
        )

        _service_level = d.pop("serviceLevel", UNSET)
        service_level = (
            UNSET
            if _service_level is UNSET
            else ShipmentServiceLevel.from_dict(_service_level)
        )

        _ship_time = d.pop("shipTime", UNSET)
        ship_time = (
            UNSET
            if _ship_time is UNSET
            else datetime.datetime.fromisoformat(_ship_time)
        )

        if (
            _reader is not None
            and not isinstance(ship_time, Unset)
            and ship_time.tzinfo is None
        ):
            raise DeviationError("shipTime")

        shipping_notes = d.pop("shippingNotes", UNSET)

        if (
            _reader is not None
            and shipping_notes.__class__ is not list
            and shipping_notes is not UNSET
        ):
            raise DeviationError("shippingNotes")

        if cls is Shipment:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.amazon_facility = amazon_facility
            _built.amazon_shipment_id = amazon_shipment_id
            _built.items = items
            _built.status = status
            _built.delivery_time = delivery_time
            _built.packages = packages
            _built.service_level = service_level
            _built.ship_time = ship_time
            _built.shipping_notes = shipping_notes
            _built._parse_notes = None
            shipment = _built
        else:  # a subclass: its own __init__ runs
            shipment = cls(
                amazon_facility=amazon_facility,
                amazon_shipment_id=amazon_shipment_id,
                items=items,
                status=status,
                delivery_time=delivery_time,
                packages=packages,
                service_level=service_level,
                ship_time=ship_time,
                shipping_notes=shipping_notes,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        shipment.additional_properties = d or {}
        return shipment

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
