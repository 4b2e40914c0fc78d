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
    from ..models.confirm_shipment_order_item import ConfirmShipmentOrderItem


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ConfirmShipmentOrderItem
    from ..models.confirm_shipment_order_item import ConfirmShipmentOrderItem

    _lazy_pending = False


T = TypeVar("T", bound="PackageDetail")


@_attrs_define
class PackageDetail:
    """
    Attributes:
        carrier_code (str):
        order_items (list[ConfirmShipmentOrderItem]):
        package_reference_id (str):
        ship_date (datetime.datetime):
        tracking_number (str):
        carrier_name (str | Unset):
        ship_from_supply_source_id (str | Unset):
        shipping_method (str | Unset):
    """

    carrier_code: str
    order_items: list[ConfirmShipmentOrderItem]
    package_reference_id: str
    ship_date: datetime.datetime
    tracking_number: str
    carrier_name: str | Unset = UNSET
    ship_from_supply_source_id: str | Unset = UNSET
    shipping_method: str | Unset = UNSET
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
        carrier_code = self.carrier_code

        order_items = []
        for (
            componentsschemas_confirm_shipment_order_items_list_item_data
        ) in self.order_items:
            componentsschemas_confirm_shipment_order_items_list_item = (
                componentsschemas_confirm_shipment_order_items_list_item_data.to_dict()
            )
            order_items.append(componentsschemas_confirm_shipment_order_items_list_item)

        package_reference_id = self.package_reference_id

        ship_date = self.ship_date.isoformat()

        tracking_number = self.tracking_number

        carrier_name = self.carrier_name

        ship_from_supply_source_id = self.ship_from_supply_source_id

        shipping_method = self.shipping_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "carrierCode": carrier_code,
                "orderItems": order_items,
                "packageReferenceId": package_reference_id,
                "shipDate": ship_date,
                "trackingNumber": tracking_number,
            }
        )
        if carrier_name is not UNSET:
            field_dict["carrierName"] = carrier_name
        if ship_from_supply_source_id is not UNSET:
            field_dict["shipFromSupplySourceId"] = ship_from_supply_source_id
        if shipping_method is not UNSET:
            field_dict["shippingMethod"] = shipping_method

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.confirm_shipment_order_item import ConfirmShipmentOrderItem

        return (
            (
                ("carrierCode", "carrier_code", True, ("str",)),
                (
                    "orderItems",
                    "order_items",
                    True,
                    ("list", ("model", ConfirmShipmentOrderItem)),
                ),
                ("packageReferenceId", "package_reference_id", True, ("str",)),
                ("shipDate", "ship_date", True, ("datetime",)),
                ("trackingNumber", "tracking_number", True, ("str",)),
                ("carrierName", "carrier_name", False, ("str",)),
                (
                    "shipFromSupplySourceId",
                    "ship_from_supply_source_id",
                    False,
                    ("str",),
                ),
                ("shippingMethod", "shipping_method", False, ("str",)),
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
        carrier_code = d.pop("carrierCode")

        if _reader is not None and carrier_code.__class__ is not str:
            raise DeviationError("carrierCode")

        _order_items = d.pop("orderItems")
        order_items = [
            ConfirmShipmentOrderItem.from_dict(_item) for _item in _order_items
        ]

        package_reference_id = d.pop("packageReferenceId")

        if _reader is not None and package_reference_id.__class__ is not str:
            raise DeviationError("packageReferenceId")

        ship_date = datetime.datetime.fromisoformat(d.pop("shipDate"))

        if _reader is not None and ship_date.tzinfo is None:
            raise DeviationError("shipDate")

        tracking_number = d.pop("trackingNumber")

        if _reader is not None and tracking_number.__class__ is not str:
            raise DeviationError("trackingNumber")

        carrier_name = d.pop("carrierName", UNSET)

        if (
            _reader is not None
            and carrier_name.__class__ is not str
            and carrier_name is not UNSET
        ):
            raise DeviationError("carrierName")

        ship_from_supply_source_id = d.pop("shipFromSupplySourceId", UNSET)

        if (
            _reader is not None
            and ship_from_supply_source_id.__class__ is not str
            and ship_from_supply_source_id is not UNSET
        ):
            raise DeviationError("shipFromSupplySourceId")

        shipping_method = d.pop("shippingMethod", UNSET)

        if (
            _reader is not None
            and shipping_method.__class__ is not str
            and shipping_method is not UNSET
        ):
            raise DeviationError("shippingMethod")

        if cls is PackageDetail:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.carrier_code = carrier_code
            _built.order_items = order_items
            _built.package_reference_id = package_reference_id
            _built.ship_date = ship_date
            _built.tracking_number = tracking_number
            _built.carrier_name = carrier_name
            _built.ship_from_supply_source_id = ship_from_supply_source_id
            _built.shipping_method = shipping_method
            _built._parse_notes = None
            package_detail = _built
        else:  # a subclass: its own __init__ runs
            package_detail = cls(
                carrier_code=carrier_code,
                order_items=order_items,
                package_reference_id=package_reference_id,
                ship_date=ship_date,
                tracking_number=tracking_number,
                carrier_name=carrier_name,
                ship_from_supply_source_id=ship_from_supply_source_id,
                shipping_method=shipping_method,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        package_detail.additional_properties = d or {}
        return package_detail

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
