from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.parking_cost_type import ParkingCostType
from ..models.parking_spot_identification_type import ParkingSpotIdentificationType
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

T = TypeVar("T", bound="ParkingConfiguration")


@_attrs_define
class ParkingConfiguration:
    """
    Attributes:
        number_of_parking_spots (int | Unset):
        parking_cost_type (ParkingCostType | Unset):
        parking_spot_identification_type (ParkingSpotIdentificationType | Unset):
    """

    number_of_parking_spots: int | Unset = UNSET
    parking_cost_type: ParkingCostType | Unset = UNSET
    parking_spot_identification_type: ParkingSpotIdentificationType | Unset = UNSET
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
        number_of_parking_spots = self.number_of_parking_spots

        parking_cost_type: str | Unset = UNSET
        if not isinstance(self.parking_cost_type, Unset):
            parking_cost_type = self.parking_cost_type.value

        parking_spot_identification_type: str | Unset = UNSET
        if not isinstance(self.parking_spot_identification_type, Unset):
            parking_spot_identification_type = (
                self.parking_spot_identification_type.value
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number_of_parking_spots is not UNSET:
            field_dict["numberOfParkingSpots"] = number_of_parking_spots
        if parking_cost_type is not UNSET:
            field_dict["parkingCostType"] = parking_cost_type
        if parking_spot_identification_type is not UNSET:
            field_dict["parkingSpotIdentificationType"] = (
                parking_spot_identification_type
            )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("numberOfParkingSpots", "number_of_parking_spots", False, ("int",)),
                (
                    "parkingCostType",
                    "parking_cost_type",
                    False,
                    ("enum", ParkingCostType),
                ),
                (
                    "parkingSpotIdentificationType",
                    "parking_spot_identification_type",
                    False,
                    ("enum", ParkingSpotIdentificationType),
                ),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        number_of_parking_spots = d.pop("numberOfParkingSpots", UNSET)

        if (
            _reader is not None
            and number_of_parking_spots.__class__ is not int
            and number_of_parking_spots is not UNSET
        ):
            raise DeviationError("numberOfParkingSpots")

        _parking_cost_type = d.pop("parkingCostType", UNSET)
        parking_cost_type = (
            UNSET
            if _parking_cost_type is UNSET
            else (
                ParkingCostType._value2member_map_.get(_parking_cost_type)
                if _parking_cost_type.__class__ is str
                else None
            )
            or ParkingCostType(_parking_cost_type)
        )

        _parking_spot_identification_type = d.pop(
            "parkingSpotIdentificationType", UNSET
        )
        parking_spot_identification_type = (
            UNSET
            if _parking_spot_identification_type is UNSET
            else (
                ParkingSpotIdentificationType._value2member_map_.get(
                    _parking_spot_identification_type
                )
                if _parking_spot_identification_type.__class__ is str
                else None
            )
            or ParkingSpotIdentificationType(_parking_spot_identification_type)
        )

        if cls is ParkingConfiguration:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.number_of_parking_spots = number_of_parking_spots
            _built.parking_cost_type = parking_cost_type
            _built.parking_spot_identification_type = parking_spot_identification_type
            _built._parse_notes = None
            parking_configuration = _built
        else:  # a subclass: its own __init__ runs
            parking_configuration = cls(
                number_of_parking_spots=number_of_parking_spots,
                parking_cost_type=parking_cost_type,
                parking_spot_identification_type=parking_spot_identification_type,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        parking_configuration.additional_properties = d or {}
        return parking_configuration

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
