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
    from ..models.order_change_notification_payload_order_change_notification_order_change_trigger import (
        OrderChangeNotificationPayloadOrderChangeNotificationOrderChangeTrigger,
    )
    from ..models.order_change_notification_payload_order_change_notification_summary import (
        OrderChangeNotificationPayloadOrderChangeNotificationSummary,
    )


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        OrderChangeNotificationPayloadOrderChangeNotificationOrderChangeTrigger, \
        OrderChangeNotificationPayloadOrderChangeNotificationSummary
    from ..models.order_change_notification_payload_order_change_notification_order_change_trigger import (
        OrderChangeNotificationPayloadOrderChangeNotificationOrderChangeTrigger,
    )
    from ..models.order_change_notification_payload_order_change_notification_summary import (
        OrderChangeNotificationPayloadOrderChangeNotificationSummary,
    )

    _lazy_pending = False


T = TypeVar("T", bound="OrderChangeNotificationPayloadOrderChangeNotification")


@_attrs_define
class OrderChangeNotificationPayloadOrderChangeNotification:
    """
    Attributes:
        notification_level (str):
        seller_id (str):
        amazon_order_id (str):
        order_change_type (str):
        order_change_trigger (OrderChangeNotificationPayloadOrderChangeNotificationOrderChangeTrigger):
        summary (OrderChangeNotificationPayloadOrderChangeNotificationSummary):
    """

    notification_level: str
    seller_id: str
    amazon_order_id: str
    order_change_type: str
    order_change_trigger: (
        OrderChangeNotificationPayloadOrderChangeNotificationOrderChangeTrigger
    )
    summary: OrderChangeNotificationPayloadOrderChangeNotificationSummary
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
        notification_level = self.notification_level

        seller_id = self.seller_id

        amazon_order_id = self.amazon_order_id

        order_change_type = self.order_change_type

        order_change_trigger = self.order_change_trigger.to_dict()

        summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "NotificationLevel": notification_level,
                "SellerId": seller_id,
                "AmazonOrderId": amazon_order_id,
                "OrderChangeType": order_change_type,
                "OrderChangeTrigger": order_change_trigger,
                "Summary": summary,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.order_change_notification_payload_order_change_notification_order_change_trigger import (
            OrderChangeNotificationPayloadOrderChangeNotificationOrderChangeTrigger,
        )
        from ..models.order_change_notification_payload_order_change_notification_summary import (
            OrderChangeNotificationPayloadOrderChangeNotificationSummary,
        )

        return (
            (
                ("NotificationLevel", "notification_level", True, ("str",)),
                ("SellerId", "seller_id", True, ("str",)),
                ("AmazonOrderId", "amazon_order_id", True, ("str",)),
                ("OrderChangeType", "order_change_type", True, ("str",)),
                (
                    "OrderChangeTrigger",
                    "order_change_trigger",
                    True,
                    (
                        "model",
                        OrderChangeNotificationPayloadOrderChangeNotificationOrderChangeTrigger,
                    ),
                ),
                (
                    "Summary",
                    "summary",
                    True,
                    (
                        "model",
                        OrderChangeNotificationPayloadOrderChangeNotificationSummary,
                    ),
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
        notification_level = d.pop("NotificationLevel")

        if _reader is not None and notification_level.__class__ is not str:
            raise DeviationError("NotificationLevel")

        seller_id = d.pop("SellerId")

        if _reader is not None and seller_id.__class__ is not str:
            raise DeviationError("SellerId")

        amazon_order_id = d.pop("AmazonOrderId")

        if _reader is not None and amazon_order_id.__class__ is not str:
            raise DeviationError("AmazonOrderId")

        order_change_type = d.pop("OrderChangeType")

        if _reader is not None and order_change_type.__class__ is not str:
            raise DeviationError("OrderChangeType")

        order_change_trigger = OrderChangeNotificationPayloadOrderChangeNotificationOrderChangeTrigger.from_dict(
            d.pop("OrderChangeTrigger")
        )

        summary = (
            OrderChangeNotificationPayloadOrderChangeNotificationSummary.from_dict(
                d.pop("Summary")
            )
        )

        if cls is OrderChangeNotificationPayloadOrderChangeNotification:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.notification_level = notification_level
            _built.seller_id = seller_id
            _built.amazon_order_id = amazon_order_id
            _built.order_change_type = order_change_type
            _built.order_change_trigger = order_change_trigger
            _built.summary = summary
            _built._parse_notes = None
            order_change_notification_payload_order_change_notification = _built
        else:  # a subclass: its own __init__ runs
            order_change_notification_payload_order_change_notification = cls(
                notification_level=notification_level,
                seller_id=seller_id,
                amazon_order_id=amazon_order_id,
                order_change_type=order_change_type,
                order_change_trigger=order_change_trigger,
                summary=summary,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        order_change_notification_payload_order_change_notification.additional_properties = (
            d or {}
        )
        return order_change_notification_payload_order_change_notification

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
