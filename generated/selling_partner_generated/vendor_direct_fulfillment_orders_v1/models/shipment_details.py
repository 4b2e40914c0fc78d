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
    from ..models.shipment_dates import ShipmentDates


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ShipmentDates
    from ..models.shipment_dates import ShipmentDates

    _lazy_pending = False


T = TypeVar("T", bound="ShipmentDetails")


@_attrs_define
class ShipmentDetails:
    """
    Attributes:
        is_priority_shipment (bool):
        is_pslip_required (bool):
        message_to_customer (str):
        ship_method (str):
        shipment_dates (ShipmentDates):
        is_gift (bool | Unset):
        is_scheduled_delivery_shipment (bool | Unset):
    """

    is_priority_shipment: bool
    is_pslip_required: bool
    message_to_customer: str
    ship_method: str
    shipment_dates: ShipmentDates
    is_gift: bool | Unset = UNSET
    is_scheduled_delivery_shipment: bool | Unset = UNSET
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
        is_priority_shipment = self.is_priority_shipment

        is_pslip_required = self.is_pslip_required

        message_to_customer = self.message_to_customer

        ship_method = self.ship_method

        shipment_dates = self.shipment_dates.to_dict()

        is_gift = self.is_gift

        is_scheduled_delivery_shipment = self.is_scheduled_delivery_shipment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isPriorityShipment": is_priority_shipment,
                "isPslipRequired": is_pslip_required,
                "messageToCustomer": message_to_customer,
                "shipMethod": ship_method,
                "shipmentDates": shipment_dates,
            }
        )
        if is_gift is not UNSET:
            field_dict["isGift"] = is_gift
        if is_scheduled_delivery_shipment is not UNSET:
            field_dict["isScheduledDeliveryShipment"] = is_scheduled_delivery_shipment

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.shipment_dates import ShipmentDates

        return (
            (
                ("isPriorityShipment", "is_priority_shipment", True, ("bool",)),
                ("isPslipRequired", "is_pslip_required", True, ("bool",)),
                ("messageToCustomer", "message_to_customer", True, ("str",)),
                ("shipMethod", "ship_method", True, ("str",)),
                ("shipmentDates", "shipment_dates", True, ("model", ShipmentDates)),
                ("isGift", "is_gift", False, ("bool",)),
                (
                    "isScheduledDeliveryShipment",
                    "is_scheduled_delivery_shipment",
                    False,
                    ("bool",),
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
        is_priority_shipment = d.pop("isPriorityShipment")

        if _reader is not None and is_priority_shipment.__class__ is not bool:
            raise DeviationError("isPriorityShipment")

        is_pslip_required = d.pop("isPslipRequired")

        if _reader is not None and is_pslip_required.__class__ is not bool:
            raise DeviationError("isPslipRequired")

        message_to_customer = d.pop("messageToCustomer")

        if _reader is not None and message_to_customer.__class__ is not str:
            raise DeviationError("messageToCustomer")

        ship_method = d.pop("shipMethod")

        if _reader is not None and ship_method.__class__ is not str:
            raise DeviationError("shipMethod")

        shipment_dates = ShipmentDates.from_dict(d.pop("shipmentDates"))

        is_gift = d.pop("isGift", UNSET)

        if (
            _reader is not None
            and is_gift.__class__ is not bool
            and is_gift is not UNSET
        ):
            raise DeviationError("isGift")

        is_scheduled_delivery_shipment = d.pop("isScheduledDeliveryShipment", UNSET)

        if (
            _reader is not None
            and is_scheduled_delivery_shipment.__class__ is not bool
            and is_scheduled_delivery_shipment is not UNSET
        ):
            raise DeviationError("isScheduledDeliveryShipment")

        if cls is ShipmentDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.is_priority_shipment = is_priority_shipment
            _built.is_pslip_required = is_pslip_required
            _built.message_to_customer = message_to_customer
            _built.ship_method = ship_method
            _built.shipment_dates = shipment_dates
            _built.is_gift = is_gift
            _built.is_scheduled_delivery_shipment = is_scheduled_delivery_shipment
            _built._parse_notes = None
            shipment_details = _built
        else:  # a subclass: its own __init__ runs
            shipment_details = cls(
                is_priority_shipment=is_priority_shipment,
                is_pslip_required=is_pslip_required,
                message_to_customer=message_to_customer,
                ship_method=ship_method,
                shipment_dates=shipment_dates,
                is_gift=is_gift,
                is_scheduled_delivery_shipment=is_scheduled_delivery_shipment,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        shipment_details.additional_properties = d or {}
        return shipment_details

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
