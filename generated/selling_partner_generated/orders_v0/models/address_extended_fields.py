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
    from ..models.geo_coordinates import GeoCoordinates


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, GeoCoordinates
    from ..models.geo_coordinates import GeoCoordinates

    _lazy_pending = False


T = TypeVar("T", bound="AddressExtendedFields")


@_attrs_define
class AddressExtendedFields:
    """
    Attributes:
        complement (str | Unset):
        geo_coordinates (GeoCoordinates | Unset):
        neighborhood (str | Unset):
        street_name (str | Unset):
        street_number (str | Unset):
    """

    complement: str | Unset = UNSET
    geo_coordinates: GeoCoordinates | Unset = UNSET
    neighborhood: str | Unset = UNSET
    street_name: str | Unset = UNSET
    street_number: str | Unset = UNSET
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
        complement = self.complement

        geo_coordinates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.geo_coordinates, Unset):
            geo_coordinates = self.geo_coordinates.to_dict()

        neighborhood = self.neighborhood

        street_name = self.street_name

        street_number = self.street_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if complement is not UNSET:
            field_dict["Complement"] = complement
        if geo_coordinates is not UNSET:
            field_dict["GeoCoordinates"] = geo_coordinates
        if neighborhood is not UNSET:
            field_dict["Neighborhood"] = neighborhood
        if street_name is not UNSET:
            field_dict["StreetName"] = street_name
        if street_number is not UNSET:
            field_dict["StreetNumber"] = street_number

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.geo_coordinates import GeoCoordinates

        return (
            (
                ("Complement", "complement", False, ("str",)),
                ("GeoCoordinates", "geo_coordinates", False, ("model", GeoCoordinates)),
                ("Neighborhood", "neighborhood", False, ("str",)),
                ("StreetName", "street_name", False, ("str",)),
                ("StreetNumber", "street_number", False, ("str",)),
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
        complement = d.pop("Complement", UNSET)

        if (
            _reader is not None
            and complement.__class__ is not str
            and complement is not UNSET
        ):
            raise DeviationError("Complement")

        _geo_coordinates = d.pop("GeoCoordinates", UNSET)
        geo_coordinates = (
            UNSET
            if _geo_coordinates is UNSET
            else GeoCoordinates.from_dict(_geo_coordinates)
        )

        neighborhood = d.pop("Neighborhood", UNSET)

        if (
            _reader is not None
            and neighborhood.__class__ is not str
            and neighborhood is not UNSET
        ):
            raise DeviationError("Neighborhood")

        street_name = d.pop("StreetName", UNSET)

        if (
            _reader is not None
            and street_name.__class__ is not str
            and street_name is not UNSET
        ):
            raise DeviationError("StreetName")

        street_number = d.pop("StreetNumber", UNSET)

        if (
            _reader is not None
            and street_number.__class__ is not str
            and street_number is not UNSET
        ):
            raise DeviationError("StreetNumber")

        if cls is AddressExtendedFields:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.complement = complement
            _built.geo_coordinates = geo_coordinates
            _built.neighborhood = neighborhood
            _built.street_name = street_name
            _built.street_number = street_number
            _built._parse_notes = None
            address_extended_fields = _built
        else:  # a subclass: its own __init__ runs
            address_extended_fields = cls(
                complement=complement,
                geo_coordinates=geo_coordinates,
                neighborhood=neighborhood,
                street_name=street_name,
                street_number=street_number,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        address_extended_fields.additional_properties = d or {}
        return address_extended_fields

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
