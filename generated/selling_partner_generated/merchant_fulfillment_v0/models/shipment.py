from __future__ import annotations

import datetime
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
    from ..models.address import Address
    from ..models.currency_amount import CurrencyAmount
    from ..models.item import Item
    from ..models.label import Label
    from ..models.package_dimensions import PackageDimensions
    from ..models.shipping_service import ShippingService
    from ..models.weight import Weight


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        Address, \
        CurrencyAmount, \
        Item, \
        Label, \
        PackageDimensions, \
        ShippingService, \
        Weight
    from ..models.address import Address
    from ..models.currency_amount import CurrencyAmount
    from ..models.item import Item
    from ..models.label import Label
    from ..models.package_dimensions import PackageDimensions
    from ..models.shipping_service import ShippingService
    from ..models.weight import Weight

    _lazy_pending = False


T = TypeVar("T", bound="Shipment")


@_attrs_define
class Shipment:
    """
    Attributes:
        amazon_order_id (str):
        created_date (datetime.datetime):
        insurance (CurrencyAmount):
        item_list (list[Item]):
        label (Label):
        package_dimensions (PackageDimensions):
        ship_from_address (Address):
        ship_to_address (Address):
        shipment_id (str):
        shipping_service (ShippingService):
        status (ShipmentStatus):
        weight (Weight):
        last_updated_date (datetime.datetime | Unset):
        seller_order_id (str | Unset):
        tracking_id (str | Unset):
    """

    amazon_order_id: str
    created_date: datetime.datetime
    insurance: CurrencyAmount
    item_list: list[Item]
    label: Label
    package_dimensions: PackageDimensions
    ship_from_address: Address
    ship_to_address: Address
    shipment_id: str
    shipping_service: ShippingService
    status: ShipmentStatus
    weight: Weight
    last_updated_date: datetime.datetime | Unset = UNSET
    seller_order_id: str | Unset = UNSET
    tracking_id: str | Unset = UNSET
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
        amazon_order_id = self.amazon_order_id

        created_date = self.created_date.isoformat()

        insurance = self.insurance.to_dict()

        item_list = []
        for componentsschemas_item_list_item_data in self.item_list:
            componentsschemas_item_list_item = (
                componentsschemas_item_list_item_data.to_dict()
            )
            item_list.append(componentsschemas_item_list_item)

        label = self.label.to_dict()

        package_dimensions = self.package_dimensions.to_dict()

        ship_from_address = self.ship_from_address.to_dict()

        ship_to_address = self.ship_to_address.to_dict()

        shipment_id = self.shipment_id

        shipping_service = self.shipping_service.to_dict()

        status = self.status.value

        weight = self.weight.to_dict()

        last_updated_date: str | Unset = UNSET
        if not isinstance(self.last_updated_date, Unset):
            last_updated_date = self.last_updated_date.isoformat()

        seller_order_id = self.seller_order_id

        tracking_id = self.tracking_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AmazonOrderId": amazon_order_id,
                "CreatedDate": created_date,
                "Insurance": insurance,
                "ItemList": item_list,
                "Label": label,
                "PackageDimensions": package_dimensions,
                "ShipFromAddress": ship_from_address,
                "ShipToAddress": ship_to_address,
                "ShipmentId": shipment_id,
                "ShippingService": shipping_service,
                "Status": status,
                "Weight": weight,
            }
        )
        if last_updated_date is not UNSET:
            field_dict["LastUpdatedDate"] = last_updated_date
        if seller_order_id is not UNSET:
            field_dict["SellerOrderId"] = seller_order_id
        if tracking_id is not UNSET:
            field_dict["TrackingId"] = tracking_id

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.address import Address
        from ..models.currency_amount import CurrencyAmount
        from ..models.item import Item
        from ..models.label import Label
        from ..models.package_dimensions import PackageDimensions
        from ..models.shipping_service import ShippingService
        from ..models.weight import Weight

        return (
            (
                ("AmazonOrderId", "amazon_order_id", True, ("str",)),
                ("CreatedDate", "created_date", True, ("datetime",)),
                ("Insurance", "insurance", True, ("model", CurrencyAmount)),
                ("ItemList", "item_list", True, ("list", ("model", Item))),
                ("Label", "label", True, ("model", Label)),
                (
                    "PackageDimensions",
                    "package_dimensions",
                    True,
                    ("model", PackageDimensions),
                ),
                ("ShipFromAddress", "ship_from_address", True, ("model", Address)),
                ("ShipToAddress", "ship_to_address", True, ("model", Address)),
                ("ShipmentId", "shipment_id", True, ("str",)),
                (
                    "ShippingService",
                    "shipping_service",
                    True,
                    ("model", ShippingService),
                ),
                ("Status", "status", True, ("enum", ShipmentStatus)),
                ("Weight", "weight", True, ("model", Weight)),
                ("LastUpdatedDate", "last_updated_date", False, ("datetime",)),
                ("SellerOrderId", "seller_order_id", False, ("str",)),
                ("TrackingId", "tracking_id", False, ("str",)),
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
        amazon_order_id = d.pop("AmazonOrderId")

        if _reader is not None and amazon_order_id.__class__ is not str:
            raise DeviationError("AmazonOrderId")

        created_date = datetime.datetime.fromisoformat(d.pop("CreatedDate"))

        if _reader is not None and created_date.tzinfo is None:
            raise DeviationError("CreatedDate")

        insurance = CurrencyAmount.from_dict(d.pop("Insurance"))

        _item_list = d.pop("ItemList")
        item_list = [Item.from_dict(_item) for _item in _item_list]

        label = Label.from_dict(d.pop("Label"))

        package_dimensions = PackageDimensions.from_dict(d.pop("PackageDimensions"))

        ship_from_address = Address.from_dict(d.pop("ShipFromAddress"))

        ship_to_address = Address.from_dict(d.pop("ShipToAddress"))

        shipment_id = d.pop("ShipmentId")

        if _reader is not None and shipment_id.__class__ is not str:
            raise DeviationError("ShipmentId")

        shipping_service = ShippingService.from_dict(d.pop("ShippingService"))

        _status = d.pop("Status")
        status = (
            ShipmentStatus._value2member_map_.get(_status)
            if _status.__class__ is str
            else None
        ) or ShipmentStatus(_status)

        weight = Weight.from_dict(d.pop("Weight"))

        _last_updated_date = d.pop("LastUpdatedDate", UNSET)
        last_updated_date = (
            UNSET
            if _last_updated_date is UNSET
            else datetime.datetime.fromisoformat(_last_updated_date)
        )

        if (
            _reader is not None
            and not isinstance(last_updated_date, Unset)
            and last_updated_date.tzinfo is None
        ):
            raise DeviationError("LastUpdatedDate")

        seller_order_id = d.pop("SellerOrderId", UNSET)

        if (
            _reader is not None
            and seller_order_id.__class__ is not str
            and seller_order_id is not UNSET
        ):
            raise DeviationError("SellerOrderId")

        tracking_id = d.pop("TrackingId", UNSET)

        if (
            _reader is not None
            and tracking_id.__class__ is not str
            and tracking_id is not UNSET
        ):
            raise DeviationError("TrackingId")

        if cls is Shipment:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.amazon_order_id = amazon_order_id
            _built.created_date = created_date
            _built.insurance = insurance
            _built.item_list = item_list
            _built.label = label
            _built.package_dimensions = package_dimensions
            _built.ship_from_address = ship_from_address
            _built.ship_to_address = ship_to_address
            _built.shipment_id = shipment_id
            _built.shipping_service = shipping_service
            _built.status = status
            _built.weight = weight
            _built.last_updated_date = last_updated_date
            _built.seller_order_id = seller_order_id
            _built.tracking_id = tracking_id
            _built._parse_notes = None
            shipment = _built
        else:  # a subclass: its own __init__ runs
            shipment = cls(
                amazon_order_id=amazon_order_id,
                created_date=created_date,
                insurance=insurance,
                item_list=item_list,
                label=label,
                package_dimensions=package_dimensions,
                ship_from_address=ship_from_address,
                ship_to_address=ship_to_address,
                shipment_id=shipment_id,
                shipping_service=shipping_service,
                status=status,
                weight=weight,
                last_updated_date=last_updated_date,
                seller_order_id=seller_order_id,
                tracking_id=tracking_id,
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
