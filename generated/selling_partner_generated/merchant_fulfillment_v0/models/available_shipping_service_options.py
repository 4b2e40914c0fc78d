from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.available_carrier_will_pick_up_option import (
        AvailableCarrierWillPickUpOption,
    )
    from ..models.available_delivery_experience_option import (
        AvailableDeliveryExperienceOption,
    )


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        AvailableCarrierWillPickUpOption, \
        AvailableDeliveryExperienceOption
    from ..models.available_carrier_will_pick_up_option import (
        AvailableCarrierWillPickUpOption,
    )
    from ..models.available_delivery_experience_option import (
        AvailableDeliveryExperienceOption,
    )

    _lazy_pending = False


T = TypeVar("T", bound="AvailableShippingServiceOptions")


@_attrs_define
class AvailableShippingServiceOptions:
    """
    Attributes:
        available_carrier_will_pick_up_options (list[AvailableCarrierWillPickUpOption]):
        available_delivery_experience_options (list[AvailableDeliveryExperienceOption]):
    """

    available_carrier_will_pick_up_options: list[AvailableCarrierWillPickUpOption]
    available_delivery_experience_options: list[AvailableDeliveryExperienceOption]
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
        available_carrier_will_pick_up_options = []
        for (
            componentsschemas_available_carrier_will_pick_up_options_list_item_data
        ) in self.available_carrier_will_pick_up_options:
            componentsschemas_available_carrier_will_pick_up_options_list_item = componentsschemas_available_carrier_will_pick_up_options_list_item_data.to_dict()
            available_carrier_will_pick_up_options.append(
                componentsschemas_available_carrier_will_pick_up_options_list_item
            )

        available_delivery_experience_options = []
        for (
            componentsschemas_available_delivery_experience_options_list_item_data
        ) in self.available_delivery_experience_options:
            componentsschemas_available_delivery_experience_options_list_item = componentsschemas_available_delivery_experience_options_list_item_data.to_dict()
            available_delivery_experience_options.append(
                componentsschemas_available_delivery_experience_options_list_item
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AvailableCarrierWillPickUpOptions": available_carrier_will_pick_up_options,
                "AvailableDeliveryExperienceOptions": available_delivery_experience_options,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.available_carrier_will_pick_up_option import (
            AvailableCarrierWillPickUpOption,
        )
        from ..models.available_delivery_experience_option import (
            AvailableDeliveryExperienceOption,
        )

        return (
            (
                (
                    "AvailableCarrierWillPickUpOptions",
                    "available_carrier_will_pick_up_options",
                    True,
                    ("list", ("model", AvailableCarrierWillPickUpOption)),
                ),
                (
                    "AvailableDeliveryExperienceOptions",
                    "available_delivery_experience_options",
                    True,
                    ("list", ("model", AvailableDeliveryExperienceOption)),
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
        _available_carrier_will_pick_up_options = d.pop(
            "AvailableCarrierWillPickUpOptions"
        )
        available_carrier_will_pick_up_options = [
            AvailableCarrierWillPickUpOption.from_dict(_item)
            for _item in _available_carrier_will_pick_up_options
        ]

        _available_delivery_experience_options = d.pop(
            "AvailableDeliveryExperienceOptions"
        )
        available_delivery_experience_options = [
            AvailableDeliveryExperienceOption.from_dict(_item)
            for _item in _available_delivery_experience_options
        ]

        if cls is AvailableShippingServiceOptions:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.available_carrier_will_pick_up_options = (
                available_carrier_will_pick_up_options
            )
            _built.available_delivery_experience_options = (
                available_delivery_experience_options
            )
            _built._parse_notes = None
            available_shipping_service_options = _built
        else:  # a subclass: its own __init__ runs
            available_shipping_service_options = cls(
                available_carrier_will_pick_up_options=available_carrier_will_pick_up_options,
                available_delivery_experience_options=available_delivery_experience_options,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        available_shipping_service_options.additional_properties = d or {}
        return available_shipping_service_options

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
