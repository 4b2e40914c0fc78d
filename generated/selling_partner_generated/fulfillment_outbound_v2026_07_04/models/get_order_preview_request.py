from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_origin import OrderOrigin
    from ..models.preview_destination import PreviewDestination
    from ..models.preview_fulfillment_configuration import (
        PreviewFulfillmentConfiguration,
    )
    from ..models.preview_line_item import PreviewLineItem


T = TypeVar("T", bound="GetOrderPreviewRequest")


@_attrs_define
class GetOrderPreviewRequest:
    """
    Attributes:
        destination (PreviewDestination):
        line_items (list[PreviewLineItem]):
        channel (str | Unset):
        exclude_estimated_fees (bool | Unset):
        fulfillment_configuration (PreviewFulfillmentConfiguration | Unset):
        include_payment_on_delivery (bool | Unset):
        origin (OrderOrigin | Unset):
    """

    destination: PreviewDestination
    line_items: list[PreviewLineItem]
    channel: str | Unset = UNSET
    exclude_estimated_fees: bool | Unset = UNSET
    fulfillment_configuration: PreviewFulfillmentConfiguration | Unset = UNSET
    include_payment_on_delivery: bool | Unset = UNSET
    origin: OrderOrigin | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination = self.destination.to_dict()

        line_items = []
        for line_items_item_data in self.line_items:
            line_items_item = line_items_item_data.to_dict()
            line_items.append(line_items_item)

        channel = self.channel

        exclude_estimated_fees = self.exclude_estimated_fees

        fulfillment_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fulfillment_configuration, Unset):
            fulfillment_configuration = self.fulfillment_configuration.to_dict()

        include_payment_on_delivery = self.include_payment_on_delivery

        origin: dict[str, Any] | Unset = UNSET
        if not isinstance(self.origin, Unset):
            origin = self.origin.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destination": destination,
                "lineItems": line_items,
            }
        )
        if channel is not UNSET:
            field_dict["channel"] = channel
        if exclude_estimated_fees is not UNSET:
            field_dict["excludeEstimatedFees"] = exclude_estimated_fees
        if fulfillment_configuration is not UNSET:
            field_dict["fulfillmentConfiguration"] = fulfillment_configuration
        if include_payment_on_delivery is not UNSET:
            field_dict["includePaymentOnDelivery"] = include_payment_on_delivery
        if origin is not UNSET:
            field_dict["origin"] = origin

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_origin import OrderOrigin
        from ..models.preview_destination import PreviewDestination
        from ..models.preview_fulfillment_configuration import (
            PreviewFulfillmentConfiguration,
        )
        from ..models.preview_line_item import PreviewLineItem

        d = dict(src_dict)
        destination = PreviewDestination.from_dict(d.pop("destination"))

        line_items = []
        _line_items = d.pop("lineItems")
        for line_items_item_data in _line_items:
            line_items_item = PreviewLineItem.from_dict(line_items_item_data)

            line_items.append(line_items_item)

        channel = d.pop("channel", UNSET)

        exclude_estimated_fees = d.pop("excludeEstimatedFees", UNSET)

        _fulfillment_configuration = d.pop("fulfillmentConfiguration", UNSET)
        fulfillment_configuration: PreviewFulfillmentConfiguration | Unset
        if isinstance(_fulfillment_configuration, Unset):
            fulfillment_configuration = UNSET
        else:
            fulfillment_configuration = PreviewFulfillmentConfiguration.from_dict(
                _fulfillment_configuration
            )

        include_payment_on_delivery = d.pop("includePaymentOnDelivery", UNSET)

        _origin = d.pop("origin", UNSET)
        origin: OrderOrigin | Unset
        if isinstance(_origin, Unset):
            origin = UNSET
        else:
            origin = OrderOrigin.from_dict(_origin)

        get_order_preview_request = cls(
            destination=destination,
            line_items=line_items,
            channel=channel,
            exclude_estimated_fees=exclude_estimated_fees,
            fulfillment_configuration=fulfillment_configuration,
            include_payment_on_delivery=include_payment_on_delivery,
            origin=origin,
        )

        get_order_preview_request.additional_properties = d
        return get_order_preview_request

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
