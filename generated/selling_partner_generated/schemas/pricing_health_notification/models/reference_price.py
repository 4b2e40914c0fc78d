from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    UNSET,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.average_selling_price import AverageSellingPrice
    from ..models.competitive_price_threshold import CompetitivePriceThreshold
    from ..models.msrp_price import MsrpPrice
    from ..models.retail_offer_price import RetailOfferPrice


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        AverageSellingPrice, \
        CompetitivePriceThreshold, \
        MsrpPrice, \
        RetailOfferPrice
    from ..models.average_selling_price import AverageSellingPrice
    from ..models.competitive_price_threshold import CompetitivePriceThreshold
    from ..models.msrp_price import MsrpPrice
    from ..models.retail_offer_price import RetailOfferPrice

    _lazy_pending = False


T = TypeVar("T", bound="ReferencePrice")


@_attrs_define
class ReferencePrice:
    """
    Attributes:
        average_selling_price (AverageSellingPrice | Unset):
        competitive_price_threshold (CompetitivePriceThreshold | Unset):
        retail_offer_price (RetailOfferPrice | Unset):
        msrp_price (MsrpPrice | Unset):
    """

    average_selling_price: AverageSellingPrice | Unset = UNSET
    competitive_price_threshold: CompetitivePriceThreshold | Unset = UNSET
    retail_offer_price: RetailOfferPrice | Unset = UNSET
    msrp_price: MsrpPrice | Unset = UNSET
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
        average_selling_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.average_selling_price, Unset):
            average_selling_price = self.average_selling_price.to_dict()

        competitive_price_threshold: dict[str, Any] | Unset = UNSET
        if not isinstance(self.competitive_price_threshold, Unset):
            competitive_price_threshold = self.competitive_price_threshold.to_dict()

        retail_offer_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retail_offer_price, Unset):
            retail_offer_price = self.retail_offer_price.to_dict()

        msrp_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.msrp_price, Unset):
            msrp_price = self.msrp_price.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if average_selling_price is not UNSET:
            field_dict["averageSellingPrice"] = average_selling_price
        if competitive_price_threshold is not UNSET:
            field_dict["competitivePriceThreshold"] = competitive_price_threshold
        if retail_offer_price is not UNSET:
            field_dict["retailOfferPrice"] = retail_offer_price
        if msrp_price is not UNSET:
            field_dict["msrpPrice"] = msrp_price

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.average_selling_price import AverageSellingPrice
        from ..models.competitive_price_threshold import CompetitivePriceThreshold
        from ..models.msrp_price import MsrpPrice
        from ..models.retail_offer_price import RetailOfferPrice

        return (
            (
                (
                    "averageSellingPrice",
                    "average_selling_price",
                    False,
                    ("model", AverageSellingPrice),
                ),
                (
                    "competitivePriceThreshold",
                    "competitive_price_threshold",
                    False,
                    ("model", CompetitivePriceThreshold),
                ),
                (
                    "retailOfferPrice",
                    "retail_offer_price",
                    False,
                    ("model", RetailOfferPrice),
                ),
                ("msrpPrice", "msrp_price", False, ("model", MsrpPrice)),
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
        _average_selling_price = d.pop("averageSellingPrice", UNSET)
        average_selling_price = (
            UNSET
            if _average_selling_price is UNSET
            else AverageSellingPrice.from_dict(_average_selling_price)
        )

        _competitive_price_threshold = d.pop("competitivePriceThreshold", UNSET)
        competitive_price_threshold = (
            UNSET
            if _competitive_price_threshold is UNSET
            else CompetitivePriceThreshold.from_dict(_competitive_price_threshold)
        )

        _retail_offer_price = d.pop("retailOfferPrice", UNSET)
        retail_offer_price = (
            UNSET
            if _retail_offer_price is UNSET
            else RetailOfferPrice.from_dict(_retail_offer_price)
        )

        _msrp_price = d.pop("msrpPrice", UNSET)
        msrp_price = UNSET if _msrp_price is UNSET else MsrpPrice.from_dict(_msrp_price)

        if cls is ReferencePrice:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.average_selling_price = average_selling_price
            _built.competitive_price_threshold = competitive_price_threshold
            _built.retail_offer_price = retail_offer_price
            _built.msrp_price = msrp_price
            _built._parse_notes = None
            reference_price = _built
        else:  # a subclass: its own __init__ runs
            reference_price = cls(
                average_selling_price=average_selling_price,
                competitive_price_threshold=competitive_price_threshold,
                retail_offer_price=retail_offer_price,
                msrp_price=msrp_price,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        reference_price.additional_properties = d or {}
        return reference_price

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
