from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.carrier_will_pick_up_option import CarrierWillPickUpOption
from ..models.delivery_experience_type import DeliveryExperienceType
from ..models.label_format import LabelFormat
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
    from ..models.currency_amount import CurrencyAmount


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, CurrencyAmount
    from ..models.currency_amount import CurrencyAmount

    _lazy_pending = False


T = TypeVar("T", bound="ShippingServiceOptions")


@_attrs_define
class ShippingServiceOptions:
    """
    Attributes:
        carrier_will_pick_up (bool):
        delivery_experience (DeliveryExperienceType):
        carrier_will_pick_up_option (CarrierWillPickUpOption | Unset):
        declared_value (CurrencyAmount | Unset):
        label_format (LabelFormat | Unset):
    """

    carrier_will_pick_up: bool
    delivery_experience: DeliveryExperienceType
    carrier_will_pick_up_option: CarrierWillPickUpOption | Unset = UNSET
    declared_value: CurrencyAmount | Unset = UNSET
    label_format: LabelFormat | Unset = UNSET
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
        carrier_will_pick_up = self.carrier_will_pick_up

        delivery_experience = self.delivery_experience.value

        carrier_will_pick_up_option: str | Unset = UNSET
        if not isinstance(self.carrier_will_pick_up_option, Unset):
            carrier_will_pick_up_option = self.carrier_will_pick_up_option.value

        declared_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.declared_value, Unset):
            declared_value = self.declared_value.to_dict()

        label_format: str | Unset = UNSET
        if not isinstance(self.label_format, Unset):
            label_format = self.label_format.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CarrierWillPickUp": carrier_will_pick_up,
                "DeliveryExperience": delivery_experience,
            }
        )
        if carrier_will_pick_up_option is not UNSET:
            field_dict["CarrierWillPickUpOption"] = carrier_will_pick_up_option
        if declared_value is not UNSET:
            field_dict["DeclaredValue"] = declared_value
        if label_format is not UNSET:
            field_dict["LabelFormat"] = label_format

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.currency_amount import CurrencyAmount

        return (
            (
                ("CarrierWillPickUp", "carrier_will_pick_up", True, ("bool",)),
                (
                    "DeliveryExperience",
                    "delivery_experience",
                    True,
                    ("enum", DeliveryExperienceType),
                ),
                (
                    "CarrierWillPickUpOption",
                    "carrier_will_pick_up_option",
                    False,
                    ("enum", CarrierWillPickUpOption),
                ),
                ("DeclaredValue", "declared_value", False, ("model", CurrencyAmount)),
                ("LabelFormat", "label_format", False, ("enum", LabelFormat)),
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
        carrier_will_pick_up = d.pop("CarrierWillPickUp")

        if _reader is not None and carrier_will_pick_up.__class__ is not bool:
            raise DeviationError("CarrierWillPickUp")

        _delivery_experience = d.pop("DeliveryExperience")
        delivery_experience = (
            DeliveryExperienceType._value2member_map_.get(_delivery_experience)
            if _delivery_experience.__class__ is str
            else None
        ) or DeliveryExperienceType(_delivery_experience)

        _carrier_will_pick_up_option = d.pop("CarrierWillPickUpOption", UNSET)
        carrier_will_pick_up_option = (
            UNSET
            if _carrier_will_pick_up_option is UNSET
            else (
                CarrierWillPickUpOption._value2member_map_.get(
                    _carrier_will_pick_up_option
                )
                if _carrier_will_pick_up_option.__class__ is str
                else None
            )
            or CarrierWillPickUpOption(_carrier_will_pick_up_option)
        )

        _declared_value = d.pop("DeclaredValue", UNSET)
        declared_value = (
            UNSET
            if _declared_value is UNSET
            else CurrencyAmount.from_dict(_declared_value)
        )

        _label_format = d.pop("LabelFormat", UNSET)
        label_format = (
            UNSET
            if _label_format is UNSET
            else (
                LabelFormat._value2member_map_.get(_label_format)
                if _label_format.__class__ is str
                else None
            )
            or LabelFormat(_label_format)
        )

        if cls is ShippingServiceOptions:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.carrier_will_pick_up = carrier_will_pick_up
            _built.delivery_experience = delivery_experience
            _built.carrier_will_pick_up_option = carrier_will_pick_up_option
            _built.declared_value = declared_value
            _built.label_format = label_format
            _built._parse_notes = None
            shipping_service_options = _built
        else:  # a subclass: its own __init__ runs
            shipping_service_options = cls(
                carrier_will_pick_up=carrier_will_pick_up,
                delivery_experience=delivery_experience,
                carrier_will_pick_up_option=carrier_will_pick_up_option,
                declared_value=declared_value,
                label_format=label_format,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        shipping_service_options.additional_properties = d or {}
        return shipping_service_options

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
