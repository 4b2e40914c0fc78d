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

T = TypeVar("T", bound="CarrierDetailsContext")


@_attrs_define
class CarrierDetailsContext:
    """
    Attributes:
        address (str | Unset):
        context_type (str | Unset):
        federal_tax_id (str | Unset):
        name (str | Unset):
        region_code (str | Unset):
        region_tax_id (str | Unset):
        vehicle_license_plate (str | Unset):
        vehicle_registration_region_code (str | Unset):
    """

    address: str | Unset = UNSET
    context_type: str | Unset = UNSET
    federal_tax_id: str | Unset = UNSET
    name: str | Unset = UNSET
    region_code: str | Unset = UNSET
    region_tax_id: str | Unset = UNSET
    vehicle_license_plate: str | Unset = UNSET
    vehicle_registration_region_code: str | Unset = UNSET
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
        address = self.address

        context_type = self.context_type

        federal_tax_id = self.federal_tax_id

        name = self.name

        region_code = self.region_code

        region_tax_id = self.region_tax_id

        vehicle_license_plate = self.vehicle_license_plate

        vehicle_registration_region_code = self.vehicle_registration_region_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if context_type is not UNSET:
            field_dict["contextType"] = context_type
        if federal_tax_id is not UNSET:
            field_dict["federalTaxId"] = federal_tax_id
        if name is not UNSET:
            field_dict["name"] = name
        if region_code is not UNSET:
            field_dict["regionCode"] = region_code
        if region_tax_id is not UNSET:
            field_dict["regionTaxId"] = region_tax_id
        if vehicle_license_plate is not UNSET:
            field_dict["vehicleLicensePlate"] = vehicle_license_plate
        if vehicle_registration_region_code is not UNSET:
            field_dict["vehicleRegistrationRegionCode"] = (
                vehicle_registration_region_code
            )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("address", "address", False, ("str",)),
                ("contextType", "context_type", False, ("str",)),
                ("federalTaxId", "federal_tax_id", False, ("str",)),
                ("name", "name", False, ("str",)),
                ("regionCode", "region_code", False, ("str",)),
                ("regionTaxId", "region_tax_id", False, ("str",)),
                ("vehicleLicensePlate", "vehicle_license_plate", False, ("str",)),
                (
                    "vehicleRegistrationRegionCode",
                    "vehicle_registration_region_code",
                    False,
                    ("str",),
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
        address = d.pop("address", UNSET)

        if (
            _reader is not None
            and address.__class__ is not str
            and address is not UNSET
        ):
            raise DeviationError("address")

        context_type = d.pop("contextType", UNSET)

        if (
            _reader is not None
            and context_type.__class__ is not str
            and context_type is not UNSET
        ):
            raise DeviationError("contextType")

        federal_tax_id = d.pop("federalTaxId", UNSET)

        if (
            _reader is not None
            and federal_tax_id.__class__ is not str
            and federal_tax_id is not UNSET
        ):
            raise DeviationError("federalTaxId")

        name = d.pop("name", UNSET)

        if _reader is not None and name.__class__ is not str and name is not UNSET:
            raise DeviationError("name")

        region_code = d.pop("regionCode", UNSET)

        if (
            _reader is not None
            and region_code.__class__ is not str
            and region_code is not UNSET
        ):
            raise DeviationError("regionCode")

        region_tax_id = d.pop("regionTaxId", UNSET)

        if (
            _reader is not None
            and region_tax_id.__class__ is not str
            and region_tax_id is not UNSET
        ):
            raise DeviationError("regionTaxId")

        vehicle_license_plate = d.pop("vehicleLicensePlate", UNSET)

        if (
            _reader is not None
            and vehicle_license_plate.__class__ is not str
            and vehicle_license_plate is not UNSET
        ):
            raise DeviationError("vehicleLicensePlate")

        vehicle_registration_region_code = d.pop("vehicleRegistrationRegionCode", UNSET)

        if (
            _reader is not None
            and vehicle_registration_region_code.__class__ is not str
            and vehicle_registration_region_code is not UNSET
        ):
            raise DeviationError("vehicleRegistrationRegionCode")

        if cls is CarrierDetailsContext:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.address = address
            _built.context_type = context_type
            _built.federal_tax_id = federal_tax_id
            _built.name = name
            _built.region_code = region_code
            _built.region_tax_id = region_tax_id
            _built.vehicle_license_plate = vehicle_license_plate
            _built.vehicle_registration_region_code = vehicle_registration_region_code
            _built._parse_notes = None
            carrier_details_context = _built
        else:  # a subclass: its own __init__ runs
            carrier_details_context = cls(
                address=address,
                context_type=context_type,
                federal_tax_id=federal_tax_id,
                name=name,
                region_code=region_code,
                region_tax_id=region_tax_id,
                vehicle_license_plate=vehicle_license_plate,
                vehicle_registration_region_code=vehicle_registration_region_code,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        carrier_details_context.additional_properties = d or {}
        return carrier_details_context

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
