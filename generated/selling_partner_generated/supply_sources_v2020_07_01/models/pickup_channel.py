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
    from ..models.curbside_pickup_configuration import CurbsidePickupConfiguration
    from ..models.duration import Duration
    from ..models.in_store_pickup_configuration import InStorePickupConfiguration
    from ..models.operational_configuration import OperationalConfiguration


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        CurbsidePickupConfiguration, \
        Duration, \
        InStorePickupConfiguration, \
        OperationalConfiguration
    from ..models.curbside_pickup_configuration import CurbsidePickupConfiguration
    from ..models.duration import Duration
    from ..models.in_store_pickup_configuration import InStorePickupConfiguration
    from ..models.operational_configuration import OperationalConfiguration

    _lazy_pending = False


T = TypeVar("T", bound="PickupChannel")


@_attrs_define
class PickupChannel:
    """
    Attributes:
        curbside_pickup_configuration (CurbsidePickupConfiguration | Unset):
        in_store_pickup_configuration (InStorePickupConfiguration | Unset):
        inventory_hold_period (Duration | Unset):
        is_supported (bool | Unset):
        operational_configuration (OperationalConfiguration | Unset):
    """

    curbside_pickup_configuration: CurbsidePickupConfiguration | Unset = UNSET
    in_store_pickup_configuration: InStorePickupConfiguration | Unset = UNSET
    inventory_hold_period: Duration | Unset = UNSET
    is_supported: bool | Unset = UNSET
    operational_configuration: OperationalConfiguration | Unset = UNSET
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
        curbside_pickup_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.curbside_pickup_configuration, Unset):
            curbside_pickup_configuration = self.curbside_pickup_configuration.to_dict()

        in_store_pickup_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.in_store_pickup_configuration, Unset):
            in_store_pickup_configuration = self.in_store_pickup_configuration.to_dict()

        inventory_hold_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_hold_period, Unset):
            inventory_hold_period = self.inventory_hold_period.to_dict()

        is_supported = self.is_supported

        operational_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operational_configuration, Unset):
            operational_configuration = self.operational_configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if curbside_pickup_configuration is not UNSET:
            field_dict["curbsidePickupConfiguration"] = curbside_pickup_configuration
        if in_store_pickup_configuration is not UNSET:
            field_dict["inStorePickupConfiguration"] = in_store_pickup_configuration
        if inventory_hold_period is not UNSET:
            field_dict["inventoryHoldPeriod"] = inventory_hold_period
        if is_supported is not UNSET:
            field_dict["isSupported"] = is_supported
        if operational_configuration is not UNSET:
            field_dict["operationalConfiguration"] = operational_configuration

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.curbside_pickup_configuration import CurbsidePickupConfiguration
        from ..models.duration import Duration
        from ..models.in_store_pickup_configuration import InStorePickupConfiguration
        from ..models.operational_configuration import OperationalConfiguration

        return (
            (
                (
                    "curbsidePickupConfiguration",
                    "curbside_pickup_configuration",
                    False,
                    ("model", CurbsidePickupConfiguration),
                ),
                (
                    "inStorePickupConfiguration",
                    "in_store_pickup_configuration",
                    False,
                    ("model", InStorePickupConfiguration),
                ),
                (
                    "inventoryHoldPeriod",
                    "inventory_hold_period",
                    False,
                    ("model", Duration),
                ),
                ("isSupported", "is_supported", False, ("bool",)),
                (
                    "operationalConfiguration",
                    "operational_configuration",
                    False,
                    ("model", OperationalConfiguration),
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
        _curbside_pickup_configuration = d.pop("curbsidePickupConfiguration", UNSET)
        curbside_pickup_configuration = (
            UNSET
            if _curbside_pickup_configuration is UNSET
            else CurbsidePickupConfiguration.from_dict(_curbside_pickup_configuration)
        )

        _in_store_pickup_configuration = d.pop("inStorePickupConfiguration", UNSET)
        in_store_pickup_configuration = (
            UNSET
            if _in_store_pickup_configuration is UNSET
            else InStorePickupConfiguration.from_dict(_in_store_pickup_configuration)
        )

        _inventory_hold_period = d.pop("inventoryHoldPeriod", UNSET)
        inventory_hold_period = (
            UNSET
            if _inventory_hold_period is UNSET
            else Duration.from_dict(_inventory_hold_period)
        )

        is_supported = d.pop("isSupported", UNSET)

        if (
            _reader is not None
            and is_supported.__class__ is not bool
            and is_supported is not UNSET
        ):
            raise DeviationError("isSupported")

        _operational_configuration = d.pop("operationalConfiguration", UNSET)
        operational_configuration = (
            UNSET
            if _operational_configuration is UNSET
            else OperationalConfiguration.from_dict(_operational_configuration)
        )

        if cls is PickupChannel:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.curbside_pickup_configuration = curbside_pickup_configuration
            _built.in_store_pickup_configuration = in_store_pickup_configuration
            _built.inventory_hold_period = inventory_hold_period
            _built.is_supported = is_supported
            _built.operational_configuration = operational_configuration
            _built._parse_notes = None
            pickup_channel = _built
        else:  # a subclass: its own __init__ runs
            pickup_channel = cls(
                curbside_pickup_configuration=curbside_pickup_configuration,
                in_store_pickup_configuration=in_store_pickup_configuration,
                inventory_hold_period=inventory_hold_period,
                is_supported=is_supported,
                operational_configuration=operational_configuration,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        pickup_channel.additional_properties = d or {}
        return pickup_channel

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
