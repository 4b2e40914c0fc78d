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
    from ..models.unmanifested_shipment_location import UnmanifestedShipmentLocation


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, UnmanifestedShipmentLocation
    from ..models.unmanifested_shipment_location import UnmanifestedShipmentLocation

    _lazy_pending = False


T = TypeVar("T", bound="UnmanifestedCarrierInformation")


@_attrs_define
class UnmanifestedCarrierInformation:
    """
    Attributes:
        carrier_id (str | Unset):
        carrier_name (str | Unset):
        unmanifested_shipment_location_list (list[UnmanifestedShipmentLocation] | Unset):
    """

    carrier_id: str | Unset = UNSET
    carrier_name: str | Unset = UNSET
    unmanifested_shipment_location_list: list[UnmanifestedShipmentLocation] | Unset = (
        UNSET
    )
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
        carrier_id = self.carrier_id

        carrier_name = self.carrier_name

        unmanifested_shipment_location_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.unmanifested_shipment_location_list, Unset):
            unmanifested_shipment_location_list = []
            for (
                componentsschemas_unmanifested_shipment_location_list_item_data
            ) in self.unmanifested_shipment_location_list:
                componentsschemas_unmanifested_shipment_location_list_item = componentsschemas_unmanifested_shipment_location_list_item_data.to_dict()
                unmanifested_shipment_location_list.append(
                    componentsschemas_unmanifested_shipment_location_list_item
                )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if carrier_id is not UNSET:
            field_dict["carrierId"] = carrier_id
        if carrier_name is not UNSET:
            field_dict["carrierName"] = carrier_name
        if unmanifested_shipment_location_list is not UNSET:
            field_dict["unmanifestedShipmentLocationList"] = (
                unmanifested_shipment_location_list
            )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.unmanifested_shipment_location import UnmanifestedShipmentLocation

        return (
            (
                ("carrierId", "carrier_id", False, ("str",)),
                ("carrierName", "carrier_name", False, ("str",)),
                (
                    "unmanifestedShipmentLocationList",
                    "unmanifested_shipment_location_list",
                    False,
                    ("list", ("model", UnmanifestedShipmentLocation)),
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
        carrier_id = d.pop("carrierId", UNSET)

        if (
            _reader is not None
            and carrier_id.__class__ is not str
            and carrier_id is not UNSET
        ):
            raise DeviationError("carrierId")

        carrier_name = d.pop("carrierName", UNSET)

        if (
            _reader is not None
            and carrier_name.__class__ is not str
            and carrier_name is not UNSET
        ):
            raise DeviationError("carrierName")

        _unmanifested_shipment_location_list = d.pop(
            "unmanifestedShipmentLocationList", UNSET
        )
        unmanifested_shipment_location_list = (
            UNSET
            if _unmanifested_shipment_location_list is UNSET
            else [
                UnmanifestedShipmentLocation.from_dict(_item)
                for _item in _unmanifested_shipment_location_list
            ]
        )

        if cls is UnmanifestedCarrierInformation:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.carrier_id = carrier_id
            _built.carrier_name = carrier_name
            _built.unmanifested_shipment_location_list = (
                unmanifested_shipment_location_list
            )
            _built._parse_notes = None
            unmanifested_carrier_information = _built
        else:  # a subclass: its own __init__ runs
            unmanifested_carrier_information = cls(
                carrier_id=carrier_id,
                carrier_name=carrier_name,
                unmanifested_shipment_location_list=unmanifested_shipment_location_list,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        unmanifested_carrier_information.additional_properties = d or {}
        return unmanifested_carrier_information

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
