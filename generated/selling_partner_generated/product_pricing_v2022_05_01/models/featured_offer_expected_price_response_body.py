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
    from ..models.error import Error
    from ..models.featured_offer_expected_price_result import (
        FeaturedOfferExpectedPriceResult,
    )
    from ..models.offer_identifier import OfferIdentifier


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Error, FeaturedOfferExpectedPriceResult, OfferIdentifier
    from ..models.error import Error
    from ..models.featured_offer_expected_price_result import (
        FeaturedOfferExpectedPriceResult,
    )
    from ..models.offer_identifier import OfferIdentifier

    _lazy_pending = False


T = TypeVar("T", bound="FeaturedOfferExpectedPriceResponseBody")


@_attrs_define
class FeaturedOfferExpectedPriceResponseBody:
    """
    Attributes:
        errors (list[Error] | Unset):
        featured_offer_expected_price_results (list[FeaturedOfferExpectedPriceResult] | Unset):
        offer_identifier (OfferIdentifier | Unset):
    """

    errors: list[Error] | Unset = UNSET
    featured_offer_expected_price_results: (
        list[FeaturedOfferExpectedPriceResult] | Unset
    ) = UNSET
    offer_identifier: OfferIdentifier | Unset = UNSET
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
        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for componentsschemas_error_list_item_data in self.errors:
                componentsschemas_error_list_item = (
                    componentsschemas_error_list_item_data.to_dict()
                )
                errors.append(componentsschemas_error_list_item)

        featured_offer_expected_price_results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.featured_offer_expected_price_results, Unset):
            featured_offer_expected_price_results = []
            for (
                componentsschemas_featured_offer_expected_price_result_list_item_data
            ) in self.featured_offer_expected_price_results:
                componentsschemas_featured_offer_expected_price_result_list_item = componentsschemas_featured_offer_expected_price_result_list_item_data.to_dict()
                featured_offer_expected_price_results.append(
                    componentsschemas_featured_offer_expected_price_result_list_item
                )

        offer_identifier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offer_identifier, Unset):
            offer_identifier = self.offer_identifier.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if errors is not UNSET:
            field_dict["errors"] = errors
        if featured_offer_expected_price_results is not UNSET:
            field_dict["featuredOfferExpectedPriceResults"] = (
                featured_offer_expected_price_results
            )
        if offer_identifier is not UNSET:
            field_dict["offerIdentifier"] = offer_identifier

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.error import Error
        from ..models.featured_offer_expected_price_result import (
            FeaturedOfferExpectedPriceResult,
        )
        from ..models.offer_identifier import OfferIdentifier

        return (
            (
                ("errors", "errors", False, ("list", ("model", Error))),
                (
                    "featuredOfferExpectedPriceResults",
                    "featured_offer_expected_price_results",
                    False,
                    ("list", ("model", FeaturedOfferExpectedPriceResult)),
                ),
                (
                    "offerIdentifier",
                    "offer_identifier",
                    False,
                    ("model", OfferIdentifier),
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
        _errors = d.pop("errors", UNSET)
        errors = (
            UNSET if _errors is UNSET else [Error.from_dict(_item) for _item in _errors]
        )

        _featured_offer_expected_price_results = d.pop(
            "featuredOfferExpectedPriceResults", UNSET
        )
        featured_offer_expected_price_results = (
            UNSET
            if _featured_offer_expected_price_results is UNSET
            else [
                FeaturedOfferExpectedPriceResult.from_dict(_item)
                for _item in _featured_offer_expected_price_results
            ]
        )

        _offer_identifier = d.pop("offerIdentifier", UNSET)
        offer_identifier = (
            UNSET
            if _offer_identifier is UNSET
            else OfferIdentifier.from_dict(_offer_identifier)
        )

        if cls is FeaturedOfferExpectedPriceResponseBody:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.errors = errors
            _built.featured_offer_expected_price_results = (
                featured_offer_expected_price_results
            )
            _built.offer_identifier = offer_identifier
            _built._parse_notes = None
            featured_offer_expected_price_response_body = _built
        else:  # a subclass: its own __init__ runs
            featured_offer_expected_price_response_body = cls(
                errors=errors,
                featured_offer_expected_price_results=featured_offer_expected_price_results,
                offer_identifier=offer_identifier,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        featured_offer_expected_price_response_body.additional_properties = d or {}
        return featured_offer_expected_price_response_body

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
