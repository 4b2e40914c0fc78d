from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.condition_type import ConditionType
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
    from ..models.item_identifier import ItemIdentifier
    from ..models.offer_detail import OfferDetail
    from ..models.summary import Summary


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ItemIdentifier, OfferDetail, Summary
    from ..models.item_identifier import ItemIdentifier
    from ..models.offer_detail import OfferDetail
    from ..models.summary import Summary

    _lazy_pending = False


T = TypeVar("T", bound="GetOffersResult")


@_attrs_define
class GetOffersResult:
    """
    Attributes:
        identifier (ItemIdentifier):
        item_condition (ConditionType):
        offers (list[OfferDetail]):
        summary (Summary):
        marketplace_id (str):
        status (str):
        asin (str | Unset):
        sku (str | Unset):
    """

    identifier: ItemIdentifier
    item_condition: ConditionType
    offers: list[OfferDetail]
    summary: Summary
    marketplace_id: str
    status: str
    asin: str | Unset = UNSET
    sku: str | Unset = UNSET
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
        identifier = self.identifier.to_dict()

        item_condition = self.item_condition.value

        offers = []
        for componentsschemas_offer_detail_list_item_data in self.offers:
            componentsschemas_offer_detail_list_item = (
                componentsschemas_offer_detail_list_item_data.to_dict()
            )
            offers.append(componentsschemas_offer_detail_list_item)

        summary = self.summary.to_dict()

        marketplace_id = self.marketplace_id

        status = self.status

        asin = self.asin

        sku = self.sku

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Identifier": identifier,
                "ItemCondition": item_condition,
                "Offers": offers,
                "Summary": summary,
                "marketplaceId": marketplace_id,
                "status": status,
            }
        )
        if asin is not UNSET:
            field_dict["ASIN"] = asin
        if sku is not UNSET:
            field_dict["SKU"] = sku

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.item_identifier import ItemIdentifier
        from ..models.offer_detail import OfferDetail
        from ..models.summary import Summary

        return (
            (
                ("Identifier", "identifier", True, ("model", ItemIdentifier)),
                ("ItemCondition", "item_condition", True, ("enum", ConditionType)),
                ("Offers", "offers", True, ("list", ("model", OfferDetail))),
                ("Summary", "summary", True, ("model", Summary)),
                ("marketplaceId", "marketplace_id", True, ("str",)),
                ("status", "status", True, ("str",)),
                ("ASIN", "asin", False, ("str",)),
                ("SKU", "sku", False, ("str",)),
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
        identifier = ItemIdentifier.from_dict(d.pop("Identifier"))

        _item_condition = d.pop("ItemCondition")
        item_condition = (
            ConditionType._value2member_map_.get(_item_condition)
            if _item_condition.__class__ is str
            else None
        ) or ConditionType(_item_condition)

        _offers = d.pop("Offers")
        offers = [OfferDetail.from_dict(_item) for _item in _offers]

        summary = Summary.from_dict(d.pop("Summary"))

        marketplace_id = d.pop("marketplaceId")

        if _reader is not None and marketplace_id.__class__ is not str:
            raise DeviationError("marketplaceId")

        status = d.pop("status")

        if _reader is not None and status.__class__ is not str:
            raise DeviationError("status")

        asin = d.pop("ASIN", UNSET)

        if _reader is not None and asin.__class__ is not str and asin is not UNSET:
            raise DeviationError("ASIN")

        sku = d.pop("SKU", UNSET)

        if _reader is not None and sku.__class__ is not str and sku is not UNSET:
            raise DeviationError("SKU")

        if cls is GetOffersResult:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.identifier = identifier
            _built.item_condition = item_condition
            _built.offers = offers
            _built.summary = summary
            _built.marketplace_id = marketplace_id
            _built.status = status
            _built.asin = asin
            _built.sku = sku
            _built._parse_notes = None
            get_offers_result = _built
        else:  # a subclass: its own __init__ runs
            get_offers_result = cls(
                identifier=identifier,
                item_condition=item_condition,
                offers=offers,
                summary=summary,
                marketplace_id=marketplace_id,
                status=status,
                asin=asin,
                sku=sku,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        get_offers_result.additional_properties = d or {}
        return get_offers_result

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
