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

T = TypeVar("T", bound="GetFeatureSkuResult")


@_attrs_define
class GetFeatureSkuResult:
    """
    Attributes:
        feature_name (str):
        is_eligible (bool):
        marketplace_id (str):
        asin (str | Unset):
        fn_sku (str | Unset):
        ineligible_reasons (list[str] | Unset):
        seller_sku (str | Unset):
        sku_count (float | Unset):
    """

    feature_name: str
    is_eligible: bool
    marketplace_id: str
    asin: str | Unset = UNSET
    fn_sku: str | Unset = UNSET
    ineligible_reasons: list[str] | Unset = UNSET
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
        feature_name = self.feature_name

        is_eligible = self.is_eligible

        marketplace_id = self.marketplace_id

        asin = self.asin

        fn_sku = self.fn_sku

        ineligible_reasons: list[str] | Unset = UNSET
        if not isinstance(self.ineligible_reasons, Unset):
            ineligible_reasons = self.ineligible_reasons

        seller_sku = self.seller_sku

        sku_count = self.sku_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "featureName": feature_name,
                "isEligible": is_eligible,
                "marketplaceId": marketplace_id,
            }
        )
        if asin is not UNSET:
            field_dict["asin"] = asin
        if fn_sku is not UNSET:
            field_dict["fnSku"] = fn_sku
        if ineligible_reasons is not UNSET:
            field_dict["ineligibleReasons"] = ineligible_reasons
        if seller_sku is not UNSET:
            field_dict["sellerSku"] = seller_sku
        if sku_count is not UNSET:
            field_dict["skuCount"] = sku_count

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("featureName", "feature_name", True, ("str",)),
                ("isEligible", "is_eligible", True, ("bool",)),
                ("marketplaceId", "marketplace_id", True, ("str",)),
                ("asin", "asin", False, ("str",)),
                ("fnSku", "fn_sku", False, ("str",)),
                ("ineligibleReasons", "ineligible_reasons", False, ("list", ("str",))),
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
        feature_name = d.pop("featureName")

        if _reader is not None and feature_name.__class__ is not str:
            raise DeviationError("featureName")

        is_eligible = d.pop("isEligible")

        if _reader is not None and is_eligible.__class__ is not bool:
            raise DeviationError("isEligible")

        marketplace_id = d.pop("marketplaceId")

        if _reader is not None and marketplace_id.__class__ is not str:
            raise DeviationError("marketplaceId")

        asin = d.pop("asin", UNSET)

        if _reader is not None and asin.__class__ is not str and asin is not UNSET:
            raise DeviationError("asin")

        fn_sku = d.pop("fnSku", UNSET)

        if _reader is not None and fn_sku.__class__ is not str and fn_sku is not UNSET:
            raise DeviationError("fnSku")

        ineligible_reasons = d.pop("ineligibleReasons", UNSET)

        if (
            _reader is not None
            and ineligible_reasons.__class__ is not list
            and ineligible_reasons is not UNSET
        ):
            raise DeviationError("ineligibleReasons")

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

        if cls is GetFeatureSkuResult:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.feature_name = feature_name
            _built.is_eligible = is_eligible
            _built.marketplace_id = marketplace_id
            _built.asin = asin
            _built.fn_sku = fn_sku
            _built.ineligible_reasons = ineligible_reasons
            _built.seller_sku = seller_sku
            _built.sku_count = sku_count
            _built._parse_notes = None
            get_feature_sku_result = _built
        else:  # a subclass: its own __init__ runs
            get_feature_sku_result = cls(
                feature_name=feature_name,
                is_eligible=is_eligible,
                marketplace_id=marketplace_id,
                asin=asin,
                fn_sku=fn_sku,
                ineligible_reasons=ineligible_reasons,
                seller_sku=seller_sku,
                sku_count=sku_count,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        get_feature_sku_result.additional_properties = d or {}
        return get_feature_sku_result

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
