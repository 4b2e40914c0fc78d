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

T = TypeVar("T", bound="TrackingMilestoneAddress")


@_attrs_define
class TrackingMilestoneAddress:
    """
    Attributes:
        city (str | Unset):
        country_code (str | Unset):
        region (str | Unset):
    """

    city: str | Unset = UNSET
    country_code: str | Unset = UNSET
    region: str | Unset = UNSET
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
        city = self.city

        country_code = self.country_code

        region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if city is not UNSET:
            field_dict["city"] = city
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("city", "city", False, ("str",)),
                ("countryCode", "country_code", False, ("str",)),
                ("region", "region", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        city = d.pop("city", UNSET)

        if _reader is not None and city.__class__ is not str and city is not UNSET:
            raise DeviationError("city")

        country_code = d.pop("countryCode", UNSET)

        if (
            _reader is not None
            and country_code.__class__ is not str
            and country_code is not UNSET
        ):
            raise DeviationError("countryCode")

        region = d.pop("region", UNSET)

        if _reader is not None and region.__class__ is not str and region is not UNSET:
            raise DeviationError("region")

        if cls is TrackingMilestoneAddress:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.city = city
            _built.country_code = country_code
            _built.region = region
            _built._parse_notes = None
            tracking_milestone_address = _built
        else:  # a subclass: its own __init__ runs
            tracking_milestone_address = cls(
                city=city,
                country_code=country_code,
                region=region,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        tracking_milestone_address.additional_properties = d or {}
        return tracking_milestone_address

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
