from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

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

T = TypeVar(
    "T",
    bound="AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOfferChangeTrigger",
)


@_attrs_define
class AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOfferChangeTrigger:
    """
    Attributes:
        marketplace_id (str):
        asin (str):
        item_condition (str):
        time_of_offer_change (str):
        offer_change_type (str):
    """

    marketplace_id: str
    asin: str
    item_condition: str
    time_of_offer_change: str
    offer_change_type: str
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
        marketplace_id = self.marketplace_id

        asin = self.asin

        item_condition = self.item_condition

        time_of_offer_change = self.time_of_offer_change

        offer_change_type = self.offer_change_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "MarketplaceId": marketplace_id,
                "ASIN": asin,
                "ItemCondition": item_condition,
                "TimeOfOfferChange": time_of_offer_change,
                "OfferChangeType": offer_change_type,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("MarketplaceId", "marketplace_id", True, ("str",)),
                ("ASIN", "asin", True, ("str",)),
                ("ItemCondition", "item_condition", True, ("str",)),
                ("TimeOfOfferChange", "time_of_offer_change", True, ("str",)),
                ("OfferChangeType", "offer_change_type", True, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        marketplace_id = d.pop("MarketplaceId")

        if _reader is not None and marketplace_id.__class__ is not str:
            raise DeviationError("MarketplaceId")

        asin = d.pop("ASIN")

        if _reader is not None and asin.__class__ is not str:
            raise DeviationError("ASIN")

        item_condition = d.pop("ItemCondition")

        if _reader is not None and item_condition.__class__ is not str:
            raise DeviationError("ItemCondition")

        time_of_offer_change = d.pop("TimeOfOfferChange")

        if _reader is not None and time_of_offer_change.__class__ is not str:
            raise DeviationError("TimeOfOfferChange")

        offer_change_type = d.pop("OfferChangeType")

        if _reader is not None and offer_change_type.__class__ is not str:
            raise DeviationError("OfferChangeType")

        if (
            cls
            is AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOfferChangeTrigger
        ):
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.marketplace_id = marketplace_id
            _built.asin = asin
            _built.item_condition = item_condition
            _built.time_of_offer_change = time_of_offer_change
            _built.offer_change_type = offer_change_type
            _built._parse_notes = None
            any_offer_changed_notification_payload_any_offer_changed_notification_offer_change_trigger = _built
        else:  # a subclass: its own __init__ runs
            any_offer_changed_notification_payload_any_offer_changed_notification_offer_change_trigger = cls(
                marketplace_id=marketplace_id,
                asin=asin,
                item_condition=item_condition,
                time_of_offer_change=time_of_offer_change,
                offer_change_type=offer_change_type,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        any_offer_changed_notification_payload_any_offer_changed_notification_offer_change_trigger.additional_properties = (
            d or {}
        )
        return any_offer_changed_notification_payload_any_offer_changed_notification_offer_change_trigger

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
