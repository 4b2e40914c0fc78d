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
    from ..models.order_origin import OrderOrigin
    from ..models.preview_destination import PreviewDestination
    from ..models.preview_fulfillment_configuration import (
        PreviewFulfillmentConfiguration,
    )
    from ..models.preview_line_item import PreviewLineItem


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        OrderOrigin, \
        PreviewDestination, \
        PreviewFulfillmentConfiguration, \
        PreviewLineItem
    from ..models.order_origin import OrderOrigin
    from ..models.preview_destination import PreviewDestination
    from ..models.preview_fulfillment_configuration import (
        PreviewFulfillmentConfiguration,
    )
    from ..models.preview_line_item import PreviewLineItem

    _lazy_pending = False


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
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.order_origin import OrderOrigin
        from ..models.preview_destination import PreviewDestination
        from ..models.preview_fulfillment_configuration import (
            PreviewFulfillmentConfiguration,
        )
        from ..models.preview_line_item import PreviewLineItem

        return (
            (
                ("destination", "destination", True, ("model", PreviewDestination)),
                ("lineItems", "line_items", True, ("list", ("model", PreviewLineItem))),
                ("channel", "channel", False, ("str",)),
                ("excludeEstimatedFees", "exclude_estimated_fees", False, ("bool",)),
                (
                    "fulfillmentConfiguration",
                    "fulfillment_configuration",
                    False,
                    ("model", PreviewFulfillmentConfiguration),
                ),
                (
                    "includePaymentOnDelivery",
                    "include_payment_on_delivery",
                    False,
                    ("bool",),
                ),
                ("origin", "origin", False, ("model", OrderOrigin)),
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
        destination = PreviewDestination.from_dict(d.pop("destination"))

        _line_items = d.pop("lineItems")
        line_items = [PreviewLineItem.from_dict(_item) for _item in _line_items]

        channel = d.pop("channel", UNSET)

        if (
            _reader is not None
            and channel.__class__ is not str
            and channel is not UNSET
        ):
            raise DeviationError("channel")

        exclude_estimated_fees = d.pop("excludeEstimatedFees", UNSET)

        if (
            _reader is not None
            and exclude_estimated_fees.__class__ is not bool
            and exclude_estimated_fees is not UNSET
        ):
            raise DeviationError("excludeEstimatedFees")

        _fulfillment_configuration = d.pop("fulfillmentConfiguration", UNSET)
        fulfillment_configuration = (
            UNSET
            if _fulfillment_configuration is UNSET
            else PreviewFulfillmentConfiguration.from_dict(_fulfillment_configuration)
        )

        include_payment_on_delivery = d.pop("includePaymentOnDelivery", UNSET)

        if (
            _reader is not None
            and include_payment_on_delivery.__class__ is not bool
            and include_payment_on_delivery is not UNSET
        ):
            raise DeviationError("includePaymentOnDelivery")

        _origin = d.pop("origin", UNSET)
        origin = UNSET if _origin is UNSET else OrderOrigin.from_dict(_origin)

        if cls is GetOrderPreviewRequest:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.destination = destination
            _built.line_items = line_items
            _built.channel = channel
            _built.exclude_estimated_fees = exclude_estimated_fees
            _built.fulfillment_configuration = fulfillment_configuration
            _built.include_payment_on_delivery = include_payment_on_delivery
            _built.origin = origin
            _built._parse_notes = None
            get_order_preview_request = _built
        else:  # a subclass: its own __init__ runs
            get_order_preview_request = cls(
                destination=destination,
                line_items=line_items,
                channel=channel,
                exclude_estimated_fees=exclude_estimated_fees,
                fulfillment_configuration=fulfillment_configuration,
                include_payment_on_delivery=include_payment_on_delivery,
                origin=origin,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        get_order_preview_request.additional_properties = d or {}
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
