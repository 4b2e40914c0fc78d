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
    from ..models.marketplace_channel import MarketplaceChannel


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, MarketplaceChannel
    from ..models.marketplace_channel import MarketplaceChannel

    _lazy_pending = False


T = TypeVar("T", bound="MarketplaceChannelDetails")


@_attrs_define
class MarketplaceChannelDetails:
    """
    Attributes:
        channel_sku (str | Unset):
        customer_order_id (str | Unset):
        exchange_order_id (str | Unset):
        marketplace_channel (MarketplaceChannel | Unset):
        merchant_id (str | Unset):
        return_location_id (str | Unset):
        shipment_id (str | Unset):
    """

    channel_sku: str | Unset = UNSET
    customer_order_id: str | Unset = UNSET
    exchange_order_id: str | Unset = UNSET
    marketplace_channel: MarketplaceChannel | Unset = UNSET
    merchant_id: str | Unset = UNSET
    return_location_id: str | Unset = UNSET
    shipment_id: str | Unset = UNSET
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
        channel_sku = self.channel_sku

        customer_order_id = self.customer_order_id

        exchange_order_id = self.exchange_order_id

        marketplace_channel: dict[str, Any] | Unset = UNSET
        if not isinstance(self.marketplace_channel, Unset):
            marketplace_channel = self.marketplace_channel.to_dict()

        merchant_id = self.merchant_id

        return_location_id = self.return_location_id

        shipment_id = self.shipment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel_sku is not UNSET:
            field_dict["channelSku"] = channel_sku
        if customer_order_id is not UNSET:
            field_dict["customerOrderId"] = customer_order_id
        if exchange_order_id is not UNSET:
            field_dict["exchangeOrderId"] = exchange_order_id
        if marketplace_channel is not UNSET:
            field_dict["marketplaceChannel"] = marketplace_channel
        if merchant_id is not UNSET:
            field_dict["merchantId"] = merchant_id
        if return_location_id is not UNSET:
            field_dict["returnLocationId"] = return_location_id
        if shipment_id is not UNSET:
            field_dict["shipmentId"] = shipment_id

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.marketplace_channel import MarketplaceChannel

        return (
            (
                ("channelSku", "channel_sku", False, ("str",)),
                ("customerOrderId", "customer_order_id", False, ("str",)),
                ("exchangeOrderId", "exchange_order_id", False, ("str",)),
                (
                    "marketplaceChannel",
                    "marketplace_channel",
                    False,
                    ("model", MarketplaceChannel),
                ),
                ("merchantId", "merchant_id", False, ("str",)),
                ("returnLocationId", "return_location_id", False, ("str",)),
                ("shipmentId", "shipment_id", False, ("str",)),
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
        channel_sku = d.pop("channelSku", UNSET)

        if (
            _reader is not None
            and channel_sku.__class__ is not str
            and channel_sku is not UNSET
        ):
            raise DeviationError("channelSku")

        customer_order_id = d.pop("customerOrderId", UNSET)

        if (
            _reader is not None
            and customer_order_id.__class__ is not str
            and customer_order_id is not UNSET
        ):
            raise DeviationError("customerOrderId")

        exchange_order_id = d.pop("exchangeOrderId", UNSET)

        if (
            _reader is not None
            and exchange_order_id.__class__ is not str
            and exchange_order_id is not UNSET
        ):
            raise DeviationError("exchangeOrderId")

        _marketplace_channel = d.pop("marketplaceChannel", UNSET)
        marketplace_channel = (
            UNSET
            if _marketplace_channel is UNSET
            else MarketplaceChannel.from_dict(_marketplace_channel)
        )

        merchant_id = d.pop("merchantId", UNSET)

        if (
            _reader is not None
            and merchant_id.__class__ is not str
            and merchant_id is not UNSET
        ):
            raise DeviationError("merchantId")

        return_location_id = d.pop("returnLocationId", UNSET)

        if (
            _reader is not None
            and return_location_id.__class__ is not str
            and return_location_id is not UNSET
        ):
            raise DeviationError("returnLocationId")

        shipment_id = d.pop("shipmentId", UNSET)

        if (
            _reader is not None
            and shipment_id.__class__ is not str
            and shipment_id is not UNSET
        ):
            raise DeviationError("shipmentId")

        if cls is MarketplaceChannelDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.channel_sku = channel_sku
            _built.customer_order_id = customer_order_id
            _built.exchange_order_id = exchange_order_id
            _built.marketplace_channel = marketplace_channel
            _built.merchant_id = merchant_id
            _built.return_location_id = return_location_id
            _built.shipment_id = shipment_id
            _built._parse_notes = None
            marketplace_channel_details = _built
        else:  # a subclass: its own __init__ runs
            marketplace_channel_details = cls(
                channel_sku=channel_sku,
                customer_order_id=customer_order_id,
                exchange_order_id=exchange_order_id,
                marketplace_channel=marketplace_channel,
                merchant_id=merchant_id,
                return_location_id=return_location_id,
                shipment_id=shipment_id,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        marketplace_channel_details.additional_properties = d or {}
        return marketplace_channel_details

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
