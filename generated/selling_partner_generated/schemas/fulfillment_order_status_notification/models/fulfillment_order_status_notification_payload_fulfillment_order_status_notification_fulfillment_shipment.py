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
    from ..models.fulfillment_order_status_notification_payload_fulfillment_order_status_notification_fulfillment_shipment_fulfillment_shipment_packages_item_type_0 import (
        FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotificationFulfillmentShipmentFulfillmentShipmentPackagesItemType0,
    )


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotificationFulfillmentShipmentFulfillmentShipmentPackagesItemType0
    from ..models.fulfillment_order_status_notification_payload_fulfillment_order_status_notification_fulfillment_shipment_fulfillment_shipment_packages_item_type_0 import (
        FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotificationFulfillmentShipmentFulfillmentShipmentPackagesItemType0,
    )

    _lazy_pending = False


T = TypeVar(
    "T",
    bound="FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotificationFulfillmentShipment",
)


@_attrs_define
class FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotificationFulfillmentShipment:
    """
    Attributes:
        fulfillment_shipment_status (str):
        amazon_shipment_id (str):
        estimated_arrival_date_time (str):
        fulfillment_shipment_packages (list[FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotificationF
            ulfillmentShipmentFulfillmentShipmentPackagesItemType0]):
    """

    fulfillment_shipment_status: str
    amazon_shipment_id: str
    estimated_arrival_date_time: str
    fulfillment_shipment_packages: list[
        FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotificationFulfillmentShipmentFulfillmentShipmentPackagesItemType0
    ]
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
        fulfillment_shipment_status = self.fulfillment_shipment_status

        amazon_shipment_id = self.amazon_shipment_id

        estimated_arrival_date_time = self.estimated_arrival_date_time

        fulfillment_shipment_packages = []
        for (
            fulfillment_shipment_packages_item_data
        ) in self.fulfillment_shipment_packages:
            fulfillment_shipment_packages_item: dict[str, Any]
            if isinstance(
                fulfillment_shipment_packages_item_data,
                FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotificationFulfillmentShipmentFulfillmentShipmentPackagesItemType0,
            ):
                fulfillment_shipment_packages_item = (
                    fulfillment_shipment_packages_item_data.to_dict()
                )

            fulfillment_shipment_packages.append(fulfillment_shipment_packages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "FulfillmentShipmentStatus": fulfillment_shipment_status,
                "AmazonShipmentId": amazon_shipment_id,
                "EstimatedArrivalDateTime": estimated_arrival_date_time,
                "FulfillmentShipmentPackages": fulfillment_shipment_packages,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                (
                    "FulfillmentShipmentStatus",
                    "fulfillment_shipment_status",
                    True,
                    ("str",),
                ),
                ("AmazonShipmentId", "amazon_shipment_id", True, ("str",)),
                (
                    "EstimatedArrivalDateTime",
                    "estimated_arrival_date_time",
                    True,
                    ("str",),
                ),
                (
                    "FulfillmentShipmentPackages",
                    "fulfillment_shipment_packages",
                    True,
                    ("list", ("any",)),
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
        fulfillment_shipment_status = d.pop("FulfillmentShipmentStatus")

        if _reader is not None and fulfillment_shipment_status.__class__ is not str:
            raise DeviationError("FulfillmentShipmentStatus")

        amazon_shipment_id = d.pop("AmazonShipmentId")

        if _reader is not None and amazon_shipment_id.__class__ is not str:
            raise DeviationError("AmazonShipmentId")

        estimated_arrival_date_time = d.pop("EstimatedArrivalDateTime")

        if _reader is not None and estimated_arrival_date_time.__class__ is not str:
            raise DeviationError("EstimatedArrivalDateTime")

        fulfillment_shipment_packages = []
        _fulfillment_shipment_packages = d.pop("FulfillmentShipmentPackages")
        for fulfillment_shipment_packages_item_data in _fulfillment_shipment_packages:

            def _parse_fulfillment_shipment_packages_item(
                data: object,
            ) -> FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotificationFulfillmentShipmentFulfillmentShipmentPackagesItemType0:
                if not isinstance(data, dict):
                    raise TypeError()
                fulfillment_shipment_packages_item_type_0 = FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotificationFulfillmentShipmentFulfillmentShipmentPackagesItemType0.from_dict(
                    data
                )

                return fulfillment_shipment_packages_item_type_0

            fulfillment_shipment_packages_item = (
                _parse_fulfillment_shipment_packages_item(
                    fulfillment_shipment_packages_item_data
                )
            )

            fulfillment_shipment_packages.append(fulfillment_shipment_packages_item)

        if (
            cls
            is FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotificationFulfillmentShipment
        ):
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.fulfillment_shipment_status = fulfillment_shipment_status
            _built.amazon_shipment_id = amazon_shipment_id
            _built.estimated_arrival_date_time = estimated_arrival_date_time
            _built.fulfillment_shipment_packages = fulfillment_shipment_packages
            _built._parse_notes = None
            fulfillment_order_status_notification_payload_fulfillment_order_status_notification_fulfillment_shipment = _built
        else:  # a subclass: its own __init__ runs
            fulfillment_order_status_notification_payload_fulfillment_order_status_notification_fulfillment_shipment = cls(
                fulfillment_shipment_status=fulfillment_shipment_status,
                amazon_shipment_id=amazon_shipment_id,
                estimated_arrival_date_time=estimated_arrival_date_time,
                fulfillment_shipment_packages=fulfillment_shipment_packages,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        fulfillment_order_status_notification_payload_fulfillment_order_status_notification_fulfillment_shipment.additional_properties = (
            d or {}
        )
        return fulfillment_order_status_notification_payload_fulfillment_order_status_notification_fulfillment_shipment

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
