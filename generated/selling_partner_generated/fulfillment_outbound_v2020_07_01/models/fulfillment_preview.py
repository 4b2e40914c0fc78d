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
    from ..models.feature_settings import FeatureSettings
    from ..models.fee import Fee
    from ..models.fulfillment_preview_shipment import FulfillmentPreviewShipment
    from ..models.scheduled_delivery_info import ScheduledDeliveryInfo
    from ..models.unfulfillable_preview_item import UnfulfillablePreviewItem
    from ..models.weight import Weight


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        FeatureSettings, \
        Fee, \
        FulfillmentPreviewShipment, \
        ScheduledDeliveryInfo, \
        UnfulfillablePreviewItem, \
        Weight
    from ..models.feature_settings import FeatureSettings
    from ..models.fee import Fee
    from ..models.fulfillment_preview_shipment import FulfillmentPreviewShipment
    from ..models.scheduled_delivery_info import ScheduledDeliveryInfo
    from ..models.unfulfillable_preview_item import UnfulfillablePreviewItem
    from ..models.weight import Weight

    _lazy_pending = False


T = TypeVar("T", bound="FulfillmentPreview")


@_attrs_define
class FulfillmentPreview:
    """
    Attributes:
        is_cod_capable (bool):
        is_fulfillable (bool):
        marketplace_id (str):
        shipping_speed_category (ShippingSpeedCategory):
        estimated_fees (list[Fee] | Unset):
        estimated_shipping_weight (Weight | Unset):
        feature_constraints (list[FeatureSettings] | Unset):
        fulfillment_preview_shipments (list[FulfillmentPreviewShipment] | Unset):
        order_unfulfillable_reasons (list[str] | Unset):
        scheduled_delivery_info (ScheduledDeliveryInfo | Unset):
        unfulfillable_preview_items (list[UnfulfillablePreviewItem] | Unset):
    """

    is_cod_capable: bool
    is_fulfillable: bool
    marketplace_id: str
    shipping_speed_category: ShippingSpeedCategory
    estimated_fees: list[Fee] | Unset = UNSET
    estimated_shipping_weight: Weight | Unset = UNSET
    feature_constraints: list[FeatureSettings] | Unset = UNSET
    fulfillment_preview_shipments: list[FulfillmentPreviewShipment] | Unset = UNSET
    order_unfulfillable_reasons: list[str] | Unset = UNSET
    scheduled_delivery_info: ScheduledDeliveryInfo | Unset = UNSET
    unfulfillable_preview_items: list[UnfulfillablePreviewItem] | Unset = UNSET
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
        is_cod_capable = self.is_cod_capable

        is_fulfillable = self.is_fulfillable

        marketplace_id = self.marketplace_id

        shipping_speed_category = self.shipping_speed_category.value

        estimated_fees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.estimated_fees, Unset):
            estimated_fees = []
            for componentsschemas_fee_list_item_data in self.estimated_fees:
                componentsschemas_fee_list_item = (
                    componentsschemas_fee_list_item_data.to_dict()
                )
                estimated_fees.append(componentsschemas_fee_list_item)

        estimated_shipping_weight: dict[str, Any] | Unset = UNSET
        if not isinstance(self.estimated_shipping_weight, Unset):
            estimated_shipping_weight = self.estimated_shipping_weight.to_dict()

        feature_constraints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.feature_constraints, Unset):
            feature_constraints = []
            for feature_constraints_item_data in self.feature_constraints:
                feature_constraints_item = feature_constraints_item_data.to_dict()
                feature_constraints.append(feature_constraints_item)

        fulfillment_preview_shipments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fulfillment_preview_shipments, Unset):
            fulfillment_preview_shipments = []
            for (
                componentsschemas_fulfillment_preview_shipment_list_item_data
            ) in self.fulfillment_preview_shipments:
                componentsschemas_fulfillment_preview_shipment_list_item = componentsschemas_fulfillment_preview_shipment_list_item_data.to_dict()
                fulfillment_preview_shipments.append(
                    componentsschemas_fulfillment_preview_shipment_list_item
                )

        order_unfulfillable_reasons: list[str] | Unset = UNSET
        if not isinstance(self.order_unfulfillable_reasons, Unset):
            order_unfulfillable_reasons = self.order_unfulfillable_reasons

        scheduled_delivery_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheduled_delivery_info, Unset):
            scheduled_delivery_info = self.scheduled_delivery_info.to_dict()

        unfulfillable_preview_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.unfulfillable_preview_items, Unset):
            unfulfillable_preview_items = []
            for (
                componentsschemas_unfulfillable_preview_item_list_item_data
            ) in self.unfulfillable_preview_items:
                componentsschemas_unfulfillable_preview_item_list_item = componentsschemas_unfulfillable_preview_item_list_item_data.to_dict()
                unfulfillable_preview_items.append(
                    componentsschemas_unfulfillable_preview_item_list_item
                )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isCODCapable": is_cod_capable,
                "isFulfillable": is_fulfillable,
                "marketplaceId": marketplace_id,
                "shippingSpeedCategory": shipping_speed_category,
            }
        )
        if estimated_fees is not UNSET:
            field_dict["estimatedFees"] = estimated_fees
        if estimated_shipping_weight is not UNSET:
            field_dict["estimatedShippingWeight"] = estimated_shipping_weight
        if feature_constraints is not UNSET:
            field_dict["featureConstraints"] = feature_constraints
        if fulfillment_preview_shipments is not UNSET:
            field_dict["fulfillmentPreviewShipments"] = fulfillment_preview_shipments
        if order_unfulfillable_reasons is not UNSET:
            field_dict["orderUnfulfillableReasons"] = order_unfulfillable_reasons
        if scheduled_delivery_info is not UNSET:
            field_dict["scheduledDeliveryInfo"] = scheduled_delivery_info
        if unfulfillable_preview_items is not UNSET:
            field_dict["unfulfillablePreviewItems"] = unfulfillable_preview_items

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.feature_settings import FeatureSettings
        from ..models.fee import Fee
        from ..models.fulfillment_preview_shipment import FulfillmentPreviewShipment
        from ..models.scheduled_delivery_info import ScheduledDeliveryInfo
        from ..models.unfulfillable_preview_item import UnfulfillablePreviewItem
        from ..models.weight import Weight

        return (
            (
                ("isCODCapable", "is_cod_capable", True, ("bool",)),
                ("isFulfillable", "is_fulfillable", True, ("bool",)),
                ("marketplaceId", "marketplace_id", True, ("str",)),
                (
                    "shippingSpeedCategory",
                    "shipping_speed_category",
                    True,
                    ("enum", ShippingSpeedCategory),
                ),
                ("estimatedFees", "estimated_fees", False, ("list", ("model", Fee))),
                (
                    "estimatedShippingWeight",
                    "estimated_shipping_weight",
                    False,
                    ("model", Weight),
                ),
                (
                    "featureConstraints",
                    "feature_constraints",
                    False,
                    ("list", ("model", FeatureSettings)),
                ),
                (
                    "fulfillmentPreviewShipments",
                    "fulfillment_preview_shipments",
                    False,
                    ("list", ("model", FulfillmentPreviewShipment)),
                ),
                (
                    "orderUnfulfillableReasons",
                    "order_unfulfillable_reasons",
                    False,
                    ("list", ("str",)),
                ),
                (
                    "scheduledDeliveryInfo",
                    "scheduled_delivery_info",
                    False,
                    ("model", ScheduledDeliveryInfo),
                ),
                (
                    "unfulfillablePreviewItems",
                    "unfulfillable_preview_items",
                    False,
                    ("list", ("model", UnfulfillablePreviewItem)),
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
        is_cod_capable = d.pop("isCODCapable")

        if _reader is not None and is_cod_capable.__class__ is not bool:
            raise DeviationError("isCODCapable")

        is_fulfillable = d.pop("isFulfillable")

        if _reader is not None and is_fulfillable.__class__ is not bool:
            raise DeviationError("isFulfillable")

        marketplace_id = d.pop("marketplaceId")

        if _reader is not None and marketplace_id.__class__ is not str:
            raise DeviationError("marketplaceId")

        _shipping_speed_category = d.pop("shippingSpeedCategory")
        shipping_speed_category = (
            ShippingSpeedCategory._value2member_map_.get(_shipping_speed_category)
            if _shipping_speed_category.__class__ is str
            else None
        ) or ShippingSpeedCategory(_shipping_speed_category)

        _estimated_fees = d.pop("estimatedFees", UNSET)
        estimated_fees = (
            UNSET
            if _estimated_fees is UNSET
            else [Fee.from_dict(_item) for _item in _estimated_fees]
        )

        _estimated_shipping_weight = d.pop("estimatedShippingWeight", UNSET)
        estimated_shipping_weight = (
            UNSET
            if _estimated_shipping_weight is UNSET
            else Weight.from_dict(_estimated_shipping_weight)
        )

        _feature_constraints = d.pop("featureConstraints", UNSET)
        feature_constraints = (
            UNSET
            if _feature_constraints is UNSET
            else [FeatureSettings.from_dict(_item) for _item in _feature_constraints]
        )

        _fulfillment_preview_shipments = d.pop("fulfillmentPreviewShipments", UNSET)
        fulfillment_preview_shipments = (
            UNSET
            if _fulfillment_preview_shipments is UNSET
            else [
                FulfillmentPreviewShipment.from_dict(_item)
                for _item in _fulfillment_preview_shipments
            ]
        )

        order_unfulfillable_reasons = d.pop("orderUnfulfillableReasons", UNSET)

        if (
            _reader is not None
            and order_unfulfillable_reasons.__class__ is not list
            and order_unfulfillable_reasons is not UNSET
        ):
            raise DeviationError("orderUnfulfillableReasons")

        _scheduled_delivery_info = d.pop("scheduledDeliveryInfo", UNSET)
        scheduled_delivery_info = (
            UNSET
            if _scheduled_delivery_info is UNSET
            else ScheduledDeliveryInfo.from_dict(_scheduled_delivery_info)
        )

        _unfulfillable_preview_items = d.pop("unfulfillablePreviewItems", UNSET)
        unfulfillable_preview_items = (
            UNSET
            if _unfulfillable_preview_items is UNSET
            else [
                UnfulfillablePreviewItem.from_dict(_item)
                for _item in _unfulfillable_preview_items
            ]
        )

        if cls is FulfillmentPreview:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.is_cod_capable = is_cod_capable
            _built.is_fulfillable = is_fulfillable
            _built.marketplace_id = marketplace_id
            _built.shipping_speed_category = shipping_speed_category
            _built.estimated_fees = estimated_fees
            _built.estimated_shipping_weight = estimated_shipping_weight
            _built.feature_constraints = feature_constraints
            _built.fulfillment_preview_shipments = fulfillment_preview_shipments
            _built.order_unfulfillable_reasons = order_unfulfillable_reasons
            _built.scheduled_delivery_info = scheduled_delivery_info
            _built.unfulfillable_preview_items = unfulfillable_preview_items
            _built._parse_notes = None
            fulfillment_preview = _built
        else:  # a subclass: its own __init__ runs
            fulfillment_preview = cls(
                is_cod_capable=is_cod_capable,
                is_fulfillable=is_fulfillable,
                marketplace_id=marketplace_id,
                shipping_speed_category=shipping_speed_category,
                estimated_fees=estimated_fees,
                estimated_shipping_weight=estimated_shipping_weight,
                feature_constraints=feature_constraints,
                fulfillment_preview_shipments=fulfillment_preview_shipments,
                order_unfulfillable_reasons=order_unfulfillable_reasons,
                scheduled_delivery_info=scheduled_delivery_info,
                unfulfillable_preview_items=unfulfillable_preview_items,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        fulfillment_preview.additional_properties = d or {}
        return fulfillment_preview

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
