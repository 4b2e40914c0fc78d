from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fulfillment_type import FulfillmentType
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

T = TypeVar("T", bound="OfferIdentifier")


@_attrs_define
class OfferIdentifier:
    """
    Attributes:
        asin (str):
        marketplace_id (str):
        fulfillment_type (FulfillmentType | Unset):
        seller_id (str | Unset):
        sku (str | Unset):
    """

    asin: str
    marketplace_id: str
    fulfillment_type: FulfillmentType | Unset = UNSET
    seller_id: str | Unset = UNSET
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
        asin = self.asin

        marketplace_id = self.marketplace_id

        fulfillment_type: str | Unset = UNSET
        if not isinstance(self.fulfillment_type, Unset):
            fulfillment_type = self.fulfillment_type.value

        seller_id = self.seller_id

        sku = self.sku

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asin": asin,
                "marketplaceId": marketplace_id,
            }
        )
        if fulfillment_type is not UNSET:
            field_dict["fulfillmentType"] = fulfillment_type
        if seller_id is not UNSET:
            field_dict["sellerId"] = seller_id
        if sku is not UNSET:
            field_dict["sku"] = sku

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("asin", "asin", True, ("str",)),
                ("marketplaceId", "marketplace_id", True, ("str",)),
                (
                    "fulfillmentType",
                    "fulfillment_type",
                    False,
                    ("enum", FulfillmentType),
                ),
                ("sellerId", "seller_id", False, ("str",)),
                ("sku", "sku", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        asin = d.pop("asin")

        if _reader is not None and asin.__class__ is not str:
            raise DeviationError("asin")

        marketplace_id = d.pop("marketplaceId")

        if _reader is not None and marketplace_id.__class__ is not str:
            raise DeviationError("marketplaceId")

        _fulfillment_type = d.pop("fulfillmentType", UNSET)
        fulfillment_type = (
            UNSET
            if _fulfillment_type is UNSET
            else (
                FulfillmentType._value2member_map_.get(_fulfillment_type)
                if _fulfillment_type.__class__ is str
                else None
            )
            or FulfillmentType(_fulfillment_type)
        )

        seller_id = d.pop("sellerId", UNSET)

        if (
            _reader is not None
            and seller_id.__class__ is not str
            and seller_id is not UNSET
        ):
            raise DeviationError("sellerId")

        sku = d.pop("sku", UNSET)

        if _reader is not None and sku.__class__ is not str and sku is not UNSET:
            raise DeviationError("sku")

        if cls is OfferIdentifier:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.asin = asin
            _built.marketplace_id = marketplace_id
            _built.fulfillment_type = fulfillment_type
            _built.seller_id = seller_id
            _built.sku = sku
            _built._parse_notes = None
            offer_identifier = _built
        else:  # a subclass: its own __init__ runs
            offer_identifier = cls(
                asin=asin,
                marketplace_id=marketplace_id,
                fulfillment_type=fulfillment_type,
                seller_id=seller_id,
                sku=sku,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        offer_identifier.additional_properties = d or {}
        return offer_identifier

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
