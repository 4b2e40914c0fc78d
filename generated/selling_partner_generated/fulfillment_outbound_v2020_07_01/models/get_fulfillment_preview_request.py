from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shipping_speed_category import ShippingSpeedCategory
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
    from ..models.address import Address
    from ..models.feature_settings import FeatureSettings
    from ..models.get_fulfillment_preview_item import GetFulfillmentPreviewItem


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Address, FeatureSettings, GetFulfillmentPreviewItem
    from ..models.address import Address
    from ..models.feature_settings import FeatureSettings
    from ..models.get_fulfillment_preview_item import GetFulfillmentPreviewItem

    _lazy_pending = False


T = TypeVar("T", bound="GetFulfillmentPreviewRequest")


@_attrs_define
class GetFulfillmentPreviewRequest:
    """
    Attributes:
        address (Address):
        items (list[GetFulfillmentPreviewItem]):
        feature_constraints (list[FeatureSettings] | Unset):
        include_cod_fulfillment_preview (bool | Unset):
        include_delivery_windows (bool | Unset):
        marketplace_id (str | Unset):
        shipping_speed_categories (list[ShippingSpeedCategory] | Unset):
    """

    address: Address
    items: list[GetFulfillmentPreviewItem]
    feature_constraints: list[FeatureSettings] | Unset = UNSET
    include_cod_fulfillment_preview: bool | Unset = UNSET
    include_delivery_windows: bool | Unset = UNSET
    marketplace_id: str | Unset = UNSET
    shipping_speed_categories: list[ShippingSpeedCategory] | Unset = UNSET
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
        address = self.address.to_dict()

        items = []
        for componentsschemas_get_fulfillment_preview_item_list_item_data in self.items:
            componentsschemas_get_fulfillment_preview_item_list_item = (
                componentsschemas_get_fulfillment_preview_item_list_item_data.to_dict()
            )
            items.append(componentsschemas_get_fulfillment_preview_item_list_item)

        feature_constraints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.feature_constraints, Unset):
            feature_constraints = []
            for feature_constraints_item_data in self.feature_constraints:
                feature_constraints_item = feature_constraints_item_data.to_dict()
                feature_constraints.append(feature_constraints_item)

        include_cod_fulfillment_preview = self.include_cod_fulfillment_preview

        include_delivery_windows = self.include_delivery_windows

        marketplace_id = self.marketplace_id

        shipping_speed_categories: list[str] | Unset = UNSET
        if not isinstance(self.shipping_speed_categories, Unset):
            shipping_speed_categories = []
            for (
                componentsschemas_shipping_speed_category_list_item_data
            ) in self.shipping_speed_categories:
                componentsschemas_shipping_speed_category_list_item = (
                    componentsschemas_shipping_speed_category_list_item_data.value
                )
                shipping_speed_categories.append(
                    componentsschemas_shipping_speed_category_list_item
                )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "items": items,
            }
        )
        if feature_constraints is not UNSET:
            field_dict["featureConstraints"] = feature_constraints
        if include_cod_fulfillment_preview is not UNSET:
            field_dict["includeCODFulfillmentPreview"] = include_cod_fulfillment_preview
        if include_delivery_windows is not UNSET:
            field_dict["includeDeliveryWindows"] = include_delivery_windows
        if marketplace_id is not UNSET:
            field_dict["marketplaceId"] = marketplace_id
        if shipping_speed_categories is not UNSET:
            field_dict["shippingSpeedCategories"] = shipping_speed_categories

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.address import Address
        from ..models.feature_settings import FeatureSettings
        from ..models.get_fulfillment_preview_item import GetFulfillmentPreviewItem

        return (
            (
                ("address", "address", True, ("model", Address)),
                (
                    "items",
                    "items",
                    True,
                    ("list", ("model", GetFulfillmentPreviewItem)),
                ),
                (
                    "featureConstraints",
                    "feature_constraints",
                    False,
                    ("list", ("model", FeatureSettings)),
                ),
                (
                    "includeCODFulfillmentPreview",
                    "include_cod_fulfillment_preview",
                    False,
                    ("bool",),
                ),
                (
                    "includeDeliveryWindows",
                    "include_delivery_windows",
                    False,
                    ("bool",),
                ),
                ("marketplaceId", "marketplace_id", False, ("str",)),
                (
                    "shippingSpeedCategories",
                    "shipping_speed_categories",
                    False,
                    ("list", ("enum", ShippingSpeedCategory)),
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
        address = Address.from_dict(d.pop("address"))

        _items = d.pop("items")
        items = [GetFulfillmentPreviewItem.from_dict(_item) for _item in _items]

        _feature_constraints = d.pop("featureConstraints", UNSET)
        feature_constraints = (
            UNSET
            if _feature_constraints is UNSET
            else [FeatureSettings.from_dict(_item) for _item in _feature_constraints]
        )

        include_cod_fulfillment_preview = d.pop("includeCODFulfillmentPreview", UNSET)

        if (
            _reader is not None
            and include_cod_fulfillment_preview.__class__ is not bool
            and include_cod_fulfillment_preview is not UNSET
        ):
            raise DeviationError("includeCODFulfillmentPreview")

        include_delivery_windows = d.pop("includeDeliveryWindows", UNSET)

        if (
            _reader is not None
            and include_delivery_windows.__class__ is not bool
            and include_delivery_windows is not UNSET
        ):
            raise DeviationError("includeDeliveryWindows")

        marketplace_id = d.pop("marketplaceId", UNSET)

        if (
            _reader is not None
            and marketplace_id.__class__ is not str
            and marketplace_id is not UNSET
        ):
            raise DeviationError("marketplaceId")

        _shipping_speed_categories = d.pop("shippingSpeedCategories", UNSET)
        shipping_speed_categories = (
            UNSET
            if _shipping_speed_categories is UNSET
            else [
                (
                    ShippingSpeedCategory._value2member_map_.get(_item)
                    if _item.__class__ is str
                    else None
                )
                or ShippingSpeedCategory(_item)
                for _item in _shipping_speed_categories
            ]
        )

        if cls is GetFulfillmentPreviewRequest:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.address = address
            _built.items = items
            _built.feature_constraints = feature_constraints
            _built.include_cod_fulfillment_preview = include_cod_fulfillment_preview
            _built.include_delivery_windows = include_delivery_windows
            _built.marketplace_id = marketplace_id
            _built.shipping_speed_categories = shipping_speed_categories
            _built._parse_notes = None
            get_fulfillment_preview_request = _built
        else:  # a subclass: its own __init__ runs
            get_fulfillment_preview_request = cls(
                address=address,
                items=items,
                feature_constraints=feature_constraints,
                include_cod_fulfillment_preview=include_cod_fulfillment_preview,
                include_delivery_windows=include_delivery_windows,
                marketplace_id=marketplace_id,
                shipping_speed_categories=shipping_speed_categories,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        get_fulfillment_preview_request.additional_properties = d or {}
        return get_fulfillment_preview_request

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
