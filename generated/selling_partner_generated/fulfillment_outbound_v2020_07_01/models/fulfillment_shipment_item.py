from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

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

T = TypeVar("T", bound="FulfillmentShipmentItem")


@_attrs_define
class FulfillmentShipmentItem:
    """
    Attributes:
        quantity (int):
        seller_fulfillment_order_item_id (str):
        seller_sku (str):
        manufacturer_lot_codes (list[str] | Unset):
        package_number (int | Unset):
        serial_number (str | Unset):
    """

    quantity: int
    seller_fulfillment_order_item_id: str
    seller_sku: str
    manufacturer_lot_codes: list[str] | Unset = UNSET
    package_number: int | Unset = UNSET
    serial_number: str | Unset = UNSET
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
        quantity = self.quantity

        seller_fulfillment_order_item_id = self.seller_fulfillment_order_item_id

        seller_sku = self.seller_sku

        manufacturer_lot_codes: list[str] | Unset = UNSET
        if not isinstance(self.manufacturer_lot_codes, Unset):
            manufacturer_lot_codes = self.manufacturer_lot_codes

        package_number = self.package_number

        serial_number = self.serial_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quantity": quantity,
                "sellerFulfillmentOrderItemId": seller_fulfillment_order_item_id,
                "sellerSku": seller_sku,
            }
        )
        if manufacturer_lot_codes is not UNSET:
            field_dict["manufacturerLotCodes"] = manufacturer_lot_codes
        if package_number is not UNSET:
            field_dict["packageNumber"] = package_number
        if serial_number is not UNSET:
            field_dict["serialNumber"] = serial_number

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("quantity", "quantity", True, ("int",)),
                (
                    "sellerFulfillmentOrderItemId",
                    "seller_fulfillment_order_item_id",
                    True,
                    ("str",),
                ),
                ("sellerSku", "seller_sku", True, ("str",)),
                (
                    "manufacturerLotCodes",
                    "manufacturer_lot_codes",
                    False,
                    ("list", ("str",)),
                ),
                ("packageNumber", "package_number", False, ("int",)),
                ("serialNumber", "serial_number", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        quantity = d.pop("quantity")

        if _reader is not None and quantity.__class__ is not int:
            raise DeviationError("quantity")

        seller_fulfillment_order_item_id = d.pop("sellerFulfillmentOrderItemId")

        if (
            _reader is not None
            and seller_fulfillment_order_item_id.__class__ is not str
        ):
            raise DeviationError("sellerFulfillmentOrderItemId")

        seller_sku = d.pop("sellerSku")

        if _reader is not None and seller_sku.__class__ is not str:
            raise DeviationError("sellerSku")

        manufacturer_lot_codes = d.pop("manufacturerLotCodes", UNSET)

        if (
            _reader is not None
            and manufacturer_lot_codes.__class__ is not list
            and manufacturer_lot_codes is not UNSET
        ):
            raise DeviationError("manufacturerLotCodes")

        package_number = d.pop("packageNumber", UNSET)

        if (
            _reader is not None
            and package_number.__class__ is not int
            and package_number is not UNSET
        ):
            raise DeviationError("packageNumber")

        serial_number = d.pop("serialNumber", UNSET)

        if (
            _reader is not None
            and serial_number.__class__ is not str
            and serial_number is not UNSET
        ):
            raise DeviationError("serialNumber")

        if cls is FulfillmentShipmentItem:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.quantity = quantity
            _built.seller_fulfillment_order_item_id = seller_fulfillment_order_item_id
            _built.seller_sku = seller_sku
            _built.manufacturer_lot_codes = manufacturer_lot_codes
            _built.package_number = package_number
            _built.serial_number = serial_number
            _built._parse_notes = None
            fulfillment_shipment_item = _built
        else:  # a subclass: its own __init__ runs
            fulfillment_shipment_item = cls(
                quantity=quantity,
                seller_fulfillment_order_item_id=seller_fulfillment_order_item_id,
                seller_sku=seller_sku,
                manufacturer_lot_codes=manufacturer_lot_codes,
                package_number=package_number,
                serial_number=serial_number,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        fulfillment_shipment_item.additional_properties = d or {}
        return fulfillment_shipment_item

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
