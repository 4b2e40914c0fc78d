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

T = TypeVar("T", bound="AutomatedShippingSettings")


@_attrs_define
class AutomatedShippingSettings:
    """
    Attributes:
        automated_carrier (str | Unset):
        automated_ship_method (str | Unset):
        has_automated_shipping_settings (bool | Unset):
    """

    automated_carrier: str | Unset = UNSET
    automated_ship_method: str | Unset = UNSET
    has_automated_shipping_settings: bool | Unset = UNSET
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
        automated_carrier = self.automated_carrier

        automated_ship_method = self.automated_ship_method

        has_automated_shipping_settings = self.has_automated_shipping_settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if automated_carrier is not UNSET:
            field_dict["AutomatedCarrier"] = automated_carrier
        if automated_ship_method is not UNSET:
            field_dict["AutomatedShipMethod"] = automated_ship_method
        if has_automated_shipping_settings is not UNSET:
            field_dict["HasAutomatedShippingSettings"] = has_automated_shipping_settings

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("AutomatedCarrier", "automated_carrier", False, ("str",)),
                ("AutomatedShipMethod", "automated_ship_method", False, ("str",)),
                (
                    "HasAutomatedShippingSettings",
                    "has_automated_shipping_settings",
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
        automated_carrier = d.pop("AutomatedCarrier", UNSET)

        if (
            _reader is not None
            and automated_carrier.__class__ is not str
            and automated_carrier is not UNSET
        ):
            raise DeviationError("AutomatedCarrier")

        automated_ship_method = d.pop("AutomatedShipMethod", UNSET)

        if (
            _reader is not None
            and automated_ship_method.__class__ is not str
            and automated_ship_method is not UNSET
        ):
            raise DeviationError("AutomatedShipMethod")

        has_automated_shipping_settings = d.pop("HasAutomatedShippingSettings", UNSET)

        if (
            _reader is not None
            and has_automated_shipping_settings.__class__ is not bool
            and has_automated_shipping_settings is not UNSET
        ):
            raise DeviationError("HasAutomatedShippingSettings")

        if cls is AutomatedShippingSettings:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.automated_carrier = automated_carrier
            _built.automated_ship_method = automated_ship_method
            _built.has_automated_shipping_settings = has_automated_shipping_settings
            _built._parse_notes = None
            automated_shipping_settings = _built
        else:  # a subclass: its own __init__ runs
            automated_shipping_settings = cls(
                automated_carrier=automated_carrier,
                automated_ship_method=automated_ship_method,
                has_automated_shipping_settings=has_automated_shipping_settings,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        automated_shipping_settings.additional_properties = d or {}
        return automated_shipping_settings

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
