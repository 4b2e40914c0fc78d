from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.box_contents_source import BoxContentsSource
from ..models.label_prep_type import LabelPrepType
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
    from ..models.box_contents_fee_details import BoxContentsFeeDetails


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Address, BoxContentsFeeDetails
    from ..models.address import Address
    from ..models.box_contents_fee_details import BoxContentsFeeDetails

    _lazy_pending = False


T = TypeVar("T", bound="InboundShipmentInfo")


@_attrs_define
class InboundShipmentInfo:
    """
    Attributes:
        are_cases_required (bool):
        ship_from_address (Address):
        box_contents_source (BoxContentsSource | Unset):
        confirmed_need_by_date (datetime.date | Unset):
        destination_fulfillment_center_id (str | Unset):
        estimated_box_contents_fee (BoxContentsFeeDetails | Unset):
        label_prep_type (LabelPrepType | Unset):
        shipment_id (str | Unset):
        shipment_name (str | Unset):
        shipment_status (ShipmentStatus | Unset):
    """

    are_cases_required: bool
    ship_from_address: Address
    box_contents_source: BoxContentsSource | Unset = UNSET
    confirmed_need_by_date: datetime.date | Unset = UNSET
    destination_fulfillment_center_id: str | Unset = UNSET
    estimated_box_contents_fee: BoxContentsFeeDetails | Unset = UNSET
    label_prep_type: LabelPrepType | Unset = UNSET
    shipment_id: str | Unset = UNSET
    shipment_name: str | Unset = UNSET
    shipment_status: ShipmentStatus | Unset = UNSET
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
        are_cases_required = self.are_cases_required

        ship_from_address = self.ship_from_address.to_dict()

        box_contents_source: str | Unset = UNSET
        if not isinstance(self.box_contents_source, Unset):
            box_contents_source = self.box_contents_source.value

        confirmed_need_by_date: str | Unset = UNSET
        if not isinstance(self.confirmed_need_by_date, Unset):
            confirmed_need_by_date = self.confirmed_need_by_date.isoformat()

        destination_fulfillment_center_id = self.destination_fulfillment_center_id

        estimated_box_contents_fee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.estimated_box_contents_fee, Unset):
            estimated_box_contents_fee = self.estimated_box_contents_fee.to_dict()

        label_prep_type: str | Unset = UNSET
        if not isinstance(self.label_prep_type, Unset):
            label_prep_type = self.label_prep_type.value

        shipment_id = self.shipment_id

        shipment_name = self.shipment_name

        shipment_status: str | Unset = UNSET
        if not isinstance(self.shipment_status, Unset):
            shipment_status = self.shipment_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AreCasesRequired": are_cases_required,
                "ShipFromAddress": ship_from_address,
            }
        )
        if box_contents_source is not UNSET:
            field_dict["BoxContentsSource"] = box_contents_source
        if confirmed_need_by_date is not UNSET:
            field_dict["ConfirmedNeedByDate"] = confirmed_need_by_date
        if destination_fulfillment_center_id is not UNSET:
            field_dict["DestinationFulfillmentCenterId"] = (
                destination_fulfillment_center_id
            )
        if estimated_box_contents_fee is not UNSET:
            field_dict["EstimatedBoxContentsFee"] = estimated_box_contents_fee
        if label_prep_type is not UNSET:
            field_dict["LabelPrepType"] = label_prep_type
        if shipment_id is not UNSET:
            field_dict["ShipmentId"] = shipment_id
        if shipment_name is not UNSET:
            field_dict["ShipmentName"] = shipment_name
        if shipment_status is not UNSET:
            field_dict["ShipmentStatus"] = shipment_status

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.address import Address
        from ..models.box_contents_fee_details import BoxContentsFeeDetails

        return (
            (
                ("AreCasesRequired", "are_cases_required", True, ("bool",)),
                ("ShipFromAddress", "ship_from_address", True, ("model", Address)),
                (
                    "BoxContentsSource",
                    "box_contents_source",
                    False,
                    ("enum", BoxContentsSource),
                ),
                ("ConfirmedNeedByDate", "confirmed_need_by_date", False, ("date",)),
                (
                    "DestinationFulfillmentCenterId",
                    "destination_fulfillment_center_id",
                    False,
                    ("str",),
                ),
                (
                    "EstimatedBoxContentsFee",
                    "estimated_box_contents_fee",
                    False,
                    ("model", BoxContentsFeeDetails),
                ),
                ("LabelPrepType", "label_prep_type", False, ("enum", LabelPrepType)),
                ("ShipmentId", "shipment_id", False, ("str",)),
                ("ShipmentName", "shipment_name", False, ("str",)),
                ("ShipmentStatus", "shipment_status", False, ("enum", ShipmentStatus)),
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
        are_cases_required = d.pop("AreCasesRequired")

        if _reader is not None and are_cases_required.__class__ is not bool:
            raise DeviationError("AreCasesRequired")

        ship_from_address = Address.from_dict(d.pop("ShipFromAddress"))

        _box_contents_source = d.pop("BoxContentsSource", UNSET)
        box_contents_source = (
            UNSET
            if _box_contents_source is UNSET
            else (
                BoxContentsSource._value2member_map_.get(_box_contents_source)
                if _box_contents_source.__class__ is str
                else None
            )
            or BoxContentsSource(_box_contents_source)
        )

        _confirmed_need_by_date = d.pop("ConfirmedNeedByDate", UNSET)
        confirmed_need_by_date = (
            UNSET
            if _confirmed_need_by_date is UNSET
            else datetime.date.fromisoformat(_confirmed_need_by_date)
        )

        destination_fulfillment_center_id = d.pop(
            "DestinationFulfillmentCenterId", UNSET
        )

        if (
            _reader is not None
            and destination_fulfillment_center_id.__class__ is not str
            and destination_fulfillment_center_id is not UNSET
        ):
            raise DeviationError("DestinationFulfillmentCenterId")

        _estimated_box_contents_fee = d.pop("EstimatedBoxContentsFee", UNSET)
        estimated_box_contents_fee = (
            UNSET
            if _estimated_box_contents_fee is UNSET
            else BoxContentsFeeDetails.from_dict(_estimated_box_contents_fee)
        )

        _label_prep_type = d.pop("LabelPrepType", UNSET)
        label_prep_type = (
            UNSET
            if _label_prep_type is UNSET
            else (
                LabelPrepType._value2member_map_.get(_label_prep_type)
                if _label_prep_type.__class__ is str
                else None
            )
            or LabelPrepType(_label_prep_type)
        )

        shipment_id = d.pop("ShipmentId", UNSET)

        if (
            _reader is not None
            and shipment_id.__class__ is not str
            and shipment_id is not UNSET
        ):
            raise DeviationError("ShipmentId")

        shipment_name = d.pop("ShipmentName", UNSET)

        if (
            _reader is not None
            and shipment_name.__class__ is not str
            and shipment_name is not UNSET
        ):
            raise DeviationError("ShipmentName")

        _shipment_status = d.pop("ShipmentStatus", UNSET)
        shipment_status = (
            UNSET
            if _shipment_status is UNSET
            else (
                ShipmentStatus._value2member_map_.get(_shipment_status)
                if _shipment_status.__class__ is str
                else None
            )
            or ShipmentStatus(_shipment_status)
        )

        if cls is InboundShipmentInfo:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.are_cases_required = are_cases_required
            _built.ship_from_address = ship_from_address
            _built.box_contents_source = box_contents_source
            _built.confirmed_need_by_date = confirmed_need_by_date
            _built.destination_fulfillment_center_id = destination_fulfillment_center_id
            _built.estimated_box_contents_fee = estimated_box_contents_fee
            _built.label_prep_type = label_prep_type
            _built.shipment_id = shipment_id
            _built.shipment_name = shipment_name
            _built.shipment_status = shipment_status
            _built._parse_notes = None
            inbound_shipment_info = _built
        else:  # a subclass: its own __init__ runs
            inbound_shipment_info = cls(
                are_cases_required=are_cases_required,
                ship_from_address=ship_from_address,
                box_contents_source=box_contents_source,
                confirmed_need_by_date=confirmed_need_by_date,
                destination_fulfillment_center_id=destination_fulfillment_center_id,
                estimated_box_contents_fee=estimated_box_contents_fee,
                label_prep_type=label_prep_type,
                shipment_id=shipment_id,
                shipment_name=shipment_name,
                shipment_status=shipment_status,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        inbound_shipment_info.additional_properties = d or {}
        return inbound_shipment_info

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
