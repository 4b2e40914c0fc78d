from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

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

if TYPE_CHECKING:
    from ..models.time_interval import TimeInterval


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, TimeInterval
    from ..models.time_interval import TimeInterval

    _lazy_pending = False


T = TypeVar("T", bound="ListOfferMetricsResponseOffer")


@_attrs_define
class ListOfferMetricsResponseOffer:
    """
    Attributes:
        active_subscriptions (float | Unset):
        asin (str | Unset):
        brand_name (str | Unset):
        coupons_revenue_penetration (float | Unset):
        currency_code (str | Unset):
        fulfillment_channel_type (FulfillmentChannelType | Unset):
        lost_revenue_due_to_oos (float | Unset):
        next_30_day_shipped_subscription_units (float | Unset):
        next_30_day_total_subscriptions_revenue (float | Unset):
        next_60_day_shipped_subscription_units (float | Unset):
        next_60_day_total_subscriptions_revenue (float | Unset):
        next_90_day_shipped_subscription_units (float | Unset):
        next_90_day_total_subscriptions_revenue (float | Unset):
        not_delivered_due_to_oos (float | Unset):
        product_group (str | Unset):
        revenue_penetration (float | Unset):
        share_of_coupon_subscriptions (float | Unset):
        shipped_subscription_units (float | Unset):
        sku (str | Unset):
        time_interval (TimeInterval | Unset):
        total_subscriptions_revenue (float | Unset):
    """

    active_subscriptions: float | Unset = UNSET
    asin: str | Unset = UNSET
    brand_name: str | Unset = UNSET
    coupons_revenue_penetration: float | Unset = UNSET
    currency_code: str | Unset = UNSET
    fulfillment_channel_type: FulfillmentChannelType | Unset = UNSET
    lost_revenue_due_to_oos: float | Unset = UNSET
    next_30_day_shipped_subscription_units: float | Unset = UNSET
    next_30_day_total_subscriptions_revenue: float | Unset = UNSET
    next_60_day_shipped_subscription_units: float | Unset = UNSET
    next_60_day_total_subscriptions_revenue: float | Unset = UNSET
    next_90_day_shipped_subscription_units: float | Unset = UNSET
    next_90_day_total_subscriptions_revenue: float | Unset = UNSET
    not_delivered_due_to_oos: float | Unset = UNSET
    product_group: str | Unset = UNSET
    revenue_penetration: float | Unset = UNSET
    share_of_coupon_subscriptions: float | Unset = UNSET
    shipped_subscription_units: float | Unset = UNSET
    sku: str | Unset = UNSET
    time_interval: TimeInterval | Unset = UNSET
    total_subscriptions_revenue: float | Unset = UNSET
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
        active_subscriptions = self.active_subscriptions

        asin = self.asin

        brand_name = self.brand_name

        coupons_revenue_penetration = self.coupons_revenue_penetration

        currency_code = self.currency_code

        fulfillment_channel_type: str | Unset = UNSET
        if not isinstance(self.fulfillment_channel_type, Unset):
            fulfillment_channel_type = self.fulfillment_channel_type.value

        lost_revenue_due_to_oos = self.lost_revenue_due_to_oos

        next_30_day_shipped_subscription_units = (
            self.next_30_day_shipped_subscription_units
        )

        next_30_day_total_subscriptions_revenue = (
            self.next_30_day_total_subscriptions_revenue
        )

        next_60_day_shipped_subscription_units = (
            self.next_60_day_shipped_subscription_units
        )

        next_60_day_total_subscriptions_revenue = (
            self.next_60_day_total_subscriptions_revenue
        )

        next_90_day_shipped_subscription_units = (
            self.next_90_day_shipped_subscription_units
        )

        next_90_day_total_subscriptions_revenue = (
            self.next_90_day_total_subscriptions_revenue
        )

        not_delivered_due_to_oos = self.not_delivered_due_to_oos

        product_group = self.product_group

        revenue_penetration = self.revenue_penetration

        share_of_coupon_subscriptions = self.share_of_coupon_subscriptions

        shipped_subscription_units = self.shipped_subscription_units

        sku = self.sku

        time_interval: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_interval, Unset):
            time_interval = self.time_interval.to_dict()

        total_subscriptions_revenue = self.total_subscriptions_revenue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active_subscriptions is not UNSET:
            field_dict["activeSubscriptions"] = active_subscriptions
        if asin is not UNSET:
            field_dict["asin"] = asin
        if brand_name is not UNSET:
            field_dict["brandName"] = brand_name
        if coupons_revenue_penetration is not UNSET:
            field_dict["couponsRevenuePenetration"] = coupons_revenue_penetration
        if currency_code is not UNSET:
            field_dict["currencyCode"] = currency_code
        if fulfillment_channel_type is not UNSET:
            field_dict["fulfillmentChannelType"] = fulfillment_channel_type
        if lost_revenue_due_to_oos is not UNSET:
            field_dict["lostRevenueDueToOOS"] = lost_revenue_due_to_oos
        if next_30_day_shipped_subscription_units is not UNSET:
            field_dict["next30DayShippedSubscriptionUnits"] = (
                next_30_day_shipped_subscription_units
            )
        if next_30_day_total_subscriptions_revenue is not UNSET:
            field_dict["next30DayTotalSubscriptionsRevenue"] = (
                next_30_day_total_subscriptions_revenue
            )
        if next_60_day_shipped_subscription_units is not UNSET:
            field_dict["next60DayShippedSubscriptionUnits"] = (
                next_60_day_shipped_subscription_units
            )
        if next_60_day_total_subscriptions_revenue is not UNSET:
            field_dict["next60DayTotalSubscriptionsRevenue"] = (
                next_60_day_total_subscriptions_revenue
            )
        if next_90_day_shipped_subscription_units is not UNSET:
            field_dict["next90DayShippedSubscriptionUnits"] = (
                next_90_day_shipped_subscription_units
            )
        if next_90_day_total_subscriptions_revenue is not UNSET:
            field_dict["next90DayTotalSubscriptionsRevenue"] = (
                next_90_day_total_subscriptions_revenue
            )
        if not_delivered_due_to_oos is not UNSET:
            field_dict["notDeliveredDueToOOS"] = not_delivered_due_to_oos
        if product_group is not UNSET:
            field_dict["productGroup"] = product_group
        if revenue_penetration is not UNSET:
            field_dict["revenuePenetration"] = revenue_penetration
        if share_of_coupon_subscriptions is not UNSET:
            field_dict["shareOfCouponSubscriptions"] = share_of_coupon_subscriptions
        if shipped_subscription_units is not UNSET:
            field_dict["shippedSubscriptionUnits"] = shipped_subscription_units
        if sku is not UNSET:
            field_dict["sku"] = sku
        if time_interval is not UNSET:
            field_dict["timeInterval"] = time_interval
        if total_subscriptions_revenue is not UNSET:
            field_dict["totalSubscriptionsRevenue"] = total_subscriptions_revenue

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.time_interval import TimeInterval

        return (
            (
                ("activeSubscriptions", "active_subscriptions", False, ("float",)),
                ("asin", "asin", False, ("str",)),
                ("brandName", "brand_name", False, ("str",)),
                (
                    "couponsRevenuePenetration",
                    "coupons_revenue_penetration",
                    False,
                    ("float",),
                ),
                ("currencyCode", "currency_code", False, ("str",)),
                (
                    "fulfillmentChannelType",
                    "fulfillment_channel_type",
                    False,
                    ("enum", FulfillmentChannelType),
                ),
                ("lostRevenueDueToOOS", "lost_revenue_due_to_oos", False, ("float",)),
                (
                    "next30DayShippedSubscriptionUnits",
                    "next_30_day_shipped_subscription_units",
                    False,
                    ("float",),
                ),
                (
                    "next30DayTotalSubscriptionsRevenue",
                    "next_30_day_total_subscriptions_revenue",
                    False,
                    ("float",),
                ),
                (
                    "next60DayShippedSubscriptionUnits",
                    "next_60_day_shipped_subscription_units",
                    False,
                    ("float",),
                ),
                (
                    "next60DayTotalSubscriptionsRevenue",
                    "next_60_day_total_subscriptions_revenue",
                    False,
                    ("float",),
                ),
                (
                    "next90DayShippedSubscriptionUnits",
                    "next_90_day_shipped_subscription_units",
                    False,
                    ("float",),
                ),
                (
                    "next90DayTotalSubscriptionsRevenue",
                    "next_90_day_total_subscriptions_revenue",
                    False,
                    ("float",),
                ),
                ("notDeliveredDueToOOS", "not_delivered_due_to_oos", False, ("float",)),
                ("productGroup", "product_group", False, ("str",)),
                ("revenuePenetration", "revenue_penetration", False, ("float",)),
                (
                    "shareOfCouponSubscriptions",
                    "share_of_coupon_subscriptions",
                    False,
                    ("float",),
                ),
                (
                    "shippedSubscriptionUnits",
                    "shipped_subscription_units",
                    False,
                    ("float",),
                ),
                ("sku", "sku", False, ("str",)),
                ("timeInterval", "time_interval", False, ("model", TimeInterval)),
                (
                    "totalSubscriptionsRevenue",
                    "total_subscriptions_revenue",
                    False,
                    ("float",),
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
        active_subscriptions = d.pop("activeSubscriptions", UNSET)

        if (
            _reader is not None
            and active_subscriptions.__class__ is not float
            and active_subscriptions.__class__ is not int
            and active_subscriptions is not UNSET
        ):
            raise DeviationError("activeSubscriptions")

        asin = d.pop("asin", UNSET)

        if _reader is not None and asin.__class__ is not str and asin is not UNSET:
            raise DeviationError("asin")

        brand_name = d.pop("brandName", UNSET)

        if (
            _reader is not None
            and brand_name.__class__ is not str
            and brand_name is not UNSET
        ):
            raise DeviationError("brandName")

        coupons_revenue_penetration = d.pop("couponsRevenuePenetration", UNSET)

        if (
            _reader is not None
            and coupons_revenue_penetration.__class__ is not float
            and coupons_revenue_penetration.__class__ is not int
            and coupons_revenue_penetration is not UNSET
        ):
            raise DeviationError("couponsRevenuePenetration")

        currency_code = d.pop("currencyCode", UNSET)

        if (
            _reader is not None
            and currency_code.__class__ is not str
            and currency_code is not UNSET
        ):
            raise DeviationError("currencyCode")

        _fulfillment_channel_type = d.pop("fulfillmentChannelType", UNSET)
        fulfillment_channel_type = (
            UNSET
            if _fulfillment_channel_type is UNSET
            else (
                FulfillmentChannelType._value2member_map_.get(_fulfillment_channel_type)
                if _fulfillment_channel_type.__class__ is str
                else None
            )
            or FulfillmentChannelType(_fulfillment_channel_type)
        )

        lost_revenue_due_to_oos = d.pop("lostRevenueDueToOOS", UNSET)

        if (
            _reader is not None
            and lost_revenue_due_to_oos.__class__ is not float
            and lost_revenue_due_to_oos.__class__ is not int
            and lost_revenue_due_to_oos is not UNSET
        ):
            raise DeviationError("lostRevenueDueToOOS")

        next_30_day_shipped_subscription_units = d.pop(
            "next30DayShippedSubscriptionUnits", UNSET
        )

        if (
            _reader is not None
            and next_30_day_shipped_subscription_units.__class__ is not float
            and next_30_day_shipped_subscription_units.__class__ is not int
            and next_30_day_shipped_subscription_units is not UNSET
        ):
            raise DeviationError("next30DayShippedSubscriptionUnits")

        next_30_day_total_subscriptions_revenue = d.pop(
            "next30DayTotalSubscriptionsRevenue", UNSET
        )

        if (
            _reader is not None
            and next_30_day_total_subscriptions_revenue.__class__ is not float
            and next_30_day_total_subscriptions_revenue.__class__ is not int
            and next_30_day_total_subscriptions_revenue is not UNSET
        ):
            raise DeviationError("next30DayTotalSubscriptionsRevenue")

        next_60_day_shipped_subscription_units = d.pop(
            "next60DayShippedSubscriptionUnits", UNSET
        )

        if (
            _reader is not None
            and next_60_day_shipped_subscription_units.__class__ is not float
            and next_60_day_shipped_subscription_units.__class__ is not int
            and next_60_day_shipped_subscription_units is not UNSET
        ):
            raise DeviationError("next60DayShippedSubscriptionUnits")

        next_60_day_total_subscriptions_revenue = d.pop(
            "next60DayTotalSubscriptionsRevenue", UNSET
        )

        if (
            _reader is not None
            and next_60_day_total_subscriptions_revenue.__class__ is not float
            and next_60_day_total_subscriptions_revenue.__class__ is not int
            and next_60_day_total_subscriptions_revenue is not UNSET
        ):
            raise DeviationError("next60DayTotalSubscriptionsRevenue")

        next_90_day_shipped_subscription_units = d.pop(
            "next90DayShippedSubscriptionUnits", UNSET
        )

        if (
            _reader is not None
            and next_90_day_shipped_subscription_units.__class__ is not float
            and next_90_day_shipped_subscription_units.__class__ is not int
            and next_90_day_shipped_subscription_units is not UNSET
        ):
            raise DeviationError("next90DayShippedSubscriptionUnits")

        next_90_day_total_subscriptions_revenue = d.pop(
            "next90DayTotalSubscriptionsRevenue", UNSET
        )

        if (
            _reader is not None
            and next_90_day_total_subscriptions_revenue.__class__ is not float
            and next_90_day_total_subscriptions_revenue.__class__ is not int
            and next_90_day_total_subscriptions_revenue is not UNSET
        ):
            raise DeviationError("next90DayTotalSubscriptionsRevenue")

        not_delivered_due_to_oos = d.pop("notDeliveredDueToOOS", UNSET)

        if (
            _reader is not None
            and not_delivered_due_to_oos.__class__ is not float
            and not_delivered_due_to_oos.__class__ is not int
            and not_delivered_due_to_oos is not UNSET
        ):
            raise DeviationError("notDeliveredDueToOOS")

        product_group = d.pop("productGroup", UNSET)

        if (
            _reader is not None
            and product_group.__class__ is not str
            and product_group is not UNSET
        ):
            raise DeviationError("productGroup")

        revenue_penetration = d.pop("revenuePenetration", UNSET)

        if (
            _reader is not None
            and revenue_penetration.__class__ is not float
            and revenue_penetration.__class__ is not int
            and revenue_penetration is not UNSET
        ):
            raise DeviationError("revenuePenetration")

        share_of_coupon_subscriptions = d.pop("shareOfCouponSubscriptions", UNSET)

        if (
            _reader is not None
            and share_of_coupon_subscriptions.__class__ is not float
            and share_of_coupon_subscriptions.__class__ is not int
            and share_of_coupon_subscriptions is not UNSET
        ):
            raise DeviationError("shareOfCouponSubscriptions")

        shipped_subscription_units = d.pop("shippedSubscriptionUnits", UNSET)

        if (
            _reader is not None
            and shipped_subscription_units.__class__ is not float
            and shipped_subscription_units.__class__ is not int
            and shipped_subscription_units is not UNSET
        ):
            raise DeviationError("shippedSubscriptionUnits")

        sku = d.pop("sku", UNSET)

        if _reader is not None and sku.__class__ is not str and sku is not UNSET:
            raise DeviationError("sku")

        _time_interval = d.pop("timeInterval", UNSET)
        time_interval = (
            UNSET if _time_interval is UNSET else TimeInterval.from_dict(_time_interval)
        )

        total_subscriptions_revenue = d.pop("totalSubscriptionsRevenue", UNSET)

        if (
            _reader is not None
            and total_subscriptions_revenue.__class__ is not float
            and total_subscriptions_revenue.__class__ is not int
            and total_subscriptions_revenue is not UNSET
        ):
            raise DeviationError("totalSubscriptionsRevenue")

        if cls is ListOfferMetricsResponseOffer:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.active_subscriptions = active_subscriptions
            _built.asin = asin
            _built.brand_name = brand_name
            _built.coupons_revenue_penetration = coupons_revenue_penetration
            _built.currency_code = currency_code
            _built.fulfillment_channel_type = fulfillment_channel_type
            _built.lost_revenue_due_to_oos = lost_revenue_due_to_oos
            _built.next_30_day_shipped_subscription_units = (
                next_30_day_shipped_subscription_units
            )
            _built.next_30_day_total_subscriptions_revenue = (
                next_30_day_total_subscriptions_revenue
            )
            _built.next_60_day_shipped_subscription_units = (
                next_60_day_shipped_subscription_units
            )
            _built.next_60_day_total_subscriptions_revenue = (
                next_60_day_total_subscriptions_revenue
            )
            _built.next_90_day_shipped_subscription_units = (
                next_90_day_shipped_subscription_units
            )
            _built.next_90_day_total_subscriptions_revenue = (
                next_90_day_total_subscriptions_revenue
            )
            _built.not_delivered_due_to_oos = not_delivered_due_to_oos
            _built.product_group = product_group
            _built.revenue_penetration = revenue_penetration
            _built.share_of_coupon_subscriptions = share_of_coupon_subscriptions
            _built.shipped_subscription_units = shipped_subscription_units
            _built.sku = sku
            _built.time_interval = time_interval
            _built.total_subscriptions_revenue = total_subscriptions_revenue
            _built._parse_notes = None
            list_offer_metrics_response_offer = _built
        else:  # a subclass: its own __init__ runs
            list_offer_metrics_response_offer = cls(
                active_subscriptions=active_subscriptions,
                asin=asin,
                brand_name=brand_name,
                coupons_revenue_penetration=coupons_revenue_penetration,
                currency_code=currency_code,
                fulfillment_channel_type=fulfillment_channel_type,
                lost_revenue_due_to_oos=lost_revenue_due_to_oos,
                next_30_day_shipped_subscription_units=next_30_day_shipped_subscription_units,
                next_30_day_total_subscriptions_revenue=next_30_day_total_subscriptions_revenue,
                next_60_day_shipped_subscription_units=next_60_day_shipped_subscription_units,
                next_60_day_total_subscriptions_revenue=next_60_day_total_subscriptions_revenue,
                next_90_day_shipped_subscription_units=next_90_day_shipped_subscription_units,
                next_90_day_total_subscriptions_revenue=next_90_day_total_subscriptions_revenue,
                not_delivered_due_to_oos=not_delivered_due_to_oos,
                product_group=product_group,
                revenue_penetration=revenue_penetration,
                share_of_coupon_subscriptions=share_of_coupon_subscriptions,
                shipped_subscription_units=shipped_subscription_units,
                sku=sku,
                time_interval=time_interval,
                total_subscriptions_revenue=total_subscriptions_revenue,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        list_offer_metrics_response_offer.additional_properties = d or {}
        return list_offer_metrics_response_offer

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
