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
    from ..models.delivery_channel import DeliveryChannel
    from ..models.operational_configuration import OperationalConfiguration
    from ..models.pickup_channel import PickupChannel
    from ..models.return_location import ReturnLocation


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        DeliveryChannel, \
        OperationalConfiguration, \
        PickupChannel, \
        ReturnLocation
    from ..models.delivery_channel import DeliveryChannel
    from ..models.operational_configuration import OperationalConfiguration
    from ..models.pickup_channel import PickupChannel
    from ..models.return_location import ReturnLocation

    _lazy_pending = False


T = TypeVar("T", bound="OutboundCapability")


@_attrs_define
class OutboundCapability:
    """
    Attributes:
        delivery_channel (DeliveryChannel | Unset):
        is_supported (bool | Unset):
        operational_configuration (OperationalConfiguration | Unset):
        pickup_channel (PickupChannel | Unset):
        return_location (ReturnLocation | Unset):
    """

    delivery_channel: DeliveryChannel | Unset = UNSET
    is_supported: bool | Unset = UNSET
    operational_configuration: OperationalConfiguration | Unset = UNSET
    pickup_channel: PickupChannel | Unset = UNSET
    return_location: ReturnLocation | Unset = UNSET
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
        delivery_channel: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_channel, Unset):
            delivery_channel = self.delivery_channel.to_dict()

        is_supported = self.is_supported

        operational_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operational_configuration, Unset):
            operational_configuration = self.operational_configuration.to_dict()

        pickup_channel: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pickup_channel, Unset):
            pickup_channel = self.pickup_channel.to_dict()

        return_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.return_location, Unset):
            return_location = self.return_location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delivery_channel is not UNSET:
            field_dict["deliveryChannel"] = delivery_channel
        if is_supported is not UNSET:
            field_dict["isSupported"] = is_supported
        if operational_configuration is not UNSET:
            field_dict["operationalConfiguration"] = operational_configuration
        if pickup_channel is not UNSET:
            field_dict["pickupChannel"] = pickup_channel
        if return_location is not UNSET:
            field_dict["returnLocation"] = return_location

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.delivery_channel import DeliveryChannel
        from ..models.operational_configuration import OperationalConfiguration
        from ..models.pickup_channel import PickupChannel
        from ..models.return_location import ReturnLocation

        return (
            (
                (
                    "deliveryChannel",
                    "delivery_channel",
                    False,
                    ("model", DeliveryChannel),
                ),
                ("isSupported", "is_supported", False, ("bool",)),
                (
                    "operationalConfiguration",
                    "operational_configuration",
                    False,
                    ("model", OperationalConfiguration),
                ),
                ("pickupChannel", "pickup_channel", False, ("model", PickupChannel)),
                ("returnLocation", "return_location", False, ("model", ReturnLocation)),
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
        _delivery_channel = d.pop("deliveryChannel", UNSET)
        delivery_channel = (
            UNSET
            if _delivery_channel is UNSET
            else DeliveryChannel.from_dict(_delivery_channel)
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

        _pickup_channel = d.pop("pickupChannel", UNSET)
        pickup_channel = (
            UNSET
            if _pickup_channel is UNSET
            else PickupChannel.from_dict(_pickup_channel)
        )

        _return_location = d.pop("returnLocation", UNSET)
        return_location = (
            UNSET
            if _return_location is UNSET
            else ReturnLocation.from_dict(_return_location)
        )

        if cls is OutboundCapability:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.delivery_channel = delivery_channel
            _built.is_supported = is_supported
            _built.operational_configuration = operational_configuration
            _built.pickup_channel = pickup_channel
            _built.return_location = return_location
            _built._parse_notes = None
            outbound_capability = _built
        else:  # a subclass: its own __init__ runs
            outbound_capability = cls(
                delivery_channel=delivery_channel,
                is_supported=is_supported,
                operational_configuration=operational_configuration,
                pickup_channel=pickup_channel,
                return_location=return_location,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        outbound_capability.additional_properties = d or {}
        return outbound_capability

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
