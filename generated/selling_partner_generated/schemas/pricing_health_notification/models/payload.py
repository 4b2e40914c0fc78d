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
    from ..models.merchant_offer import MerchantOffer
    from ..models.offer_change_trigger import OfferChangeTrigger
    from ..models.summary import Summary


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, MerchantOffer, OfferChangeTrigger, Summary
    from ..models.merchant_offer import MerchantOffer
    from ..models.offer_change_trigger import OfferChangeTrigger
    from ..models.summary import Summary

    _lazy_pending = False


T = TypeVar("T", bound="Payload")


@_attrs_define
class Payload:
    """
    Attributes:
        seller_id (str):
        issue_type (str):
        offer_change_trigger (OfferChangeTrigger):
        merchant_offer (MerchantOffer):
        summary (Summary):
    """

    seller_id: str
    issue_type: str
    offer_change_trigger: OfferChangeTrigger
    merchant_offer: MerchantOffer
    summary: Summary
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

        issue_type = self.issue_type

        offer_change_trigger = self.offer_change_trigger.to_dict()

        merchant_offer = self.merchant_offer.to_dict()

        summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sellerId": seller_id,
                "issueType": issue_type,
                "offerChangeTrigger": offer_change_trigger,
                "merchantOffer": merchant_offer,
                "summary": summary,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.merchant_offer import MerchantOffer
        from ..models.offer_change_trigger import OfferChangeTrigger
        from ..models.summary import Summary

        return (
            (
                ("sellerId", "seller_id", True, ("str",)),
                ("issueType", "issue_type", True, ("str",)),
                (
                    "offerChangeTrigger",
                    "offer_change_trigger",
                    True,
                    ("model", OfferChangeTrigger),
                ),
                ("merchantOffer", "merchant_offer", True, ("model", MerchantOffer)),
                ("summary", "summary", True, ("model", Summary)),
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
        seller_id = d.pop("sellerId")

        if _reader is not None and seller_id.__class__ is not str:
            raise DeviationError("sellerId")

        issue_type = d.pop("issueType")

        if _reader is not None and issue_type.__class__ is not str:
            raise DeviationError("issueType")

        offer_change_trigger = OfferChangeTrigger.from_dict(d.pop("offerChangeTrigger"))

        merchant_offer = MerchantOffer.from_dict(d.pop("merchantOffer"))

        summary = Summary.from_dict(d.pop("summary"))

        if cls is Payload:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.seller_id = seller_id
            _built.issue_type = issue_type
            _built.offer_change_trigger = offer_change_trigger
            _built.merchant_offer = merchant_offer
            _built.summary = summary
            _built._parse_notes = None
            payload = _built
        else:  # a subclass: its own __init__ runs
            payload = cls(
                seller_id=seller_id,
                issue_type=issue_type,
                offer_change_trigger=offer_change_trigger,
                merchant_offer=merchant_offer,
                summary=summary,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        payload.additional_properties = d or {}
        return payload

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
