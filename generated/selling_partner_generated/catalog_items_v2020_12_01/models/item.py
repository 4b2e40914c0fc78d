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
    from ..models.item_attributes import ItemAttributes
    from ..models.item_identifiers_by_marketplace import ItemIdentifiersByMarketplace
    from ..models.item_images_by_marketplace import ItemImagesByMarketplace
    from ..models.item_product_type_by_marketplace import ItemProductTypeByMarketplace
    from ..models.item_sales_ranks_by_marketplace import ItemSalesRanksByMarketplace
    from ..models.item_summary_by_marketplace import ItemSummaryByMarketplace
    from ..models.item_variations_by_marketplace import ItemVariationsByMarketplace
    from ..models.item_vendor_details_by_marketplace import (
        ItemVendorDetailsByMarketplace,
    )


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        ItemAttributes, \
        ItemIdentifiersByMarketplace, \
        ItemImagesByMarketplace, \
        ItemProductTypeByMarketplace, \
        ItemSalesRanksByMarketplace, \
        ItemSummaryByMarketplace, \
        ItemVariationsByMarketplace, \
        ItemVendorDetailsByMarketplace
    from ..models.item_attributes import ItemAttributes
    from ..models.item_identifiers_by_marketplace import ItemIdentifiersByMarketplace
    from ..models.item_images_by_marketplace import ItemImagesByMarketplace
    from ..models.item_product_type_by_marketplace import ItemProductTypeByMarketplace
    from ..models.item_sales_ranks_by_marketplace import ItemSalesRanksByMarketplace
    from ..models.item_summary_by_marketplace import ItemSummaryByMarketplace
    from ..models.item_variations_by_marketplace import ItemVariationsByMarketplace
    from ..models.item_vendor_details_by_marketplace import (
        ItemVendorDetailsByMarketplace,
    )

    _lazy_pending = False


T = TypeVar("T", bound="Item")


@_attrs_define
class Item:
    """
    Attributes:
        asin (str):
        attributes (ItemAttributes | Unset):
        identifiers (list[ItemIdentifiersByMarketplace] | Unset):
        images (list[ItemImagesByMarketplace] | Unset):
        product_types (list[ItemProductTypeByMarketplace] | Unset):
        sales_ranks (list[ItemSalesRanksByMarketplace] | Unset):
        summaries (list[ItemSummaryByMarketplace] | Unset):
        variations (list[ItemVariationsByMarketplace] | Unset):
        vendor_details (list[ItemVendorDetailsByMarketplace] | Unset):
    """

    asin: str
    attributes: ItemAttributes | Unset = UNSET
    identifiers: list[ItemIdentifiersByMarketplace] | Unset = UNSET
    images: list[ItemImagesByMarketplace] | Unset = UNSET
    product_types: list[ItemProductTypeByMarketplace] | Unset = UNSET
    sales_ranks: list[ItemSalesRanksByMarketplace] | Unset = UNSET
    summaries: list[ItemSummaryByMarketplace] | Unset = UNSET
    variations: list[ItemVariationsByMarketplace] | Unset = UNSET
    vendor_details: list[ItemVendorDetailsByMarketplace] | Unset = UNSET
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
        asin = self.asin

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        identifiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = []
            for componentsschemas_item_identifiers_item_data in self.identifiers:
                componentsschemas_item_identifiers_item = (
                    componentsschemas_item_identifiers_item_data.to_dict()
                )
                identifiers.append(componentsschemas_item_identifiers_item)

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for componentsschemas_item_images_item_data in self.images:
                componentsschemas_item_images_item = (
                    componentsschemas_item_images_item_data.to_dict()
                )
                images.append(componentsschemas_item_images_item)

        product_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.product_types, Unset):
            product_types = []
            for componentsschemas_item_product_types_item_data in self.product_types:
                componentsschemas_item_product_types_item = (
                    componentsschemas_item_product_types_item_data.to_dict()
                )
                product_types.append(componentsschemas_item_product_types_item)

        sales_ranks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sales_ranks, Unset):
            sales_ranks = []
            for componentsschemas_item_sales_ranks_item_data in self.sales_ranks:
                componentsschemas_item_sales_ranks_item = (
                    componentsschemas_item_sales_ranks_item_data.to_dict()
                )
                sales_ranks.append(componentsschemas_item_sales_ranks_item)

        summaries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.summaries, Unset):
            summaries = []
            for componentsschemas_item_summaries_item_data in self.summaries:
                componentsschemas_item_summaries_item = (
                    componentsschemas_item_summaries_item_data.to_dict()
                )
                summaries.append(componentsschemas_item_summaries_item)

        variations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variations, Unset):
            variations = []
            for componentsschemas_item_variations_item_data in self.variations:
                componentsschemas_item_variations_item = (
                    componentsschemas_item_variations_item_data.to_dict()
                )
                variations.append(componentsschemas_item_variations_item)

        vendor_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vendor_details, Unset):
            vendor_details = []
            for componentsschemas_item_vendor_details_item_data in self.vendor_details:
                componentsschemas_item_vendor_details_item = (
                    componentsschemas_item_vendor_details_item_data.to_dict()
                )
                vendor_details.append(componentsschemas_item_vendor_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asin": asin,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers
        if images is not UNSET:
            field_dict["images"] = images
        if product_types is not UNSET:
            field_dict["productTypes"] = product_types
        if sales_ranks is not UNSET:
            field_dict["salesRanks"] = sales_ranks
        if summaries is not UNSET:
            field_dict["summaries"] = summaries
        if variations is not UNSET:
            field_dict["variations"] = variations
        if vendor_details is not UNSET:
            field_dict["vendorDetails"] = vendor_details

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.item_attributes import ItemAttributes
        from ..models.item_identifiers_by_marketplace import (
            ItemIdentifiersByMarketplace,
        )
        from ..models.item_images_by_marketplace import ItemImagesByMarketplace
        from ..models.item_product_type_by_marketplace import (
            ItemProductTypeByMarketplace,
        )
        from ..models.item_sales_ranks_by_marketplace import ItemSalesRanksByMarketplace
        from ..models.item_summary_by_marketplace import ItemSummaryByMarketplace
        from ..models.item_variations_by_marketplace import ItemVariationsByMarketplace
        from ..models.item_vendor_details_by_marketplace import (
            ItemVendorDetailsByMarketplace,
        )

        return (
            (
                ("asin", "asin", True, ("str",)),
                ("attributes", "attributes", False, ("model", ItemAttributes)),
                (
                    "identifiers",
                    "identifiers",
                    False,
                    ("list", ("model", ItemIdentifiersByMarketplace)),
                ),
                (
                    "images",
                    "images",
                    False,
                    ("list", ("model", ItemImagesByMarketplace)),
                ),
                (
                    "productTypes",
                    "product_types",
                    False,
                    ("list", ("model", ItemProductTypeByMarketplace)),
                ),
                (
                    "salesRanks",
                    "sales_ranks",
                    False,
                    ("list", ("model", ItemSalesRanksByMarketplace)),
                ),
                (
                    "summaries",
                    "summaries",
                    False,
                    ("list", ("model", ItemSummaryByMarketplace)),
                ),
                (
                    "variations",
                    "variations",
                    False,
                    ("list", ("model", ItemVariationsByMarketplace)),
                ),
                (
                    "vendorDetails",
                    "vendor_details",
                    False,
                    ("list", ("model", ItemVendorDetailsByMarketplace)),
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
        asin = d.pop("asin")

        if _reader is not None and asin.__class__ is not str:
            raise DeviationError("asin")

        _attributes = d.pop("attributes", UNSET)
        attributes = (
            UNSET if _attributes is UNSET else ItemAttributes.from_dict(_attributes)
        )

        _identifiers = d.pop("identifiers", UNSET)
        identifiers = (
            UNSET
            if _identifiers is UNSET
            else [
                ItemIdentifiersByMarketplace.from_dict(_item) for _item in _identifiers
            ]
        )

        _images = d.pop("images", UNSET)
        images = (
            UNSET
            if _images is UNSET
            else [ItemImagesByMarketplace.from_dict(_item) for _item in _images]
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

        _sales_ranks = d.pop("salesRanks", UNSET)
        sales_ranks = (
            UNSET
            if _sales_ranks is UNSET
            else [
                ItemSalesRanksByMarketplace.from_dict(_item) for _item in _sales_ranks
            ]
        )

        _summaries = d.pop("summaries", UNSET)
        summaries = (
            UNSET
            if _summaries is UNSET
            else [ItemSummaryByMarketplace.from_dict(_item) for _item in _summaries]
        )

        _variations = d.pop("variations", UNSET)
        variations = (
            UNSET
            if _variations is UNSET
            else [ItemVariationsByMarketplace.from_dict(_item) for _item in _variations]
        )

        _vendor_details = d.pop("vendorDetails", UNSET)
        vendor_details = (
            UNSET
            if _vendor_details is UNSET
            else [
                ItemVendorDetailsByMarketplace.from_dict(_item)
                for _item in _vendor_details
            ]
        )

        if cls is Item:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.asin = asin
            _built.attributes = attributes
            _built.identifiers = identifiers
            _built.images = images
            _built.product_types = product_types
            _built.sales_ranks = sales_ranks
            _built.summaries = summaries
            _built.variations = variations
            _built.vendor_details = vendor_details
            _built._parse_notes = None
            item = _built
        else:  # a subclass: its own __init__ runs
            item = cls(
                asin=asin,
                attributes=attributes,
                identifiers=identifiers,
                images=images,
                product_types=product_types,
                sales_ranks=sales_ranks,
                summaries=summaries,
                variations=variations,
                vendor_details=vendor_details,
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
