from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.condition import Condition
from ..models.lowest_priced_offers_input_offer_type import (
    LowestPricedOffersInputOfferType,
)
from ..types import (
    FAST,
    READER,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

T = TypeVar("T", bound="LowestPricedOffersInput")


@_attrs_define
class LowestPricedOffersInput:
    """
    Attributes:
        item_condition (Condition):
        offer_type (LowestPricedOffersInputOfferType):
    """

    item_condition: Condition
    offer_type: LowestPricedOffersInputOfferType
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
        item_condition = self.item_condition.value

        offer_type = self.offer_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "itemCondition": item_condition,
                "offerType": offer_type,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("itemCondition", "item_condition", True, ("enum", Condition)),
                (
                    "offerType",
                    "offer_type",
                    True,
                    ("enum", LowestPricedOffersInputOfferType),
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
        _item_condition = d.pop("itemCondition")
        item_condition = (
            Condition._value2member_map_.get(_item_condition)
            if _item_condition.__class__ is str
            else None
        ) or Condition(_item_condition)

        _offer_type = d.pop("offerType")
        offer_type = (
            LowestPricedOffersInputOfferType._value2member_map_.get(_offer_type)
            if _offer_type.__class__ is str
            else None
        ) or LowestPricedOffersInputOfferType(_offer_type)

        if cls is LowestPricedOffersInput:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.item_condition = item_condition
            _built.offer_type = offer_type
            _built._parse_notes = None
            lowest_priced_offers_input = _built
        else:  # a subclass: its own __init__ runs
            lowest_priced_offers_input = cls(
                item_condition=item_condition,
                offer_type=offer_type,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        lowest_priced_offers_input.additional_properties = d or {}
        return lowest_priced_offers_input

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
