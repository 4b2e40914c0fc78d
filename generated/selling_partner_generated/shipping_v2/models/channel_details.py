from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel_type import ChannelType
from ..types import (
    FAST,
    READER,
    UNSET,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.amazon_order_details import AmazonOrderDetails
    from ..models.amazon_shipment_details import AmazonShipmentDetails


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, AmazonOrderDetails, AmazonShipmentDetails
    from ..models.amazon_order_details import AmazonOrderDetails
    from ..models.amazon_shipment_details import AmazonShipmentDetails

    _lazy_pending = False


T = TypeVar("T", bound="ChannelDetails")


@_attrs_define
class ChannelDetails:
    """
    Attributes:
        channel_type (ChannelType):
        amazon_order_details (AmazonOrderDetails | Unset):
        amazon_shipment_details (AmazonShipmentDetails | Unset):
    """

    channel_type: ChannelType
    amazon_order_details: AmazonOrderDetails | Unset = UNSET
    amazon_shipment_details: AmazonShipmentDetails | Unset = UNSET
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
        channel_type = self.channel_type.value

        amazon_order_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amazon_order_details, Unset):
            amazon_order_details = self.amazon_order_details.to_dict()

        amazon_shipment_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amazon_shipment_details, Unset):
            amazon_shipment_details = self.amazon_shipment_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channelType": channel_type,
            }
        )
        if amazon_order_details is not UNSET:
            field_dict["amazonOrderDetails"] = amazon_order_details
        if amazon_shipment_details is not UNSET:
            field_dict["amazonShipmentDetails"] = amazon_shipment_details

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.amazon_order_details import AmazonOrderDetails
        from ..models.amazon_shipment_details import AmazonShipmentDetails

        return (
            (
                ("channelType", "channel_type", True, ("enum", ChannelType)),
                (
                    "amazonOrderDetails",
                    "amazon_order_details",
                    False,
                    ("model", AmazonOrderDetails),
                ),
                (
                    "amazonShipmentDetails",
                    "amazon_shipment_details",
                    False,
                    ("model", AmazonShipmentDetails),
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
        _channel_type = d.pop("channelType")
        channel_type = (
            ChannelType._value2member_map_.get(_channel_type)
            if _channel_type.__class__ is str
            else None
        ) or ChannelType(_channel_type)

        _amazon_order_details = d.pop("amazonOrderDetails", UNSET)
        amazon_order_details = (
            UNSET
            if _amazon_order_details is UNSET
            else AmazonOrderDetails.from_dict(_amazon_order_details)
        )

        _amazon_shipment_details = d.pop("amazonShipmentDetails", UNSET)
        amazon_shipment_details = (
            UNSET
            if _amazon_shipment_details is UNSET
            else AmazonShipmentDetails.from_dict(_amazon_shipment_details)
        )

        if cls is ChannelDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.channel_type = channel_type
            _built.amazon_order_details = amazon_order_details
            _built.amazon_shipment_details = amazon_shipment_details
            _built._parse_notes = None
            channel_details = _built
        else:  # a subclass: its own __init__ runs
            channel_details = cls(
                channel_type=channel_type,
                amazon_order_details=amazon_order_details,
                amazon_shipment_details=amazon_shipment_details,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        channel_details.additional_properties = d or {}
        return channel_details

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
