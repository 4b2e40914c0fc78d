from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.label_format import LabelFormat
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
    from ..models.available_shipping_service_options import (
        AvailableShippingServiceOptions,
    )
    from ..models.benefits import Benefits
    from ..models.currency_amount import CurrencyAmount
    from ..models.label_format_option import LabelFormatOption
    from ..models.rate_item import RateItem
    from ..models.shipping_service_options import ShippingServiceOptions


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        AvailableShippingServiceOptions, \
        Benefits, \
        CurrencyAmount, \
        LabelFormatOption, \
        RateItem, \
        ShippingServiceOptions
    from ..models.available_shipping_service_options import (
        AvailableShippingServiceOptions,
    )
    from ..models.benefits import Benefits
    from ..models.currency_amount import CurrencyAmount
    from ..models.label_format_option import LabelFormatOption
    from ..models.rate_item import RateItem
    from ..models.shipping_service_options import ShippingServiceOptions

    _lazy_pending = False


T = TypeVar("T", bound="ShippingService")


@_attrs_define
class ShippingService:
    """
    Attributes:
        carrier_name (str):
        rate (CurrencyAmount):
        rate_with_adjustments (CurrencyAmount):
        requires_additional_seller_inputs (bool):
        ship_date (datetime.datetime):
        shipping_service_id (str):
        shipping_service_name (str):
        shipping_service_offer_id (str):
        shipping_service_options (ShippingServiceOptions):
        adjustment_item_list (list[RateItem] | Unset):
        available_format_options_for_label (list[LabelFormatOption] | Unset):
        available_label_formats (list[LabelFormat] | Unset):
        available_shipping_service_options (AvailableShippingServiceOptions | Unset):
        benefits (Benefits | Unset):
        earliest_estimated_delivery_date (datetime.datetime | Unset):
        latest_estimated_delivery_date (datetime.datetime | Unset):
    """

    carrier_name: str
    rate: CurrencyAmount
    rate_with_adjustments: CurrencyAmount
    requires_additional_seller_inputs: bool
    ship_date: datetime.datetime
    shipping_service_id: str
    shipping_service_name: str
    shipping_service_offer_id: str
    shipping_service_options: ShippingServiceOptions
    adjustment_item_list: list[RateItem] | Unset = UNSET
    available_format_options_for_label: list[LabelFormatOption] | Unset = UNSET
    available_label_formats: list[LabelFormat] | Unset = UNSET
    available_shipping_service_options: AvailableShippingServiceOptions | Unset = UNSET
    benefits: Benefits | Unset = UNSET
    earliest_estimated_delivery_date: datetime.datetime | Unset = UNSET
    latest_estimated_delivery_date: datetime.datetime | Unset = UNSET
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
        carrier_name = self.carrier_name

        rate = self.rate.to_dict()

        rate_with_adjustments = self.rate_with_adjustments.to_dict()

        requires_additional_seller_inputs = self.requires_additional_seller_inputs

        ship_date = self.ship_date.isoformat()

        shipping_service_id = self.shipping_service_id

        shipping_service_name = self.shipping_service_name

        shipping_service_offer_id = self.shipping_service_offer_id

        shipping_service_options = self.shipping_service_options.to_dict()

        adjustment_item_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.adjustment_item_list, Unset):
            adjustment_item_list = []
            for (
                componentsschemas_adjustment_item_list_item_data
            ) in self.adjustment_item_list:
                componentsschemas_adjustment_item_list_item = (
                    componentsschemas_adjustment_item_list_item_data.to_dict()
                )
                adjustment_item_list.append(componentsschemas_adjustment_item_list_item)

        available_format_options_for_label: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.available_format_options_for_label, Unset):
            available_format_options_for_label = []
            for (
                componentsschemas_available_format_options_for_label_list_item_data
            ) in self.available_format_options_for_label:
                componentsschemas_available_format_options_for_label_list_item = componentsschemas_available_format_options_for_label_list_item_data.to_dict()
                available_format_options_for_label.append(
                    componentsschemas_available_format_options_for_label_list_item
                )

        available_label_formats: list[str] | Unset = UNSET
        if not isinstance(self.available_label_formats, Unset):
            available_label_formats = []
            for (
                componentsschemas_label_format_list_item_data
            ) in self.available_label_formats:
                componentsschemas_label_format_list_item = (
                    componentsschemas_label_format_list_item_data.value
                )
                available_label_formats.append(componentsschemas_label_format_list_item)

        available_shipping_service_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.available_shipping_service_options, Unset):
            available_shipping_service_options = (
                self.available_shipping_service_options.to_dict()
            )

        benefits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.benefits, Unset):
            benefits = self.benefits.to_dict()

        earliest_estimated_delivery_date: str | Unset = UNSET
        if not isinstance(self.earliest_estimated_delivery_date, Unset):
            earliest_estimated_delivery_date = (
                self.earliest_estimated_delivery_date.isoformat()
            )

        latest_estimated_delivery_date: str | Unset = UNSET
        if not isinstance(self.latest_estimated_delivery_date, Unset):
            latest_estimated_delivery_date = (
                self.latest_estimated_delivery_date.isoformat()
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CarrierName": carrier_name,
                "Rate": rate,
                "RateWithAdjustments": rate_with_adjustments,
                "RequiresAdditionalSellerInputs": requires_additional_seller_inputs,
                "ShipDate": ship_date,
                "ShippingServiceId": shipping_service_id,
                "ShippingServiceName": shipping_service_name,
                "ShippingServiceOfferId": shipping_service_offer_id,
                "ShippingServiceOptions": shipping_service_options,
            }
        )
        if adjustment_item_list is not UNSET:
            field_dict["AdjustmentItemList"] = adjustment_item_list
        if available_format_options_for_label is not UNSET:
            field_dict["AvailableFormatOptionsForLabel"] = (
                available_format_options_for_label
            )
        if available_label_formats is not UNSET:
            field_dict["AvailableLabelFormats"] = available_label_formats
        if available_shipping_service_options is not UNSET:
            field_dict["AvailableShippingServiceOptions"] = (
                available_shipping_service_options
            )
        if benefits is not UNSET:
            field_dict["Benefits"] = benefits
        if earliest_estimated_delivery_date is not UNSET:
            field_dict["EarliestEstimatedDeliveryDate"] = (
                earliest_estimated_delivery_date
            )
        if latest_estimated_delivery_date is not UNSET:
            field_dict["LatestEstimatedDeliveryDate"] = latest_estimated_delivery_date

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.available_shipping_service_options import (
            AvailableShippingServiceOptions,
        )
        from ..models.benefits import Benefits
        from ..models.currency_amount import CurrencyAmount
        from ..models.label_format_option import LabelFormatOption
        from ..models.rate_item import RateItem
        from ..models.shipping_service_options import ShippingServiceOptions

        return (
            (
                ("CarrierName", "carrier_name", True, ("str",)),
                ("Rate", "rate", True, ("model", CurrencyAmount)),
                (
                    "RateWithAdjustments",
                    "rate_with_adjustments",
                    True,
                    ("model", CurrencyAmount),
                ),
                (
                    "RequiresAdditionalSellerInputs",
                    "requires_additional_seller_inputs",
                    True,
                    ("bool",),
                ),
                ("ShipDate", "ship_date", True, ("datetime",)),
                ("ShippingServiceId", "shipping_service_id", True, ("str",)),
                ("ShippingServiceName", "shipping_service_name", True, ("str",)),
                ("ShippingServiceOfferId", "shipping_service_offer_id", True, ("str",)),
                (
                    "ShippingServiceOptions",
                    "shipping_service_options",
                    True,
                    ("model", ShippingServiceOptions),
                ),
                (
                    "AdjustmentItemList",
                    "adjustment_item_list",
                    False,
                    ("list", ("model", RateItem)),
                ),
                (
                    "AvailableFormatOptionsForLabel",
                    "available_format_options_for_label",
                    False,
                    ("list", ("model", LabelFormatOption)),
                ),
                (
                    "AvailableLabelFormats",
                    "available_label_formats",
                    False,
                    ("list", ("enum", LabelFormat)),
                ),
                (
                    "AvailableShippingServiceOptions",
                    "available_shipping_service_options",
                    False,
                    ("model", AvailableShippingServiceOptions),
                ),
                ("Benefits", "benefits", False, ("model", Benefits)),
                (
                    "EarliestEstimatedDeliveryDate",
                    "earliest_estimated_delivery_date",
                    False,
                    ("datetime",),
                ),
                (
                    "LatestEstimatedDeliveryDate",
                    "latest_estimated_delivery_date",
                    False,
                    ("datetime",),
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
        carrier_name = d.pop("CarrierName")

        if _reader is not None and carrier_name.__class__ is not str:
            raise DeviationError("CarrierName")

        rate = CurrencyAmount.from_dict(d.pop("Rate"))

        rate_with_adjustments = CurrencyAmount.from_dict(d.pop("RateWithAdjustments"))

        requires_additional_seller_inputs = d.pop("RequiresAdditionalSellerInputs")

        if (
            _reader is not None
            and requires_additional_seller_inputs.__class__ is not bool
        ):
            raise DeviationError("RequiresAdditionalSellerInputs")

        ship_date = datetime.datetime.fromisoformat(d.pop("ShipDate"))

        if _reader is not None and ship_date.tzinfo is None:
            raise DeviationError("ShipDate")

        shipping_service_id = d.pop("ShippingServiceId")

        if _reader is not None and shipping_service_id.__class__ is not str:
            raise DeviationError("ShippingServiceId")

        shipping_service_name = d.pop("ShippingServiceName")

        if _reader is not None and shipping_service_name.__class__ is not str:
            raise DeviationError("ShippingServiceName")

        shipping_service_offer_id = d.pop("ShippingServiceOfferId")

        if _reader is not None and shipping_service_offer_id.__class__ is not str:
            raise DeviationError("ShippingServiceOfferId")

        shipping_service_options = ShippingServiceOptions.from_dict(
            d.pop("ShippingServiceOptions")
        )

        _adjustment_item_list = d.pop("AdjustmentItemList", UNSET)
        adjustment_item_list = (
            UNSET
            if _adjustment_item_list is UNSET
            else [RateItem.from_dict(_item) for _item in _adjustment_item_list]
        )

        _available_format_options_for_label = d.pop(
            "AvailableFormatOptionsForLabel", UNSET
        )
        available_format_options_for_label = (
            UNSET
            if _available_format_options_for_label is UNSET
            else [
                LabelFormatOption.from_dict(_item)
                for _item in _available_format_options_for_label
            ]
        )

        _available_label_formats = d.pop("AvailableLabelFormats", UNSET)
        available_label_formats = (
            UNSET
            if _available_label_formats is UNSET
            else [
                (
                    LabelFormat._value2member_map_.get(_item)
                    if _item.__class__ is str
                    else None
                )
                or LabelFormat(_item)
                for _item in _available_label_formats
            ]
        )

        _available_shipping_service_options = d.pop(
            "AvailableShippingServiceOptions", UNSET
        )
        available_shipping_service_options = (
            UNSET
            if _available_shipping_service_options is UNSET
            else AvailableShippingServiceOptions.from_dict(
                _available_shipping_service_options
            )
        )

        _benefits = d.pop("Benefits", UNSET)
        benefits = UNSET if _benefits is UNSET else Benefits.from_dict(_benefits)

        _earliest_estimated_delivery_date = d.pop(
            "EarliestEstimatedDeliveryDate", UNSET
        )
        earliest_estimated_delivery_date = (
            UNSET
            if _earliest_estimated_delivery_date is UNSET
            else datetime.datetime.fromisoformat(_earliest_estimated_delivery_date)
        )

        if (
            _reader is not None
            and not isinstance(earliest_estimated_delivery_date, Unset)
            and earliest_estimated_delivery_date.tzinfo is None
        ):
            raise DeviationError("EarliestEstimatedDeliveryDate")

        _latest_estimated_delivery_date = d.pop("LatestEstimatedDeliveryDate", UNSET)
        latest_estimated_delivery_date = (
            UNSET
            if _latest_estimated_delivery_date is UNSET
            else datetime.datetime.fromisoformat(_latest_estimated_delivery_date)
        )

        if (
            _reader is not None
            and not isinstance(latest_estimated_delivery_date, Unset)
            and latest_estimated_delivery_date.tzinfo is None
        ):
            raise DeviationError("LatestEstimatedDeliveryDate")

        if cls is ShippingService:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.carrier_name = carrier_name
            _built.rate = rate
            _built.rate_with_adjustments = rate_with_adjustments
            _built.requires_additional_seller_inputs = requires_additional_seller_inputs
            _built.ship_date = ship_date
            _built.shipping_service_id = shipping_service_id
            _built.shipping_service_name = shipping_service_name
            _built.shipping_service_offer_id = shipping_service_offer_id
            _built.shipping_service_options = shipping_service_options
            _built.adjustment_item_list = adjustment_item_list
            _built.available_format_options_for_label = (
                available_format_options_for_label
            )
            _built.available_label_formats = available_label_formats
            _built.available_shipping_service_options = (
                available_shipping_service_options
            )
            _built.benefits = benefits
            _built.earliest_estimated_delivery_date = earliest_estimated_delivery_date
            _built.latest_estimated_delivery_date = latest_estimated_delivery_date
            _built._parse_notes = None
            shipping_service = _built
        else:  # a subclass: its own __init__ runs
            shipping_service = cls(
                carrier_name=carrier_name,
                rate=rate,
                rate_with_adjustments=rate_with_adjustments,
                requires_additional_seller_inputs=requires_additional_seller_inputs,
                ship_date=ship_date,
                shipping_service_id=shipping_service_id,
                shipping_service_name=shipping_service_name,
                shipping_service_offer_id=shipping_service_offer_id,
                shipping_service_options=shipping_service_options,
                adjustment_item_list=adjustment_item_list,
                available_format_options_for_label=available_format_options_for_label,
                available_label_formats=available_label_formats,
                available_shipping_service_options=available_shipping_service_options,
                benefits=benefits,
                earliest_estimated_delivery_date=earliest_estimated_delivery_date,
                latest_estimated_delivery_date=latest_estimated_delivery_date,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        shipping_service.additional_properties = d or {}
        return shipping_service

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
