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
    from ..models.featured_offer import FeaturedOffer
    from ..models.featured_offer_expected_price import FeaturedOfferExpectedPrice


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, FeaturedOffer, FeaturedOfferExpectedPrice
    from ..models.featured_offer import FeaturedOffer
    from ..models.featured_offer_expected_price import FeaturedOfferExpectedPrice

    _lazy_pending = False


T = TypeVar("T", bound="FeaturedOfferExpectedPriceResult")


@_attrs_define
class FeaturedOfferExpectedPriceResult:
    """
    Attributes:
        result_status (str):
        competing_featured_offer (FeaturedOffer | Unset):
        current_featured_offer (FeaturedOffer | Unset):
        featured_offer_expected_price (FeaturedOfferExpectedPrice | Unset):
    """

    result_status: str
    competing_featured_offer: FeaturedOffer | Unset = UNSET
    current_featured_offer: FeaturedOffer | Unset = UNSET
    featured_offer_expected_price: FeaturedOfferExpectedPrice | Unset = UNSET
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
        result_status = self.result_status

        competing_featured_offer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.competing_featured_offer, Unset):
            competing_featured_offer = self.competing_featured_offer.to_dict()

        current_featured_offer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_featured_offer, Unset):
            current_featured_offer = self.current_featured_offer.to_dict()

        featured_offer_expected_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.featured_offer_expected_price, Unset):
            featured_offer_expected_price = self.featured_offer_expected_price.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resultStatus": result_status,
            }
        )
        if competing_featured_offer is not UNSET:
            field_dict["competingFeaturedOffer"] = competing_featured_offer
        if current_featured_offer is not UNSET:
            field_dict["currentFeaturedOffer"] = current_featured_offer
        if featured_offer_expected_price is not UNSET:
            field_dict["featuredOfferExpectedPrice"] = featured_offer_expected_price

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.featured_offer import FeaturedOffer
        from ..models.featured_offer_expected_price import FeaturedOfferExpectedPrice

        return (
            (
                ("resultStatus", "result_status", True, ("str",)),
                (
                    "competingFeaturedOffer",
                    "competing_featured_offer",
                    False,
                    ("model", FeaturedOffer),
                ),
                (
                    "currentFeaturedOffer",
                    "current_featured_offer",
                    False,
                    ("model", FeaturedOffer),
                ),
                (
                    "featuredOfferExpectedPrice",
                    "featured_offer_expected_price",
                    False,
                    ("model", FeaturedOfferExpectedPrice),
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
        result_status = d.pop("resultStatus")

        if _reader is not None and result_status.__class__ is not str:
            raise DeviationError("resultStatus")

        _competing_featured_offer = d.pop("competingFeaturedOffer", UNSET)
        competing_featured_offer = (
            UNSET
            if _competing_featured_offer is UNSET
            else FeaturedOffer.from_dict(_competing_featured_offer)
        )

        _current_featured_offer = d.pop("currentFeaturedOffer", UNSET)
        current_featured_offer = (
            UNSET
            if _current_featured_offer is UNSET
            else FeaturedOffer.from_dict(_current_featured_offer)
        )

        _featured_offer_expected_price = d.pop("featuredOfferExpectedPrice", UNSET)
        featured_offer_expected_price = (
            UNSET
            if _featured_offer_expected_price is UNSET
            else FeaturedOfferExpectedPrice.from_dict(_featured_offer_expected_price)
        )

        if cls is FeaturedOfferExpectedPriceResult:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.result_status = result_status
            _built.competing_featured_offer = competing_featured_offer
            _built.current_featured_offer = current_featured_offer
            _built.featured_offer_expected_price = featured_offer_expected_price
            _built._parse_notes = None
            featured_offer_expected_price_result = _built
        else:  # a subclass: its own __init__ runs
            featured_offer_expected_price_result = cls(
                result_status=result_status,
                competing_featured_offer=competing_featured_offer,
                current_featured_offer=current_featured_offer,
                featured_offer_expected_price=featured_offer_expected_price,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        featured_offer_expected_price_result.additional_properties = d or {}
        return featured_offer_expected_price_result

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
