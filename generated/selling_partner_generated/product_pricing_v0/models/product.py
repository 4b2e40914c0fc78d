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
    from ..models.attribute_set_list_item import AttributeSetListItem
    from ..models.competitive_pricing_type import CompetitivePricingType
    from ..models.identifier_type import IdentifierType
    from ..models.offer_type import OfferType
    from ..models.relationship_list_item import RelationshipListItem
    from ..models.sales_rank_type import SalesRankType


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        AttributeSetListItem, \
        CompetitivePricingType, \
        IdentifierType, \
        OfferType, \
        RelationshipListItem, \
        SalesRankType
    from ..models.attribute_set_list_item import AttributeSetListItem
    from ..models.competitive_pricing_type import CompetitivePricingType
    from ..models.identifier_type import IdentifierType
    from ..models.offer_type import OfferType
    from ..models.relationship_list_item import RelationshipListItem
    from ..models.sales_rank_type import SalesRankType

    _lazy_pending = False


T = TypeVar("T", bound="Product")


@_attrs_define
class Product:
    """
    Attributes:
        identifiers (IdentifierType):
        attribute_sets (list[AttributeSetListItem] | Unset):
        competitive_pricing (CompetitivePricingType | Unset):
        offers (list[OfferType] | Unset):
        relationships (list[RelationshipListItem] | Unset):
        sales_rankings (list[SalesRankType] | Unset):
    """

    identifiers: IdentifierType
    attribute_sets: list[AttributeSetListItem] | Unset = UNSET
    competitive_pricing: CompetitivePricingType | Unset = UNSET
    offers: list[OfferType] | Unset = UNSET
    relationships: list[RelationshipListItem] | Unset = UNSET
    sales_rankings: list[SalesRankType] | Unset = UNSET
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
        identifiers = self.identifiers.to_dict()

        attribute_sets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attribute_sets, Unset):
            attribute_sets = []
            for componentsschemas_attribute_set_list_item_data in self.attribute_sets:
                componentsschemas_attribute_set_list_item = (
                    componentsschemas_attribute_set_list_item_data.to_dict()
                )
                attribute_sets.append(componentsschemas_attribute_set_list_item)

        competitive_pricing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.competitive_pricing, Unset):
            competitive_pricing = self.competitive_pricing.to_dict()

        offers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.offers, Unset):
            offers = []
            for componentsschemas_offers_list_item_data in self.offers:
                componentsschemas_offers_list_item = (
                    componentsschemas_offers_list_item_data.to_dict()
                )
                offers.append(componentsschemas_offers_list_item)

        relationships: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = []
            for componentsschemas_relationship_list_item_data in self.relationships:
                componentsschemas_relationship_list_item = (
                    componentsschemas_relationship_list_item_data.to_dict()
                )
                relationships.append(componentsschemas_relationship_list_item)

        sales_rankings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sales_rankings, Unset):
            sales_rankings = []
            for componentsschemas_sales_rank_list_item_data in self.sales_rankings:
                componentsschemas_sales_rank_list_item = (
                    componentsschemas_sales_rank_list_item_data.to_dict()
                )
                sales_rankings.append(componentsschemas_sales_rank_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Identifiers": identifiers,
            }
        )
        if attribute_sets is not UNSET:
            field_dict["AttributeSets"] = attribute_sets
        if competitive_pricing is not UNSET:
            field_dict["CompetitivePricing"] = competitive_pricing
        if offers is not UNSET:
            field_dict["Offers"] = offers
        if relationships is not UNSET:
            field_dict["Relationships"] = relationships
        if sales_rankings is not UNSET:
            field_dict["SalesRankings"] = sales_rankings

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.attribute_set_list_item import AttributeSetListItem
        from ..models.competitive_pricing_type import CompetitivePricingType
        from ..models.identifier_type import IdentifierType
        from ..models.offer_type import OfferType
        from ..models.relationship_list_item import RelationshipListItem
        from ..models.sales_rank_type import SalesRankType

        return (
            (
                ("Identifiers", "identifiers", True, ("model", IdentifierType)),
                (
                    "AttributeSets",
                    "attribute_sets",
                    False,
                    ("list", ("model", AttributeSetListItem)),
                ),
                (
                    "CompetitivePricing",
                    "competitive_pricing",
                    False,
                    ("model", CompetitivePricingType),
                ),
                ("Offers", "offers", False, ("list", ("model", OfferType))),
                (
                    "Relationships",
                    "relationships",
                    False,
                    ("list", ("model", RelationshipListItem)),
                ),
                (
                    "SalesRankings",
                    "sales_rankings",
                    False,
                    ("list", ("model", SalesRankType)),
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
        identifiers = IdentifierType.from_dict(d.pop("Identifiers"))

        _attribute_sets = d.pop("AttributeSets", UNSET)
        attribute_sets = (
            UNSET
            if _attribute_sets is UNSET
            else [AttributeSetListItem.from_dict(_item) for _item in _attribute_sets]
        )

        _competitive_pricing = d.pop("CompetitivePricing", UNSET)
        competitive_pricing = (
            UNSET
            if _competitive_pricing is UNSET
            else CompetitivePricingType.from_dict(_competitive_pricing)
        )

        _offers = d.pop("Offers", UNSET)
        offers = (
            UNSET
            if _offers is UNSET
            else [OfferType.from_dict(_item) for _item in _offers]
        )

        _relationships = d.pop("Relationships", UNSET)
        relationships = (
            UNSET
            if _relationships is UNSET
            else [RelationshipListItem.from_dict(_item) for _item in _relationships]
        )

        _sales_rankings = d.pop("SalesRankings", UNSET)
        sales_rankings = (
            UNSET
            if _sales_rankings is UNSET
            else [SalesRankType.from_dict(_item) for _item in _sales_rankings]
        )

        if cls is Product:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.identifiers = identifiers
            _built.attribute_sets = attribute_sets
            _built.competitive_pricing = competitive_pricing
            _built.offers = offers
            _built.relationships = relationships
            _built.sales_rankings = sales_rankings
            _built._parse_notes = None
            product = _built
        else:  # a subclass: its own __init__ runs
            product = cls(
                identifiers=identifiers,
                attribute_sets=attribute_sets,
                competitive_pricing=competitive_pricing,
                offers=offers,
                relationships=relationships,
                sales_rankings=sales_rankings,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        product.additional_properties = d or {}
        return product

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
