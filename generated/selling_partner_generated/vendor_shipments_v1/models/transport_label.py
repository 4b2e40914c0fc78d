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
    from ..models.label_data import LabelData
    from ..models.shipment_information import ShipmentInformation


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, LabelData, ShipmentInformation
    from ..models.label_data import LabelData
    from ..models.shipment_information import ShipmentInformation

    _lazy_pending = False


T = TypeVar("T", bound="TransportLabel")


@_attrs_define
class TransportLabel:
    """
    Attributes:
        label_create_date_time (datetime.datetime | Unset):
        label_data (list[LabelData] | Unset):
        shipment_information (ShipmentInformation | Unset):
    """

    label_create_date_time: datetime.datetime | Unset = UNSET
    label_data: list[LabelData] | Unset = UNSET
    shipment_information: ShipmentInformation | Unset = UNSET
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
        label_create_date_time: str | Unset = UNSET
        if not isinstance(self.label_create_date_time, Unset):
            label_create_date_time = self.label_create_date_time.isoformat()

        label_data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.label_data, Unset):
            label_data = []
            for label_data_item_data in self.label_data:
                label_data_item = label_data_item_data.to_dict()
                label_data.append(label_data_item)

        shipment_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipment_information, Unset):
            shipment_information = self.shipment_information.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label_create_date_time is not UNSET:
            field_dict["labelCreateDateTime"] = label_create_date_time
        if label_data is not UNSET:
            field_dict["labelData"] = label_data
        if shipment_information is not UNSET:
            field_dict["shipmentInformation"] = shipment_information

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.label_data import LabelData
        from ..models.shipment_information import ShipmentInformation

        return (
            (
                ("labelCreateDateTime", "label_create_date_time", False, ("datetime",)),
                ("labelData", "label_data", False, ("list", ("model", LabelData))),
                (
                    "shipmentInformation",
                    "shipment_information",
                    False,
                    ("model", ShipmentInformation),
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
        _label_create_date_time = d.pop("labelCreateDateTime", UNSET)
        label_create_date_time = (
            UNSET
            if _label_create_date_time is UNSET
            else datetime.datetime.fromisoformat(_label_create_date_time)
        )

        if (
            _reader is not None
            and not isinstance(label_create_date_time, Unset)
            and label_create_date_time.tzinfo is None
        ):
            raise DeviationError("labelCreateDateTime")

        _label_data = d.pop("labelData", UNSET)
        label_data = (
            UNSET
            if _label_data is UNSET
            else [LabelData.from_dict(_item) for _item in _label_data]
        )

        _shipment_information = d.pop("shipmentInformation", UNSET)
        shipment_information = (
            UNSET
            if _shipment_information is UNSET
            else ShipmentInformation.from_dict(_shipment_information)
        )

        if cls is TransportLabel:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.label_create_date_time = label_create_date_time
            _built.label_data = label_data
            _built.shipment_information = shipment_information
            _built._parse_notes = None
            transport_label = _built
        else:  # a subclass: its own __init__ runs
            transport_label = cls(
                label_create_date_time=label_create_date_time,
                label_data=label_data,
                shipment_information=shipment_information,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        transport_label.additional_properties = d or {}
        return transport_label

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
