from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.priority import Priority
from ..models.shipment_info_payment_method import ShipmentInfoPaymentMethod
from ..models.shipment_info_processing_source import ShipmentInfoProcessingSource
from ..models.shipment_info_shipment_type import ShipmentInfoShipmentType
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
    from ..models.replaced_shipment_info import ReplacedShipmentInfo


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ReplacedShipmentInfo
    from ..models.replaced_shipment_info import ReplacedShipmentInfo

    _lazy_pending = False


T = TypeVar("T", bound="ShipmentInfo")


@_attrs_define
class ShipmentInfo:
    """
    Attributes:
        buyer_order_id (str):
        number_of_units (int):
        priority (Priority):
        shipment_type (ShipmentInfoShipmentType):
        order_placed_timestamp (str | Unset):
        order_states_eligible_for_rejection (list[str] | Unset):
        original_shipment_info (ReplacedShipmentInfo | Unset):
        payment_method (ShipmentInfoPaymentMethod | Unset):
        processing_source (ShipmentInfoProcessingSource | Unset):
    """

    buyer_order_id: str
    number_of_units: int
    priority: Priority
    shipment_type: ShipmentInfoShipmentType
    order_placed_timestamp: str | Unset = UNSET
    order_states_eligible_for_rejection: list[str] | Unset = UNSET
    original_shipment_info: ReplacedShipmentInfo | Unset = UNSET
    payment_method: ShipmentInfoPaymentMethod | Unset = UNSET
    processing_source: ShipmentInfoProcessingSource | Unset = UNSET
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
        buyer_order_id = self.buyer_order_id

        number_of_units = self.number_of_units

        priority = self.priority.value

        shipment_type = self.shipment_type.value

        order_placed_timestamp = self.order_placed_timestamp

        order_states_eligible_for_rejection: list[str] | Unset = UNSET
        if not isinstance(self.order_states_eligible_for_rejection, Unset):
            order_states_eligible_for_rejection = (
                self.order_states_eligible_for_rejection
            )

        original_shipment_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.original_shipment_info, Unset):
            original_shipment_info = self.original_shipment_info.to_dict()

        payment_method: str | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.value

        processing_source: str | Unset = UNSET
        if not isinstance(self.processing_source, Unset):
            processing_source = self.processing_source.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "buyerOrderId": buyer_order_id,
                "numberOfUnits": number_of_units,
                "priority": priority,
                "shipmentType": shipment_type,
            }
        )
        if order_placed_timestamp is not UNSET:
            field_dict["orderPlacedTimestamp"] = order_placed_timestamp
        if order_states_eligible_for_rejection is not UNSET:
            field_dict["orderStatesEligibleForRejection"] = (
                order_states_eligible_for_rejection
            )
        if original_shipment_info is not UNSET:
            field_dict["originalShipmentInfo"] = original_shipment_info
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if processing_source is not UNSET:
            field_dict["processingSource"] = processing_source

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.replaced_shipment_info import ReplacedShipmentInfo

        return (
            (
                ("buyerOrderId", "buyer_order_id", True, ("str",)),
                ("numberOfUnits", "number_of_units", True, ("int",)),
                ("priority", "priority", True, ("enum", Priority)),
                (
                    "shipmentType",
                    "shipment_type",
                    True,
                    ("enum", ShipmentInfoShipmentType),
                ),
                ("orderPlacedTimestamp", "order_placed_timestamp", False, ("str",)),
                (
                    "orderStatesEligibleForRejection",
                    "order_states_eligible_for_rejection",
                    False,
                    ("list", ("str",)),
                ),
                (
                    "originalShipmentInfo",
                    "original_shipment_info",
                    False,
                    ("model", ReplacedShipmentInfo),
                ),
                (
                    "paymentMethod",
                    "payment_method",
                    False,
                    ("enum", ShipmentInfoPaymentMethod),
                ),
                (
                    "processingSource",
                    "processing_source",
                    False,
                    ("enum", ShipmentInfoProcessingSource),
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
        buyer_order_id = d.pop("buyerOrderId")

        if _reader is not None and buyer_order_id.__class__ is not str:
            raise DeviationError("buyerOrderId")

        number_of_units = d.pop("numberOfUnits")

        if _reader is not None and number_of_units.__class__ is not int:
            raise DeviationError("numberOfUnits")

        _priority = d.pop("priority")
        priority = (
            Priority._value2member_map_.get(_priority)
            if _priority.__class__ is str
            else None
        ) or Priority(_priority)

        _shipment_type = d.pop("shipmentType")
        shipment_type = (
            ShipmentInfoShipmentType._value2member_map_.get(_shipment_type)
            if _shipment_type.__class__ is str
            else None
        ) or ShipmentInfoShipmentType(_shipment_type)

        order_placed_timestamp = d.pop("orderPlacedTimestamp", UNSET)

        if (
            _reader is not None
            and order_placed_timestamp.__class__ is not str
            and order_placed_timestamp is not UNSET
        ):
            raise DeviationError("orderPlacedTimestamp")

        order_states_eligible_for_rejection = d.pop(
            "orderStatesEligibleForRejection", UNSET
        )

        if (
            _reader is not None
            and order_states_eligible_for_rejection.__class__ is not list
            and order_states_eligible_for_rejection is not UNSET
        ):
            raise DeviationError("orderStatesEligibleForRejection")

        _original_shipment_info = d.pop("originalShipmentInfo", UNSET)
        original_shipment_info = (
            UNSET
            if _original_shipment_info is UNSET
            else ReplacedShipmentInfo.from_dict(_original_shipment_info)
        )

        _payment_method = d.pop("paymentMethod", UNSET)
        payment_method = (
            UNSET
            if _payment_method is UNSET
            else (
                ShipmentInfoPaymentMethod._value2member_map_.get(_payment_method)
                if _payment_method.__class__ is str
                else None
            )
            or ShipmentInfoPaymentMethod(_payment_method)
        )

        _processing_source = d.pop("processingSource", UNSET)
        processing_source = (
            UNSET
            if _processing_source is UNSET
            else (
                ShipmentInfoProcessingSource._value2member_map_.get(_processing_source)
                if _processing_source.__class__ is str
                else None
            )
            or ShipmentInfoProcessingSource(_processing_source)
        )

        if cls is ShipmentInfo:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.buyer_order_id = buyer_order_id
            _built.number_of_units = number_of_units
            _built.priority = priority
            _built.shipment_type = shipment_type
            _built.order_placed_timestamp = order_placed_timestamp
            _built.order_states_eligible_for_rejection = (
                order_states_eligible_for_rejection
            )
            _built.original_shipment_info = original_shipment_info
            _built.payment_method = payment_method
            _built.processing_source = processing_source
            _built._parse_notes = None
            shipment_info = _built
        else:  # a subclass: its own __init__ runs
            shipment_info = cls(
                buyer_order_id=buyer_order_id,
                number_of_units=number_of_units,
                priority=priority,
                shipment_type=shipment_type,
                order_placed_timestamp=order_placed_timestamp,
                order_states_eligible_for_rejection=order_states_eligible_for_rejection,
                original_shipment_info=original_shipment_info,
                payment_method=payment_method,
                processing_source=processing_source,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        shipment_info.additional_properties = d or {}
        return shipment_info

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
