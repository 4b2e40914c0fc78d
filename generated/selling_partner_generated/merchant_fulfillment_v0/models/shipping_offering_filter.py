from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.carrier_will_pick_up_option import CarrierWillPickUpOption
from ..models.delivery_experience_option import DeliveryExperienceOption
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

T = TypeVar("T", bound="ShippingOfferingFilter")


@_attrs_define
class ShippingOfferingFilter:
    """
    Attributes:
        carrier_will_pick_up (CarrierWillPickUpOption | Unset):
        delivery_experience (DeliveryExperienceOption | Unset):
        include_complex_shipping_options (bool | Unset):
        include_packing_slip_with_label (bool | Unset):
    """

    carrier_will_pick_up: CarrierWillPickUpOption | Unset = UNSET
    delivery_experience: DeliveryExperienceOption | Unset = UNSET
    include_complex_shipping_options: bool | Unset = UNSET
    include_packing_slip_with_label: bool | Unset = UNSET
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
        carrier_will_pick_up: str | Unset = UNSET
        if not isinstance(self.carrier_will_pick_up, Unset):
            carrier_will_pick_up = self.carrier_will_pick_up.value

        delivery_experience: str | Unset = UNSET
        if not isinstance(self.delivery_experience, Unset):
            delivery_experience = self.delivery_experience.value

        include_complex_shipping_options = self.include_complex_shipping_options

        include_packing_slip_with_label = self.include_packing_slip_with_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if carrier_will_pick_up is not UNSET:
            field_dict["CarrierWillPickUp"] = carrier_will_pick_up
        if delivery_experience is not UNSET:
            field_dict["DeliveryExperience"] = delivery_experience
        if include_complex_shipping_options is not UNSET:
            field_dict["IncludeComplexShippingOptions"] = (
                include_complex_shipping_options
            )
        if include_packing_slip_with_label is not UNSET:
            field_dict["IncludePackingSlipWithLabel"] = include_packing_slip_with_label

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                (
                    "CarrierWillPickUp",
                    "carrier_will_pick_up",
                    False,
                    ("enum", CarrierWillPickUpOption),
                ),
                (
                    "DeliveryExperience",
                    "delivery_experience",
                    False,
                    ("enum", DeliveryExperienceOption),
                ),
                (
                    "IncludeComplexShippingOptions",
                    "include_complex_shipping_options",
                    False,
                    ("bool",),
                ),
                (
                    "IncludePackingSlipWithLabel",
                    "include_packing_slip_with_label",
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
        d = dict(src_dict)
        _carrier_will_pick_up = d.pop("CarrierWillPickUp", UNSET)
        carrier_will_pick_up = (
            UNSET
            if _carrier_will_pick_up is UNSET
            else (
                CarrierWillPickUpOption._value2member_map_.get(_carrier_will_pick_up)
                if _carrier_will_pick_up.__class__ is str
                else None
            )
            or CarrierWillPickUpOption(_carrier_will_pick_up)
        )

        _delivery_experience = d.pop("DeliveryExperience", UNSET)
        delivery_experience = (
            UNSET
            if _delivery_experience is UNSET
            else (
                DeliveryExperienceOption._value2member_map_.get(_delivery_experience)
                if _delivery_experience.__class__ is str
                else None
            )
            or DeliveryExperienceOption(_delivery_experience)
        )

        include_complex_shipping_options = d.pop("IncludeComplexShippingOptions", UNSET)

        if (
            _reader is not None
            and include_complex_shipping_options.__class__ is not bool
            and include_complex_shipping_options is not UNSET
        ):
            raise DeviationError("IncludeComplexShippingOptions")

        include_packing_slip_with_label = d.pop("IncludePackingSlipWithLabel", UNSET)

        if (
            _reader is not None
            and include_packing_slip_with_label.__class__ is not bool
            and include_packing_slip_with_label is not UNSET
        ):
            raise DeviationError("IncludePackingSlipWithLabel")

        if cls is ShippingOfferingFilter:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.carrier_will_pick_up = carrier_will_pick_up
            _built.delivery_experience = delivery_experience
            _built.include_complex_shipping_options = include_complex_shipping_options
            _built.include_packing_slip_with_label = include_packing_slip_with_label
            _built._parse_notes = None
            shipping_offering_filter = _built
        else:  # a subclass: its own __init__ runs
            shipping_offering_filter = cls(
                carrier_will_pick_up=carrier_will_pick_up,
                delivery_experience=delivery_experience,
                include_complex_shipping_options=include_complex_shipping_options,
                include_packing_slip_with_label=include_packing_slip_with_label,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        shipping_offering_filter.additional_properties = d or {}
        return shipping_offering_filter

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
