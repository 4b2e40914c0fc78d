from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fulfillment_channel_type import FulfillmentChannelType
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

T = TypeVar("T", bound="OfferCountType")


@_attrs_define
class OfferCountType:
    """
    Attributes:
        offer_count (int | Unset):
        condition (str | Unset):
        fulfillment_channel (FulfillmentChannelType | Unset):
    """

    offer_count: int | Unset = UNSET
    condition: str | Unset = UNSET
    fulfillment_channel: FulfillmentChannelType | Unset = UNSET
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
        offer_count = self.offer_count

        condition = self.condition

        fulfillment_channel: str | Unset = UNSET
        if not isinstance(self.fulfillment_channel, Unset):
            fulfillment_channel = self.fulfillment_channel.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if offer_count is not UNSET:
            field_dict["OfferCount"] = offer_count
        if condition is not UNSET:
            field_dict["condition"] = condition
        if fulfillment_channel is not UNSET:
            field_dict["fulfillmentChannel"] = fulfillment_channel

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("OfferCount", "offer_count", False, ("int",)),
                ("condition", "condition", False, ("str",)),
                (
                    "fulfillmentChannel",
                    "fulfillment_channel",
                    False,
                    ("enum", FulfillmentChannelType),
                ),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        offer_count = d.pop("OfferCount", UNSET)

        if (
            _reader is not None
            and offer_count.__class__ is not int
            and offer_count is not UNSET
        ):
            raise DeviationError("OfferCount")

        condition = d.pop("condition", UNSET)

        if (
            _reader is not None
            and condition.__class__ is not str
            and condition is not UNSET
        ):
            raise DeviationError("condition")

        _fulfillment_channel = d.pop("fulfillmentChannel", UNSET)
        fulfillment_channel = (
            UNSET
            if _fulfillment_channel is UNSET
            else (
                FulfillmentChannelType._value2member_map_.get(_fulfillment_channel)
                if _fulfillment_channel.__class__ is str
                else None
            )
            or FulfillmentChannelType(_fulfillment_channel)
        )

        if cls is OfferCountType:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.offer_count = offer_count
            _built.condition = condition
            _built.fulfillment_channel = fulfillment_channel
            _built._parse_notes = None
            offer_count_type = _built
        else:  # a subclass: its own __init__ runs
            offer_count_type = cls(
                offer_count=offer_count,
                condition=condition,
                fulfillment_channel=fulfillment_channel,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        offer_count_type.additional_properties = d or {}
        return offer_count_type

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
