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


T = TypeVar("T", bound="TransportShipmentMeasurements")


@_attrs_define
class TransportShipmentMeasurements:
    """
    Attributes:
        shipment_volume (Volume | Unset):
        shipment_weight (Weight | Unset):
        total_carton_count (int | Unset):
        total_pallet_non_stackable (int | Unset):
        total_pallet_stackable (int | Unset):
    """

    shipment_volume: Volume | Unset = UNSET
    shipment_weight: Weight | Unset = UNSET
    total_carton_count: int | Unset = UNSET
    total_pallet_non_stackable: int | Unset = UNSET
    total_pallet_stackable: int | Unset = UNSET
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
        shipment_volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipment_volume, Unset):
            shipment_volume = self.shipment_volume.to_dict()

        shipment_weight: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipment_weight, Unset):
            shipment_weight = self.shipment_weight.to_dict()

        total_carton_count = self.total_carton_count

        total_pallet_non_stackable = self.total_pallet_non_stackable

        total_pallet_stackable = self.total_pallet_stackable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if shipment_volume is not UNSET:
            field_dict["shipmentVolume"] = shipment_volume
        if shipment_weight is not UNSET:
            field_dict["shipmentWeight"] = shipment_weight
        if total_carton_count is not UNSET:
            field_dict["totalCartonCount"] = total_carton_count
        if total_pallet_non_stackable is not UNSET:
            field_dict["totalPalletNonStackable"] = total_pallet_non_stackable
        if total_pallet_stackable is not UNSET:
            field_dict["totalPalletStackable"] = total_pallet_stackable

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.volume import Volume
        from ..models.weight import Weight

        return (
            (
                ("shipmentVolume", "shipment_volume", False, ("model", Volume)),
                ("shipmentWeight", "shipment_weight", False, ("model", Weight)),
                ("totalCartonCount", "total_carton_count", False, ("int",)),
                (
                    "totalPalletNonStackable",
                    "total_pallet_non_stackable",
                    False,
                    ("int",),
                ),
                ("totalPalletStackable", "total_pallet_stackable", False, ("int",)),
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
        _shipment_volume = d.pop("shipmentVolume", UNSET)
        shipment_volume = (
            UNSET if _shipment_volume is UNSET else Volume.from_dict(_shipment_volume)
        )

        _shipment_weight = d.pop("shipmentWeight", UNSET)
        shipment_weight = (
            UNSET if _shipment_weight is UNSET else Weight.from_dict(_shipment_weight)
        )

        total_carton_count = d.pop("totalCartonCount", UNSET)

        if (
            _reader is not None
            and total_carton_count.__class__ is not int
            and total_carton_count is not UNSET
        ):
            raise DeviationError("totalCartonCount")

        total_pallet_non_stackable = d.pop("totalPalletNonStackable", UNSET)

        if (
            _reader is not None
            and total_pallet_non_stackable.__class__ is not int
            and total_pallet_non_stackable is not UNSET
        ):
            raise DeviationError("totalPalletNonStackable")

        total_pallet_stackable = d.pop("totalPalletStackable", UNSET)

        if (
            _reader is not None
            and total_pallet_stackable.__class__ is not int
            and total_pallet_stackable is not UNSET
        ):
            raise DeviationError("totalPalletStackable")

        if cls is TransportShipmentMeasurements:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.shipment_volume = shipment_volume
            _built.shipment_weight = shipment_weight
            _built.total_carton_count = total_carton_count
            _built.total_pallet_non_stackable = total_pallet_non_stackable
            _built.total_pallet_stackable = total_pallet_stackable
            _built._parse_notes = None
            transport_shipment_measurements = _built
        else:  # a subclass: its own __init__ runs
            transport_shipment_measurements = cls(
                shipment_volume=shipment_volume,
                shipment_weight=shipment_weight,
                total_carton_count=total_carton_count,
                total_pallet_non_stackable=total_pallet_non_stackable,
                total_pallet_stackable=total_pallet_stackable,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        transport_shipment_measurements.additional_properties = d or {}
        return transport_shipment_measurements

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
