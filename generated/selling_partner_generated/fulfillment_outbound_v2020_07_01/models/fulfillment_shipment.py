from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fulfillment_shipment_fulfillment_shipment_status import (
    FulfillmentShipmentFulfillmentShipmentStatus,
)
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
    from ..models.fulfillment_shipment_item import FulfillmentShipmentItem
    from ..models.fulfillment_shipment_package import FulfillmentShipmentPackage


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, FulfillmentShipmentItem, FulfillmentShipmentPackage
    from ..models.fulfillment_shipment_item import FulfillmentShipmentItem
    from ..models.fulfillment_shipment_package import FulfillmentShipmentPackage

    _lazy_pending = False


T = TypeVar("T", bound="FulfillmentShipment")


@_attrs_define
class FulfillmentShipment:
    """
    Attributes:
        amazon_shipment_id (str):
        fulfillment_center_id (str):
        fulfillment_shipment_item (list[FulfillmentShipmentItem]):
        fulfillment_shipment_status (FulfillmentShipmentFulfillmentShipmentStatus):
        estimated_arrival_date (datetime.datetime | Unset):
        fulfillment_shipment_package (list[FulfillmentShipmentPackage] | Unset):
        shipping_date (datetime.datetime | Unset):
        shipping_notes (list[str] | Unset):
    """

    amazon_shipment_id: str
    fulfillment_center_id: str
    fulfillment_shipment_item: list[FulfillmentShipmentItem]
    fulfillment_shipment_status: FulfillmentShipmentFulfillmentShipmentStatus
    estimated_arrival_date: datetime.datetime | Unset = UNSET
    fulfillment_shipment_package: list[FulfillmentShipmentPackage] | Unset = UNSET
    shipping_date: datetime.datetime | Unset = UNSET
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
        amazon_shipment_id = self.amazon_shipment_id

        fulfillment_center_id = self.fulfillment_center_id

        fulfillment_shipment_item = []
        for (
            componentsschemas_fulfillment_shipment_item_list_item_data
        ) in self.fulfillment_shipment_item:
            componentsschemas_fulfillment_shipment_item_list_item = (
                componentsschemas_fulfillment_shipment_item_list_item_data.to_dict()
            )
            fulfillment_shipment_item.append(
                componentsschemas_fulfillment_shipment_item_list_item
            )

        fulfillment_shipment_status = self.fulfillment_shipment_status.value

        estimated_arrival_date: str | Unset = UNSET
        if not isinstance(self.estimated_arrival_date, Unset):
            estimated_arrival_date = self.estimated_arrival_date.isoformat()

        fulfillment_shipment_package: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fulfillment_shipment_package, Unset):
            fulfillment_shipment_package = []
            for (
                componentsschemas_fulfillment_shipment_package_list_item_data
            ) in self.fulfillment_shipment_package:
                componentsschemas_fulfillment_shipment_package_list_item = componentsschemas_fulfillment_shipment_package_list_item_data.to_dict()
                fulfillment_shipment_package.append(
                    componentsschemas_fulfillment_shipment_package_list_item
                )

        shipping_date: str | Unset = UNSET
        if not isinstance(self.shipping_date, Unset):
            shipping_date = self.shipping_date.isoformat()

        shipping_notes: list[str] | Unset = UNSET
        if not isinstance(self.shipping_notes, Unset):
            shipping_notes = self.shipping_notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amazonShipmentId": amazon_shipment_id,
                "fulfillmentCenterId": fulfillment_center_id,
                "fulfillmentShipmentItem": fulfillment_shipment_item,
                "fulfillmentShipmentStatus": fulfillment_shipment_status,
            }
        )
        if estimated_arrival_date is not UNSET:
            field_dict["estimatedArrivalDate"] = estimated_arrival_date
        if fulfillment_shipment_package is not UNSET:
            field_dict["fulfillmentShipmentPackage"] = fulfillment_shipment_package
        if shipping_date is not UNSET:
            field_dict["shippingDate"] = shipping_date
        if shipping_notes is not UNSET:
            field_dict["shippingNotes"] = shipping_notes

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.fulfillment_shipment_item import FulfillmentShipmentItem
        from ..models.fulfillment_shipment_package import FulfillmentShipmentPackage

        return (
            (
                ("amazonShipmentId", "amazon_shipment_id", True, ("str",)),
                ("fulfillmentCenterId", "fulfillment_center_id", True, ("str",)),
                (
                    "fulfillmentShipmentItem",
                    "fulfillment_shipment_item",
                    True,
                    ("list", ("model", FulfillmentShipmentItem)),
                ),
                (
                    "fulfillmentShipmentStatus",
                    "fulfillment_shipment_status",
                    True,
                    ("enum", FulfillmentShipmentFulfillmentShipmentStatus),
                ),
                (
                    "estimatedArrivalDate",
                    "estimated_arrival_date",
                    False,
                    ("datetime",),
                ),
                (
                    "fulfillmentShipmentPackage",
                    "fulfillment_shipment_package",
                    False,
                    ("list", ("model", FulfillmentShipmentPackage)),
                ),
                ("shippingDate", "shipping_date", False, ("datetime",)),
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
        amazon_shipment_id = d.pop("amazonShipmentId")

        if _reader is not None and amazon_shipment_id.__class__ is not str:
            raise DeviationError("amazonShipmentId")

        fulfillment_center_id = d.pop("fulfillmentCenterId")

        if _reader is not None and fulfillment_center_id.__class__ is not str:
            raise DeviationError("fulfillmentCenterId")

        _fulfillment_shipment_item = d.pop("fulfillmentShipmentItem")
        fulfillment_shipment_item = [
            FulfillmentShipmentItem.from_dict(_item)
            for _item in _fulfillment_shipment_item
        ]

        _fulfillment_shipment_status = d.pop("fulfillmentShipmentStatus")
        fulfillment_shipment_status = (
            FulfillmentShipmentFulfillmentShipmentStatus._value2member_map_.get(
                _fulfillment_shipment_status
            )
            if _fulfillment_shipment_status.__class__ is str
            else None
        ) or FulfillmentShipmentFulfillmentShipmentStatus(_fulfillment_shipment_status)

        _estimated_arrival_date = d.pop("estimatedArrivalDate", UNSET)
        estimated_arrival_date = (
            UNSET
            if _estimated_arrival_date is UNSET
            else datetime.datetime.fromisoformat(_estimated_arrival_date)
        )

        if (
            _reader is not None
            and not isinstance(estimated_arrival_date, Unset)
            and estimated_arrival_date.tzinfo is None
        ):
            raise DeviationError("estimatedArrivalDate")

        _fulfillment_shipment_package = d.pop("fulfillmentShipmentPackage", UNSET)
        fulfillment_shipment_package = (
            UNSET
            if _fulfillment_shipment_package is UNSET
            else [
                FulfillmentShipmentPackage.from_dict(_item)
                for _item in _fulfillment_shipment_package
            ]
        )

        _shipping_date = d.pop("shippingDate", UNSET)
        shipping_date = (
            UNSET
            if _shipping_date is UNSET
            else datetime.datetime.fromisoformat(_shipping_date)
        )

        if (
            _reader is not None
            and not isinstance(shipping_date, Unset)
            and shipping_date.tzinfo is None
        ):
            raise DeviationError("shippingDate")

        shipping_notes = d.pop("shippingNotes", UNSET)

        if (
            _reader is not None
            and shipping_notes.__class__ is not list
            and shipping_notes is not UNSET
        ):
            raise DeviationError("shippingNotes")

        if cls is FulfillmentShipment:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.amazon_shipment_id = amazon_shipment_id
            _built.fulfillment_center_id = fulfillment_center_id
            _built.fulfillment_shipment_item = fulfillment_shipment_item
            _built.fulfillment_shipment_status = fulfillment_shipment_status
            _built.estimated_arrival_date = estimated_arrival_date
            _built.fulfillment_shipment_package = fulfillment_shipment_package
            _built.shipping_date = shipping_date
            _built.shipping_notes = shipping_notes
            _built._parse_notes = None
            fulfillment_shipment = _built
        else:  # a subclass: its own __init__ runs
            fulfillment_shipment = cls(
                amazon_shipment_id=amazon_shipment_id,
                fulfillment_center_id=fulfillment_center_id,
                fulfillment_shipment_item=fulfillment_shipment_item,
                fulfillment_shipment_status=fulfillment_shipment_status,
                estimated_arrival_date=estimated_arrival_date,
                fulfillment_shipment_package=fulfillment_shipment_package,
                shipping_date=shipping_date,
                shipping_notes=shipping_notes,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        fulfillment_shipment.additional_properties = d or {}
        return fulfillment_shipment

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
