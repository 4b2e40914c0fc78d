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
    from ..models.buyer_customized_info_detail import BuyerCustomizedInfoDetail
    from ..models.money import Money


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, BuyerCustomizedInfoDetail, Money
    from ..models.buyer_customized_info_detail import BuyerCustomizedInfoDetail
    from ..models.money import Money

    _lazy_pending = False


T = TypeVar("T", bound="ItemBuyerInfo")


@_attrs_define
class ItemBuyerInfo:
    """
    Attributes:
        buyer_customized_info (BuyerCustomizedInfoDetail | Unset):
        gift_message_text (str | Unset):
        gift_wrap_level (str | Unset):
        gift_wrap_price (Money | Unset):
        gift_wrap_tax (Money | Unset):
    """

    buyer_customized_info: BuyerCustomizedInfoDetail | Unset = UNSET
    gift_message_text: str | Unset = UNSET
    gift_wrap_level: str | Unset = UNSET
    gift_wrap_price: Money | Unset = UNSET
    gift_wrap_tax: Money | Unset = UNSET
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
        buyer_customized_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.buyer_customized_info, Unset):
            buyer_customized_info = self.buyer_customized_info.to_dict()

        gift_message_text = self.gift_message_text

        gift_wrap_level = self.gift_wrap_level

        gift_wrap_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gift_wrap_price, Unset):
            gift_wrap_price = self.gift_wrap_price.to_dict()

        gift_wrap_tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gift_wrap_tax, Unset):
            gift_wrap_tax = self.gift_wrap_tax.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if buyer_customized_info is not UNSET:
            field_dict["BuyerCustomizedInfo"] = buyer_customized_info
        if gift_message_text is not UNSET:
            field_dict["GiftMessageText"] = gift_message_text
        if gift_wrap_level is not UNSET:
            field_dict["GiftWrapLevel"] = gift_wrap_level
        if gift_wrap_price is not UNSET:
            field_dict["GiftWrapPrice"] = gift_wrap_price
        if gift_wrap_tax is not UNSET:
            field_dict["GiftWrapTax"] = gift_wrap_tax

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.buyer_customized_info_detail import BuyerCustomizedInfoDetail
        from ..models.money import Money

        return (
            (
                (
                    "BuyerCustomizedInfo",
                    "buyer_customized_info",
                    False,
                    ("model", BuyerCustomizedInfoDetail),
                ),
                ("GiftMessageText", "gift_message_text", False, ("str",)),
                ("GiftWrapLevel", "gift_wrap_level", False, ("str",)),
                ("GiftWrapPrice", "gift_wrap_price", False, ("model", Money)),
                ("GiftWrapTax", "gift_wrap_tax", False, ("model", Money)),
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
        _buyer_customized_info = d.pop("BuyerCustomizedInfo", UNSET)
        buyer_customized_info = (
            UNSET
            if _buyer_customized_info is UNSET
            else BuyerCustomizedInfoDetail.from_dict(_buyer_customized_info)
        )

        gift_message_text = d.pop("GiftMessageText", UNSET)

        if (
            _reader is not None
            and gift_message_text.__class__ is not str
            and gift_message_text is not UNSET
        ):
            raise DeviationError("GiftMessageText")

        gift_wrap_level = d.pop("GiftWrapLevel", UNSET)

        if (
            _reader is not None
            and gift_wrap_level.__class__ is not str
            and gift_wrap_level is not UNSET
        ):
            raise DeviationError("GiftWrapLevel")

        _gift_wrap_price = d.pop("GiftWrapPrice", UNSET)
        gift_wrap_price = (
            UNSET if _gift_wrap_price is UNSET else Money.from_dict(_gift_wrap_price)
        )

        _gift_wrap_tax = d.pop("GiftWrapTax", UNSET)
        gift_wrap_tax = (
            UNSET if _gift_wrap_tax is UNSET else Money.from_dict(_gift_wrap_tax)
        )

        if cls is ItemBuyerInfo:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.buyer_customized_info = buyer_customized_info
            _built.gift_message_text = gift_message_text
            _built.gift_wrap_level = gift_wrap_level
            _built.gift_wrap_price = gift_wrap_price
            _built.gift_wrap_tax = gift_wrap_tax
            _built._parse_notes = None
            item_buyer_info = _built
        else:  # a subclass: its own __init__ runs
            item_buyer_info = cls(
                buyer_customized_info=buyer_customized_info,
                gift_message_text=gift_message_text,
                gift_wrap_level=gift_wrap_level,
                gift_wrap_price=gift_wrap_price,
                gift_wrap_tax=gift_wrap_tax,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        item_buyer_info.additional_properties = d or {}
        return item_buyer_info

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
