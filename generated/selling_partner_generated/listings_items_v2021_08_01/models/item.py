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
    from ..models.fulfillment_availability import FulfillmentAvailability
    from ..models.issue import Issue
    from ..models.item_attributes import ItemAttributes
    from ..models.item_offer_by_marketplace import ItemOfferByMarketplace
    from ..models.item_procurement import ItemProcurement
    from ..models.item_product_type_by_marketplace import ItemProductTypeByMarketplace
    from ..models.item_relationships_by_marketplace import (
        ItemRelationshipsByMarketplace,
    )
    from ..models.item_summary_by_marketplace import ItemSummaryByMarketplace


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        FulfillmentAvailability, \
        Issue, \
        ItemAttributes, \
        ItemOfferByMarketplace, \
        ItemProcurement, \
        ItemProductTypeByMarketplace, \
        ItemRelationshipsByMarketplace, \
        ItemSummaryByMarketplace
    from ..models.fulfillment_availability import FulfillmentAvailability
    from ..models.issue import Issue
    from ..models.item_attributes import ItemAttributes
    from ..models.item_offer_by_marketplace import ItemOfferByMarketplace
    from ..models.item_procurement import ItemProcurement
    from ..models.item_product_type_by_marketplace import ItemProductTypeByMarketplace
    from ..models.item_relationships_by_marketplace import (
        ItemRelationshipsByMarketplace,
    )
    from ..models.item_summary_by_marketplace import ItemSummaryByMarketplace

    _lazy_pending = False


T = TypeVar("T", bound="Item")


@_attrs_define
class Item:
    """
    Attributes:
        sku (str):
        attributes (ItemAttributes | Unset):
        fulfillment_availability (list[FulfillmentAvailability] | Unset):
        issues (list[Issue] | Unset):
        offers (list[ItemOfferByMarketplace] | Unset):
        procurement (list[ItemProcurement] | Unset):
        product_types (list[ItemProductTypeByMarketplace] | Unset):
        relationships (list[ItemRelationshipsByMarketplace] | Unset):
        summaries (list[ItemSummaryByMarketplace] | Unset):
    """

    sku: str
    attributes: ItemAttributes | Unset = UNSET
    fulfillment_availability: list[FulfillmentAvailability] | Unset = UNSET
    issues: list[Issue] | Unset = UNSET
    offers: list[ItemOfferByMarketplace] | Unset = UNSET
    procurement: list[ItemProcurement] | Unset = UNSET
    product_types: list[ItemProductTypeByMarketplace] | Unset = UNSET
    relationships: list[ItemRelationshipsByMarketplace] | Unset = UNSET
    summaries: list[ItemSummaryByMarketplace] | Unset = UNSET
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
        sku = self.sku

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        fulfillment_availability: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fulfillment_availability, Unset):
            fulfillment_availability = []
            for fulfillment_availability_item_data in self.fulfillment_availability:
                fulfillment_availability_item = (
                    fulfillment_availability_item_data.to_dict()
                )
                fulfillment_availability.append(fulfillment_availability_item)

        issues: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.issues, Unset):
            issues = []
            for componentsschemas_item_issues_item_data in self.issues:
                componentsschemas_item_issues_item = (
                    componentsschemas_item_issues_item_data.to_dict()
                )
                issues.append(componentsschemas_item_issues_item)

        offers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.offers, Unset):
            offers = []
            for componentsschemas_item_offers_item_data in self.offers:
                componentsschemas_item_offers_item = (
                    componentsschemas_item_offers_item_data.to_dict()
                )
                offers.append(componentsschemas_item_offers_item)

        procurement: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.procurement, Unset):
            procurement = []
            for procurement_item_data in self.procurement:
                procurement_item = procurement_item_data.to_dict()
                procurement.append(procurement_item)

        product_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.product_types, Unset):
            product_types = []
            for componentsschemas_item_product_types_item_data in self.product_types:
                componentsschemas_item_product_types_item = (
                    componentsschemas_item_product_types_item_data.to_dict()
                )
                product_types.append(componentsschemas_item_product_types_item)

        relationships: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = []
            for componentsschemas_item_relationships_item_data in self.relationships:
                componentsschemas_item_relationships_item = (
                    componentsschemas_item_relationships_item_data.to_dict()
                )
                relationships.append(componentsschemas_item_relationships_item)

        summaries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.summaries, Unset):
            summaries = []
            for componentsschemas_item_summaries_item_data in self.summaries:
                componentsschemas_item_summaries_item = (
                    componentsschemas_item_summaries_item_data.to_dict()
                )
                summaries.append(componentsschemas_item_summaries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sku": sku,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if fulfillment_availability is not UNSET:
            field_dict["fulfillmentAvailability"] = fulfillment_availability
        if issues is not UNSET:
            field_dict["issues"] = issues
        if offers is not UNSET:
            field_dict["offers"] = offers
        if procurement is not UNSET:
            field_dict["procurement"] = procurement
        if product_types is not UNSET:
            field_dict["productTypes"] = product_types
        if relationships is not UNSET:
            field_dict["relationships"] = relationships
        if summaries is not UNSET:
            field_dict["summaries"] = summaries

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.fulfillment_availability import FulfillmentAvailability
        from ..models.issue import Issue
        from ..models.item_attributes import ItemAttributes
        from ..models.item_offer_by_marketplace import ItemOfferByMarketplace
        from ..models.item_procurement import ItemProcurement
        from ..models.item_product_type_by_marketplace import (
            ItemProductTypeByMarketplace,
        )
        from ..models.item_relationships_by_marketplace import (
            ItemRelationshipsByMarketplace,
        )
        from ..models.item_summary_by_marketplace import ItemSummaryByMarketplace

        return (
            (
                ("sku", "sku", True, ("str",)),
                ("attributes", "attributes", False, ("model", ItemAttributes)),
                (
                    "fulfillmentAvailability",
                    "fulfillment_availability",
                    False,
                    ("list", ("model", FulfillmentAvailability)),
                ),
                ("issues", "issues", False, ("list", ("model", Issue))),
                (
                    "offers",
                    "offers",
                    False,
                    ("list", ("model", ItemOfferByMarketplace)),
                ),
                (
                    "procurement",
                    "procurement",
                    False,
                    ("list", ("model", ItemProcurement)),
                ),
                (
                    "productTypes",
                    "product_types",
                    False,
                    ("list", ("model", ItemProductTypeByMarketplace)),
                ),
                (
                    "relationships",
                    "relationships",
                    False,
                    ("list", ("model", ItemRelationshipsByMarketplace)),
                ),
                (
                    "summaries",
                    "summaries",
                    False,
                    ("list", ("model", ItemSummaryByMarketplace)),
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
        sku = d.pop("sku")

        if _reader is not None and sku.__class__ is not str:
            raise DeviationError("sku")

        _attributes = d.pop("attributes", UNSET)
        attributes = (
            UNSET if _attributes is UNSET else ItemAttributes.from_dict(_attributes)
        )

        _fulfillment_availability = d.pop("fulfillmentAvailability", UNSET)
        fulfillment_availability = (
            UNSET
            if _fulfillment_availability is UNSET
            else [
                FulfillmentAvailability.from_dict(_item)
                for _item in _fulfillment_availability
            ]
        )

        _issues = d.pop("issues", UNSET)
        issues = (
            UNSET if _issues is UNSET else [Issue.from_dict(_item) for _item in _issues]
        )

        _offers = d.pop("offers", UNSET)
        offers = (
            UNSET
            if _offers is UNSET
            else [ItemOfferByMarketplace.from_dict(_item) for _item in _offers]
        )

        _procurement = d.pop("procurement", UNSET)
        procurement = (
            UNSET
            if _procurement is UNSET
            else [ItemProcurement.from_dict(_item) for _item in _procurement]
        )

        _product_types = d.pop("productTypes", UNSET)
        product_types = (
            UNSET
            if _product_types is UNSET
            else [
                ItemProductTypeByMarketplace.from_dict(_item)
                for _item in _product_types
            ]
        )

        _relationships = d.pop("relationships", UNSET)
        relationships = (
            UNSET
            if _relationships is UNSET
            else [
                ItemRelationshipsByMarketplace.from_dict(_item)
                for _item in _relationships
            ]
        )

        _summaries = d.pop("summaries", UNSET)
        summaries = (
            UNSET
            if _summaries is UNSET
            else [ItemSummaryByMarketplace.from_dict(_item) for _item in _summaries]
        )

        if cls is Item:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.sku = sku
            _built.attributes = attributes
            _built.fulfillment_availability = fulfillment_availability
            _built.issues = issues
            _built.offers = offers
            _built.procurement = procurement
            _built.product_types = product_types
            _built.relationships = relationships
            _built.summaries = summaries
            _built._parse_notes = None
            item = _built
        else:  # a subclass: its own __init__ runs
            item = cls(
                sku=sku,
                attributes=attributes,
                fulfillment_availability=fulfillment_availability,
                issues=issues,
                offers=offers,
                procurement=procurement,
                product_types=product_types,
                relationships=relationships,
                summaries=summaries,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        item.additional_properties = d or {}
        return item

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
