from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

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

T = TypeVar("T", bound="FeatureSku")


@_attrs_define
class FeatureSku:
    """
    Attributes:
        asin (str | Unset):
        fn_sku (str | Unset):
        overlapping_skus (list[str] | Unset):
        seller_sku (str | Unset):
        sku_count (float | Unset):
    """

    asin: str | Unset = UNSET
    fn_sku: str | Unset = UNSET
    overlapping_skus: list[str] | Unset = UNSET
    seller_sku: str | Unset = UNSET
    sku_count: float | Unset = UNSET
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

        fn_sku = self.fn_sku

        overlapping_skus: list[str] | Unset = UNSET
        if not isinstance(self.overlapping_skus, Unset):
            overlapping_skus = self.overlapping_skus

        seller_sku = self.seller_sku

        sku_count = self.sku_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asin is not UNSET:
            field_dict["asin"] = asin
        if fn_sku is not UNSET:
            field_dict["fnSku"] = fn_sku
        if overlapping_skus is not UNSET:
            field_dict["overlappingSkus"] = overlapping_skus
        if seller_sku is not UNSET:
            field_dict["sellerSku"] = seller_sku
        if sku_count is not UNSET:
            field_dict["skuCount"] = sku_count

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("asin", "asin", False, ("str",)),
                ("fnSku", "fn_sku", False, ("str",)),
                ("overlappingSkus", "overlapping_skus", False, ("list", ("str",))),
                ("sellerSku", "seller_sku", False, ("str",)),
                ("skuCount", "sku_count", False, ("float",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        asin = d.pop("asin", UNSET)

        if _reader is not None and asin.__class__ is not str and asin is not UNSET:
            raise DeviationError("asin")

        fn_sku = d.pop("fnSku", UNSET)

        if _reader is not None and fn_sku.__class__ is not str and fn_sku is not UNSET:
            raise DeviationError("fnSku")

        overlapping_skus = d.pop("overlappingSkus", UNSET)

        if (
            _reader is not None
            and overlapping_skus.__class__ is not list
            and overlapping_skus is not UNSET
        ):
            raise DeviationError("overlappingSkus")

        seller_sku = d.pop("sellerSku", UNSET)

        if (
            _reader is not None
            and seller_sku.__class__ is not str
            and seller_sku is not UNSET
        ):
            raise DeviationError("sellerSku")

        sku_count = d.pop("skuCount", UNSET)

        if (
            _reader is not None
            and sku_count.__class__ is not float
            and sku_count.__class__ is not int
            and sku_count is not UNSET
        ):
            raise DeviationError("skuCount")

        if cls is FeatureSku:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.asin = asin
            _built.fn_sku = fn_sku
            _built.overlapping_skus = overlapping_skus
            _built.seller_sku = seller_sku
            _built.sku_count = sku_count
            _built._parse_notes = None
            feature_sku = _built
        else:  # a subclass: its own __init__ runs
            feature_sku = cls(
                asin=asin,
                fn_sku=fn_sku,
                overlapping_skus=overlapping_skus,
                seller_sku=seller_sku,
                sku_count=sku_count,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        feature_sku.additional_properties = d or {}
        return feature_sku

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
