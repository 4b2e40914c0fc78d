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
    from ..models.address import Address
    from ..models.item import Item
    from ..models.label_customization import LabelCustomization
    from ..models.package_dimensions import PackageDimensions
    from ..models.shipping_service_options import ShippingServiceOptions
    from ..models.weight import Weight


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        Address, \
        Item, \
        LabelCustomization, \
        PackageDimensions, \
        ShippingServiceOptions, \
        Weight
    from ..models.address import Address
    from ..models.item import Item
    from ..models.label_customization import LabelCustomization
    from ..models.package_dimensions import PackageDimensions
    from ..models.shipping_service_options import ShippingServiceOptions
    from ..models.weight import Weight

    _lazy_pending = False


T = TypeVar("T", bound="ShipmentRequestDetails")


@_attrs_define
class ShipmentRequestDetails:
    """
    Attributes:
        amazon_order_id (str):
        item_list (list[Item]):
        package_dimensions (PackageDimensions):
        ship_from_address (Address):
        shipping_service_options (ShippingServiceOptions):
        weight (Weight):
        label_customization (LabelCustomization | Unset):
        must_arrive_by_date (datetime.datetime | Unset):
        seller_order_id (str | Unset):
        ship_date (datetime.datetime | Unset):
    """

    amazon_order_id: str
    item_list: list[Item]
    package_dimensions: PackageDimensions
    ship_from_address: Address
    shipping_service_options: ShippingServiceOptions
    weight: Weight
    label_customization: LabelCustomization | Unset = UNSET
    must_arrive_by_date: datetime.datetime | Unset = UNSET
    seller_order_id: str | Unset = UNSET
    ship_date: datetime.datetime | Unset = UNSET
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

        item_list = []
        for componentsschemas_item_list_item_data in self.item_list:
            componentsschemas_item_list_item = (
                componentsschemas_item_list_item_data.to_dict()
            )
            item_list.append(componentsschemas_item_list_item)

        package_dimensions = self.package_dimensions.to_dict()

        ship_from_address = self.ship_from_address.to_dict()

        shipping_service_options = self.shipping_service_options.to_dict()

        weight = self.weight.to_dict()

        label_customization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.label_customization, Unset):
            label_customization = self.label_customization.to_dict()

        must_arrive_by_date: str | Unset = UNSET
        if not isinstance(self.must_arrive_by_date, Unset):
            must_arrive_by_date = self.must_arrive_by_date.isoformat()

        seller_order_id = self.seller_order_id

        ship_date: str | Unset = UNSET
        if not isinstance(self.ship_date, Unset):
            ship_date = self.ship_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AmazonOrderId": amazon_order_id,
                "ItemList": item_list,
                "PackageDimensions": package_dimensions,
                "ShipFromAddress": ship_from_address,
                "ShippingServiceOptions": shipping_service_options,
                "Weight": weight,
            }
        )
        if label_customization is not UNSET:
            field_dict["LabelCustomization"] = label_customization
        if must_arrive_by_date is not UNSET:
            field_dict["MustArriveByDate"] = must_arrive_by_date
        if seller_order_id is not UNSET:
            field_dict["SellerOrderId"] = seller_order_id
        if ship_date is not UNSET:
            field_dict["ShipDate"] = ship_date

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.address import Address
        from ..models.item import Item
        from ..models.label_customization import LabelCustomization
        from ..models.package_dimensions import PackageDimensions
        from ..models.shipping_service_options import ShippingServiceOptions
        from ..models.weight import Weight

        return (
            (
                ("AmazonOrderId", "amazon_order_id", True, ("str",)),
                ("ItemList", "item_list", True, ("list", ("model", Item))),
                (
                    "PackageDimensions",
                    "package_dimensions",
                    True,
                    ("model", PackageDimensions),
                ),
                ("ShipFromAddress", "ship_from_address", True, ("model", Address)),
                (
                    "ShippingServiceOptions",
                    "shipping_service_options",
                    True,
                    ("model", ShippingServiceOptions),
                ),
                ("Weight", "weight", True, ("model", Weight)),
                (
                    "LabelCustomization",
                    "label_customization",
                    False,
                    ("model", LabelCustomization),
                ),
                ("MustArriveByDate", "must_arrive_by_date", False, ("datetime",)),
                ("SellerOrderId", "seller_order_id", False, ("str",)),
                ("ShipDate", "ship_date", False, ("datetime",)),
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

        _item_list = d.pop("ItemList")
        item_list = [Item.from_dict(_item) for _item in _item_list]

        package_dimensions = PackageDimensions.from_dict(d.pop("PackageDimensions"))

        ship_from_address = Address.from_dict(d.pop("ShipFromAddress"))

        shipping_service_options = ShippingServiceOptions.from_dict(
            d.pop("ShippingServiceOptions")
        )

        weight = Weight.from_dict(d.pop("Weight"))

        _label_customization = d.pop("LabelCustomization", UNSET)
        label_customization = (
            UNSET
            if _label_customization is UNSET
            else LabelCustomization.from_dict(_label_customization)
        )

        _must_arrive_by_date = d.pop("MustArriveByDate", UNSET)
        must_arrive_by_date = (
            UNSET
            if _must_arrive_by_date is UNSET
            else datetime.datetime.fromisoformat(_must_arrive_by_date)
        )

        if (
            _reader is not None
            and not isinstance(must_arrive_by_date, Unset)
            and must_arrive_by_date.tzinfo is None
        ):
            raise DeviationError("MustArriveByDate")

        seller_order_id = d.pop("SellerOrderId", UNSET)

        if (
            _reader is not None
            and seller_order_id.__class__ is not str
            and seller_order_id is not UNSET
        ):
            raise DeviationError("SellerOrderId")

        _ship_date = d.pop("ShipDate", UNSET)
        ship_date = (
            UNSET
            if _ship_date is UNSET
            else datetime.datetime.fromisoformat(_ship_date)
        )

        if (
            _reader is not None
            and not isinstance(ship_date, Unset)
            and ship_date.tzinfo is None
        ):
            raise DeviationError("ShipDate")

        if cls is ShipmentRequestDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.amazon_order_id = amazon_order_id
            _built.item_list = item_list
            _built.package_dimensions = package_dimensions
            _built.ship_from_address = ship_from_address
            _built.shipping_service_options = shipping_service_options
            _built.weight = weight
            _built.label_customization = label_customization
            _built.must_arrive_by_date = must_arrive_by_date
            _built.seller_order_id = seller_order_id
            _built.ship_date = ship_date
            _built._parse_notes = None
            shipment_request_details = _built
        else:  # a subclass: its own __init__ runs
            shipment_request_details = cls(
                amazon_order_id=amazon_order_id,
                item_list=item_list,
                package_dimensions=package_dimensions,
                ship_from_address=ship_from_address,
                shipping_service_options=shipping_service_options,
                weight=weight,
                label_customization=label_customization,
                must_arrive_by_date=must_arrive_by_date,
                seller_order_id=seller_order_id,
                ship_date=ship_date,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        shipment_request_details.additional_properties = d or {}
        return shipment_request_details

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
