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
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_offer_change_trigger import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOfferChangeTrigger,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0 import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_summary import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummary,
    )


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOfferChangeTrigger, \
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0, \
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummary
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_offer_change_trigger import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOfferChangeTrigger,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0 import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_summary import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummary,
    )

    _lazy_pending = False


T = TypeVar("T", bound="AnyOfferChangedNotificationPayloadAnyOfferChangedNotification")


@_attrs_define
class AnyOfferChangedNotificationPayloadAnyOfferChangedNotification:
    """
    Attributes:
        seller_id (str):
        offer_change_trigger (AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOfferChangeTrigger):
        summary (AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummary):
        offers (list[AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0]):
    """

    seller_id: str
    offer_change_trigger: (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOfferChangeTrigger
    )
    summary: AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummary
    offers: list[
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0
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
        seller_id = self.seller_id

        offer_change_trigger = self.offer_change_trigger.to_dict()

        summary = self.summary.to_dict()

        offers = []
        for offers_item_data in self.offers:
            offers_item: dict[str, Any]
            if isinstance(
                offers_item_data,
                AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0,
            ):
                offers_item = offers_item_data.to_dict()

            offers.append(offers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "SellerId": seller_id,
                "OfferChangeTrigger": offer_change_trigger,
                "Summary": summary,
                "Offers": offers,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_offer_change_trigger import (
            AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOfferChangeTrigger,
        )
        from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_summary import (
            AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummary,
        )

        return (
            (
                ("SellerId", "seller_id", True, ("str",)),
                (
                    "OfferChangeTrigger",
                    "offer_change_trigger",
                    True,
                    (
                        "model",
                        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOfferChangeTrigger,
                    ),
                ),
                (
                    "Summary",
                    "summary",
                    True,
                    (
                        "model",
                        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummary,
                    ),
                ),
                ("Offers", "offers", True, ("list", ("any",))),
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
        seller_id = d.pop("SellerId")

        if _reader is not None and seller_id.__class__ is not str:
            raise DeviationError("SellerId")

        offer_change_trigger = AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOfferChangeTrigger.from_dict(
            d.pop("OfferChangeTrigger")
        )

        summary = AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummary.from_dict(
            d.pop("Summary")
        )

        offers = []
        _offers = d.pop("Offers")
        for offers_item_data in _offers:

            def _parse_offers_item(
                data: object,
            ) -> AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0:
                if not isinstance(data, dict):
                    raise TypeError()
                offers_item_type_0 = AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0.from_dict(
                    data
                )

                return offers_item_type_0

            offers_item = _parse_offers_item(offers_item_data)

            offers.append(offers_item)

        if cls is AnyOfferChangedNotificationPayloadAnyOfferChangedNotification:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.seller_id = seller_id
            _built.offer_change_trigger = offer_change_trigger
            _built.summary = summary
            _built.offers = offers
            _built._parse_notes = None
            any_offer_changed_notification_payload_any_offer_changed_notification = (
                _built
            )
        else:  # a subclass: its own __init__ runs
            any_offer_changed_notification_payload_any_offer_changed_notification = cls(
                seller_id=seller_id,
                offer_change_trigger=offer_change_trigger,
                summary=summary,
                offers=offers,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        any_offer_changed_notification_payload_any_offer_changed_notification.additional_properties = (
            d or {}
        )
        return any_offer_changed_notification_payload_any_offer_changed_notification

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
