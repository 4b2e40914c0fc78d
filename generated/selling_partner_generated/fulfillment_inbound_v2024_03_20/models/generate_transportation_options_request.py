from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    DeviationError,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.shipment_transportation_configuration import (
        ShipmentTransportationConfiguration,
    )


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ShipmentTransportationConfiguration
    from ..models.shipment_transportation_configuration import (
        ShipmentTransportationConfiguration,
    )

    _lazy_pending = False


T = TypeVar("T", bound="GenerateTransportationOptionsRequest")


@_attrs_define
class GenerateTransportationOptionsRequest:
    """
    Attributes:
        placement_option_id (str):
        shipment_transportation_configurations (list[ShipmentTransportationConfiguration]):
    """

    placement_option_id: str
    shipment_transportation_configurations: list[ShipmentTransportationConfiguration]
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
        placement_option_id = self.placement_option_id

        shipment_transportation_configurations = []
        for (
            shipment_transportation_configurations_item_data
        ) in self.shipment_transportation_configurations:
            shipment_transportation_configurations_item = (
                shipment_transportation_configurations_item_data.to_dict()
            )
            shipment_transportation_configurations.append(
                shipment_transportation_configurations_item
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "placementOptionId": placement_option_id,
                "shipmentTransportationConfigurations": shipment_transportation_configurations,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.shipment_transportation_configuration import (
            ShipmentTransportationConfiguration,
        )

        return (
            (
                ("placementOptionId", "placement_option_id", True, ("str",)),
                (
                    "shipmentTransportationConfigurations",
                    "shipment_transportation_configurations",
                    True,
                    ("list", ("model", ShipmentTransportationConfiguration)),
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
        placement_option_id = d.pop("placementOptionId")

        if _reader is not None and placement_option_id.__class__ is not str:
            raise DeviationError("placementOptionId")

        _shipment_transportation_configurations = d.pop(
            "shipmentTransportationConfigurations"
        )
        shipment_transportation_configurations = [
            ShipmentTransportationConfiguration.from_dict(_item)
            for _item in _shipment_transportation_configurations
        ]

        if cls is GenerateTransportationOptionsRequest:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.placement_option_id = placement_option_id
            _built.shipment_transportation_configurations = (
                shipment_transportation_configurations
            )
            _built._parse_notes = None
            generate_transportation_options_request = _built
        else:  # a subclass: its own __init__ runs
            generate_transportation_options_request = cls(
                placement_option_id=placement_option_id,
                shipment_transportation_configurations=shipment_transportation_configurations,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        generate_transportation_options_request.additional_properties = d or {}
        return generate_transportation_options_request

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
