from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fulfillment_channel_type import FulfillmentChannelType
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

T = TypeVar("T", bound="GetSellingPartnerMetricsRequestFilters")


@_attrs_define
class GetSellingPartnerMetricsRequestFilters:
    """
    Attributes:
        asins (list[str] | Unset):
        brand_names (list[str] | Unset):
        fulfillment_channel_types (list[FulfillmentChannelType] | Unset):
        product_groups (list[str] | Unset):
        skus (list[str] | Unset):
    """

    asins: list[str] | Unset = UNSET
    brand_names: list[str] | Unset = UNSET
    fulfillment_channel_types: list[FulfillmentChannelType] | Unset = UNSET
    product_groups: list[str] | Unset = UNSET
    skus: list[str] | Unset = UNSET
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
        asins: list[str] | Unset = UNSET
        if not isinstance(self.asins, Unset):
            asins = self.asins

        brand_names: list[str] | Unset = UNSET
        if not isinstance(self.brand_names, Unset):
            brand_names = self.brand_names

        fulfillment_channel_types: list[str] | Unset = UNSET
        if not isinstance(self.fulfillment_channel_types, Unset):
            fulfillment_channel_types = []
            for fulfillment_channel_types_item_data in self.fulfillment_channel_types:
                fulfillment_channel_types_item = (
                    fulfillment_channel_types_item_data.value
                )
                fulfillment_channel_types.append(fulfillment_channel_types_item)

        product_groups: list[str] | Unset = UNSET
        if not isinstance(self.product_groups, Unset):
            product_groups = self.product_groups

        skus: list[str] | Unset = UNSET
        if not isinstance(self.skus, Unset):
            skus = self.skus

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asins is not UNSET:
            field_dict["asins"] = asins
        if brand_names is not UNSET:
            field_dict["brandNames"] = brand_names
        if fulfillment_channel_types is not UNSET:
            field_dict["fulfillmentChannelTypes"] = fulfillment_channel_types
        if product_groups is not UNSET:
            field_dict["productGroups"] = product_groups
        if skus is not UNSET:
            field_dict["skus"] = skus

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("asins", "asins", False, ("list", ("str",))),
                ("brandNames", "brand_names", False, ("list", ("str",))),
                (
                    "fulfillmentChannelTypes",
                    "fulfillment_channel_types",
                    False,
                    ("list", ("enum", FulfillmentChannelType)),
                ),
                ("productGroups", "product_groups", False, ("list", ("str",))),
                ("skus", "skus", False, ("list", ("str",))),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        asins = d.pop("asins", UNSET)

        if _reader is not None and asins.__class__ is not list and asins is not UNSET:
            raise DeviationError("asins")

        brand_names = d.pop("brandNames", UNSET)

        if (
            _reader is not None
            and brand_names.__class__ is not list
            and brand_names is not UNSET
        ):
            raise DeviationError("brandNames")

        _fulfillment_channel_types = d.pop("fulfillmentChannelTypes", UNSET)
        fulfillment_channel_types = (
            UNSET
            if _fulfillment_channel_types is UNSET
            else [
                (
                    FulfillmentChannelType._value2member_map_.get(_item)
                    if _item.__class__ is str
                    else None
                )
                or FulfillmentChannelType(_item)
                for _item in _fulfillment_channel_types
            ]
        )

        product_groups = d.pop("productGroups", UNSET)

        if (
            _reader is not None
            and product_groups.__class__ is not list
            and product_groups is not UNSET
        ):
            raise DeviationError("productGroups")

        skus = d.pop("skus", UNSET)

        if _reader is not None and skus.__class__ is not list and skus is not UNSET:
            raise DeviationError("skus")

        if cls is GetSellingPartnerMetricsRequestFilters:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.asins = asins
            _built.brand_names = brand_names
            _built.fulfillment_channel_types = fulfillment_channel_types
            _built.product_groups = product_groups
            _built.skus = skus
            _built._parse_notes = None
            get_selling_partner_metrics_request_filters = _built
        else:  # a subclass: its own __init__ runs
            get_selling_partner_metrics_request_filters = cls(
                asins=asins,
                brand_names=brand_names,
                fulfillment_channel_types=fulfillment_channel_types,
                product_groups=product_groups,
                skus=skus,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        get_selling_partner_metrics_request_filters.additional_properties = d or {}
        return get_selling_partner_metrics_request_filters

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
