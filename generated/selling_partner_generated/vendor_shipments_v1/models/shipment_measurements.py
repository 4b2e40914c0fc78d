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
    from ..models.volume import Volume
    from ..models.weight import Weight


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Volume, Weight
    from ..models.volume import Volume
    from ..models.weight import Weight

    _lazy_pending = False


T = TypeVar("T", bound="ShipmentMeasurements")


@_attrs_define
class ShipmentMeasurements:
    """
    Attributes:
        carton_count (int | Unset):
        gross_shipment_weight (Weight | Unset):
        pallet_count (int | Unset):
        shipment_volume (Volume | Unset):
    """

    carton_count: int | Unset = UNSET
    gross_shipment_weight: Weight | Unset = UNSET
    pallet_count: int | Unset = UNSET
    shipment_volume: Volume | Unset = UNSET
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
        carton_count = self.carton_count

        gross_shipment_weight: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gross_shipment_weight, Unset):
            gross_shipment_weight = self.gross_shipment_weight.to_dict()

        pallet_count = self.pallet_count

        shipment_volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipment_volume, Unset):
            shipment_volume = self.shipment_volume.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if carton_count is not UNSET:
            field_dict["cartonCount"] = carton_count
        if gross_shipment_weight is not UNSET:
            field_dict["grossShipmentWeight"] = gross_shipment_weight
        if pallet_count is not UNSET:
            field_dict["palletCount"] = pallet_count
        if shipment_volume is not UNSET:
            field_dict["shipmentVolume"] = shipment_volume

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.volume import Volume
        from ..models.weight import Weight

        return (
            (
                ("cartonCount", "carton_count", False, ("int",)),
                (
                    "grossShipmentWeight",
                    "gross_shipment_weight",
                    False,
                    ("model", Weight),
                ),
                ("palletCount", "pallet_count", False, ("int",)),
                ("shipmentVolume", "shipment_volume", False, ("model", Volume)),
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
        carton_count = d.pop("cartonCount", UNSET)

        if (
            _reader is not None
            and carton_count.__class__ is not int
            and carton_count is not UNSET
        ):
            raise DeviationError("cartonCount")

        _gross_shipment_weight = d.pop("grossShipmentWeight", UNSET)
        gross_shipment_weight = (
            UNSET
            if _gross_shipment_weight is UNSET
            else Weight.from_dict(_gross_shipment_weight)
        )

        pallet_count = d.pop("palletCount", UNSET)

        if (
            _reader is not None
            and pallet_count.__class__ is not int
            and pallet_count is not UNSET
        ):
            raise DeviationError("palletCount")

        _shipment_volume = d.pop("shipmentVolume", UNSET)
        shipment_volume = (
            UNSET if _shipment_volume is UNSET else Volume.from_dict(_shipment_volume)
        )

        if cls is ShipmentMeasurements:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.carton_count = carton_count
            _built.gross_shipment_weight = gross_shipment_weight
            _built.pallet_count = pallet_count
            _built.shipment_volume = shipment_volume
            _built._parse_notes = None
            shipment_measurements = _built
        else:  # a subclass: its own __init__ runs
            shipment_measurements = cls(
                carton_count=carton_count,
                gross_shipment_weight=gross_shipment_weight,
                pallet_count=pallet_count,
                shipment_volume=shipment_volume,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        shipment_measurements.additional_properties = d or {}
        return shipment_measurements

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
