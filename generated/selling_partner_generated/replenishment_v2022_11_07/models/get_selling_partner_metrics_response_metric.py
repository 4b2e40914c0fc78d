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
    from ..models.time_interval import TimeInterval


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, TimeInterval
    from ..models.time_interval import TimeInterval

    _lazy_pending = False


T = TypeVar("T", bound="GetSellingPartnerMetricsResponseMetric")


@_attrs_define
class GetSellingPartnerMetricsResponseMetric:
    """
    Attributes:
        active_subscriptions (float | Unset):
        coupons_revenue_penetration (float | Unset):
        currency_code (str | Unset):
        established_subscriber_life_time_value_from_otp (float | Unset):
        established_subscriber_life_time_value_from_sns (float | Unset):
        growing_subscriber_life_time_value_from_otp (float | Unset):
        growing_subscriber_life_time_value_from_sns (float | Unset):
        lost_revenue_due_to_oos (float | Unset):
        lost_subscriber_life_time_value_from_otp (float | Unset):
        lost_subscriber_life_time_value_from_sns (float | Unset):
        non_subscriber_average_reorders (float | Unset):
        non_subscriber_average_revenue (float | Unset):
        non_subscriber_life_time_value_from_otp (float | Unset):
        not_delivered_due_to_oos (float | Unset):
        revenue_from_active_subscriptions_with_single_delivery (float | Unset):
        revenue_from_cancelled_subscriptions_after_single_delivery (float | Unset):
        revenue_from_subscriptions_with_multiple_deliveries (float | Unset):
        revenue_penetration (float | Unset):
        revenue_penetration_for_0_percent_seller_funding (float | Unset):
        revenue_penetration_for_10_percent_seller_funding (float | Unset):
        revenue_penetration_for_5_percent_seller_funding (float | Unset):
        revenue_penetration_for_5_plus_percent_seller_funding (float | Unset):
        share_of_coupon_subscriptions (float | Unset):
        shipped_subscription_units (float | Unset):
        signup_conversion_for_0_percent_seller_funding (float | Unset):
        signup_conversion_for_10_percent_seller_funding (float | Unset):
        signup_conversion_for_5_percent_seller_funding (float | Unset):
        signup_conversion_for_5_plus_percent_seller_funding (float | Unset):
        subscriber_average_reorders (float | Unset):
        subscriber_average_revenue (float | Unset):
        subscriber_retention_for_30_days (float | Unset):
        subscriber_retention_for_90_days (float | Unset):
        time_interval (TimeInterval | Unset):
        total_subscriptions_revenue (float | Unset):
    """

    active_subscriptions: float | Unset = UNSET
    coupons_revenue_penetration: float | Unset = UNSET
    currency_code: str | Unset = UNSET
    established_subscriber_life_time_value_from_otp: float | Unset = UNSET
    established_subscriber_life_time_value_from_sns: float | Unset = UNSET
    growing_subscriber_life_time_value_from_otp: float | Unset = UNSET
    growing_subscriber_life_time_value_from_sns: float | Unset = UNSET
    lost_revenue_due_to_oos: float | Unset = UNSET
    lost_subscriber_life_time_value_from_otp: float | Unset = UNSET
    lost_subscriber_life_time_value_from_sns: float | Unset = UNSET
    non_subscriber_average_reorders: float | Unset = UNSET
    non_subscriber_average_revenue: float | Unset = UNSET
    non_subscriber_life_time_value_from_otp: float | Unset = UNSET
    not_delivered_due_to_oos: float | Unset = UNSET
    revenue_from_active_subscriptions_with_single_delivery: float | Unset = UNSET
    revenue_from_cancelled_subscriptions_after_single_delivery: float | Unset = UNSET
    revenue_from_subscriptions_with_multiple_deliveries: float | Unset = UNSET
    revenue_penetration: float | Unset = UNSET
    revenue_penetration_for_0_percent_seller_funding: float | Unset = UNSET
    revenue_penetration_for_10_percent_seller_funding: float | Unset = UNSET
    revenue_penetration_for_5_percent_seller_funding: float | Unset = UNSET
    revenue_penetration_for_5_plus_percent_seller_funding: float | Unset = UNSET
    share_of_coupon_subscriptions: float | Unset = UNSET
    shipped_subscription_units: float | Unset = UNSET
    signup_conversion_for_0_percent_seller_funding: float | Unset = UNSET
    signup_conversion_for_10_percent_seller_funding: float | Unset = UNSET
    signup_conversion_for_5_percent_seller_funding: float | Unset = UNSET
    signup_conversion_for_5_plus_percent_seller_funding: float | Unset = UNSET
    subscriber_average_reorders: float | Unset = UNSET
    subscriber_average_revenue: float | Unset = UNSET
    subscriber_retention_for_30_days: float | Unset = UNSET
    subscriber_retention_for_90_days: float | Unset = UNSET
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

        coupons_revenue_penetration = self.coupons_revenue_penetration

        currency_code = self.currency_code

        established_subscriber_life_time_value_from_otp = (
            self.established_subscriber_life_time_value_from_otp
        )

        established_subscriber_life_time_value_from_sns = (
            self.established_subscriber_life_time_value_from_sns
        )

        growing_subscriber_life_time_value_from_otp = (
            self.growing_subscriber_life_time_value_from_otp
        )

        growing_subscriber_life_time_value_from_sns = (
            self.growing_subscriber_life_time_value_from_sns
        )

        lost_revenue_due_to_oos = self.lost_revenue_due_to_oos

        lost_subscriber_life_time_value_from_otp = (
            self.lost_subscriber_life_time_value_from_otp
        )

        lost_subscriber_life_time_value_from_sns = (
            self.lost_subscriber_life_time_value_from_sns
        )

        non_subscriber_average_reorders = self.non_subscriber_average_reorders

        non_subscriber_average_revenue = self.non_subscriber_average_revenue

        non_subscriber_life_time_value_from_otp = (
            self.non_subscriber_life_time_value_from_otp
        )

        not_delivered_due_to_oos = self.not_delivered_due_to_oos

        revenue_from_active_subscriptions_with_single_delivery = (
            self.revenue_from_active_subscriptions_with_single_delivery
        )

        revenue_from_cancelled_subscriptions_after_single_delivery = (
            self.revenue_from_cancelled_subscriptions_after_single_delivery
        )

        revenue_from_subscriptions_with_multiple_deliveries = (
            self.revenue_from_subscriptions_with_multiple_deliveries
        )

        revenue_penetration = self.revenue_penetration

        revenue_penetration_for_0_percent_seller_funding = (
            self.revenue_penetration_for_0_percent_seller_funding
        )

        revenue_penetration_for_10_percent_seller_funding = (
            self.revenue_penetration_for_10_percent_seller_funding
        )

        revenue_penetration_for_5_percent_seller_funding = (
            self.revenue_penetration_for_5_percent_seller_funding
        )

        revenue_penetration_for_5_plus_percent_seller_funding = (
            self.revenue_penetration_for_5_plus_percent_seller_funding
        )

        share_of_coupon_subscriptions = self.share_of_coupon_subscriptions

        shipped_subscription_units = self.shipped_subscription_units

        signup_conversion_for_0_percent_seller_funding = (
            self.signup_conversion_for_0_percent_seller_funding
        )

        signup_conversion_for_10_percent_seller_funding = (
            self.signup_conversion_for_10_percent_seller_funding
        )

        signup_conversion_for_5_percent_seller_funding = (
            self.signup_conversion_for_5_percent_seller_funding
        )

        signup_conversion_for_5_plus_percent_seller_funding = (
            self.signup_conversion_for_5_plus_percent_seller_funding
        )

        subscriber_average_reorders = self.subscriber_average_reorders

        subscriber_average_revenue = self.subscriber_average_revenue

        subscriber_retention_for_30_days = self.subscriber_retention_for_30_days

        subscriber_retention_for_90_days = self.subscriber_retention_for_90_days

        time_interval: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_interval, Unset):
            time_interval = self.time_interval.to_dict()

        total_subscriptions_revenue = self.total_subscriptions_revenue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active_subscriptions is not UNSET:
            field_dict["activeSubscriptions"] = active_subscriptions
        if coupons_revenue_penetration is not UNSET:
            field_dict["couponsRevenuePenetration"] = coupons_revenue_penetration
        if currency_code is not UNSET:
            field_dict["currencyCode"] = currency_code
        if established_subscriber_life_time_value_from_otp is not UNSET:
            field_dict["establishedSubscriberLifeTimeValueFromOTP"] = (
                established_subscriber_life_time_value_from_otp
            )
        if established_subscriber_life_time_value_from_sns is not UNSET:
            field_dict["establishedSubscriberLifeTimeValueFromSNS"] = (
                established_subscriber_life_time_value_from_sns
            )
        if growing_subscriber_life_time_value_from_otp is not UNSET:
            field_dict["growingSubscriberLifeTimeValueFromOTP"] = (
                growing_subscriber_life_time_value_from_otp
            )
        if growing_subscriber_life_time_value_from_sns is not UNSET:
            field_dict["growingSubscriberLifeTimeValueFromSNS"] = (
                growing_subscriber_life_time_value_from_sns
            )
        if lost_revenue_due_to_oos is not UNSET:
            field_dict["lostRevenueDueToOOS"] = lost_revenue_due_to_oos
        if lost_subscriber_life_time_value_from_otp is not UNSET:
            field_dict["lostSubscriberLifeTimeValueFromOTP"] = (
                lost_subscriber_life_time_value_from_otp
            )
        if lost_subscriber_life_time_value_from_sns is not UNSET:
            field_dict["lostSubscriberLifeTimeValueFromSNS"] = (
                lost_subscriber_life_time_value_from_sns
            )
        if non_subscriber_average_reorders is not UNSET:
            field_dict["nonSubscriberAverageReorders"] = non_subscriber_average_reorders
        if non_subscriber_average_revenue is not UNSET:
            field_dict["nonSubscriberAverageRevenue"] = non_subscriber_average_revenue
        if non_subscriber_life_time_value_from_otp is not UNSET:
            field_dict["nonSubscriberLifeTimeValueFromOTP"] = (
                non_subscriber_life_time_value_from_otp
            )
        if not_delivered_due_to_oos is not UNSET:
            field_dict["notDeliveredDueToOOS"] = not_delivered_due_to_oos
        if revenue_from_active_subscriptions_with_single_delivery is not UNSET:
            field_dict["revenueFromActiveSubscriptionsWithSingleDelivery"] = (
                revenue_from_active_subscriptions_with_single_delivery
            )
        if revenue_from_cancelled_subscriptions_after_single_delivery is not UNSET:
            field_dict["revenueFromCancelledSubscriptionsAfterSingleDelivery"] = (
                revenue_from_cancelled_subscriptions_after_single_delivery
            )
        if revenue_from_subscriptions_with_multiple_deliveries is not UNSET:
            field_dict["revenueFromSubscriptionsWithMultipleDeliveries"] = (
                revenue_from_subscriptions_with_multiple_deliveries
            )
        if revenue_penetration is not UNSET:
            field_dict["revenuePenetration"] = revenue_penetration
        if revenue_penetration_for_0_percent_seller_funding is not UNSET:
            field_dict["revenuePenetrationFor0PercentSellerFunding"] = (
                revenue_penetration_for_0_percent_seller_funding
            )
        if revenue_penetration_for_10_percent_seller_funding is not UNSET:
            field_dict["revenuePenetrationFor10PercentSellerFunding"] = (
                revenue_penetration_for_10_percent_seller_funding
            )
        if revenue_penetration_for_5_percent_seller_funding is not UNSET:
            field_dict["revenuePenetrationFor5PercentSellerFunding"] = (
                revenue_penetration_for_5_percent_seller_funding
            )
        if revenue_penetration_for_5_plus_percent_seller_funding is not UNSET:
            field_dict["revenuePenetrationFor5PlusPercentSellerFunding"] = (
                revenue_penetration_for_5_plus_percent_seller_funding
            )
        if share_of_coupon_subscriptions is not UNSET:
            field_dict["shareOfCouponSubscriptions"] = share_of_coupon_subscriptions
        if shipped_subscription_units is not UNSET:
            field_dict["shippedSubscriptionUnits"] = shipped_subscription_units
        if signup_conversion_for_0_percent_seller_funding is not UNSET:
            field_dict["signupConversionFor0PercentSellerFunding"] = (
                signup_conversion_for_0_percent_seller_funding
            )
        if signup_conversion_for_10_percent_seller_funding is not UNSET:
            field_dict["signupConversionFor10PercentSellerFunding"] = (
                signup_conversion_for_10_percent_seller_funding
            )
        if signup_conversion_for_5_percent_seller_funding is not UNSET:
            field_dict["signupConversionFor5PercentSellerFunding"] = (
                signup_conversion_for_5_percent_seller_funding
            )
        if signup_conversion_for_5_plus_percent_seller_funding is not UNSET:
            field_dict["signupConversionFor5PlusPercentSellerFunding"] = (
                signup_conversion_for_5_plus_percent_seller_funding
            )
        if subscriber_average_reorders is not UNSET:
            field_dict["subscriberAverageReorders"] = subscriber_average_reorders
        if subscriber_average_revenue is not UNSET:
            field_dict["subscriberAverageRevenue"] = subscriber_average_revenue
        if subscriber_retention_for_30_days is not UNSET:
            field_dict["subscriberRetentionFor30Days"] = (
                subscriber_retention_for_30_days
            )
        if subscriber_retention_for_90_days is not UNSET:
            field_dict["subscriberRetentionFor90Days"] = (
                subscriber_retention_for_90_days
            )
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
                (
                    "couponsRevenuePenetration",
                    "coupons_revenue_penetration",
                    False,
                    ("float",),
                ),
                ("currencyCode", "currency_code", False, ("str",)),
                (
                    "establishedSubscriberLifeTimeValueFromOTP",
                    "established_subscriber_life_time_value_from_otp",
                    False,
                    ("float",),
                ),
                (
                    "establishedSubscriberLifeTimeValueFromSNS",
                    "established_subscriber_life_time_value_from_sns",
                    False,
                    ("float",),
                ),
                (
                    "growingSubscriberLifeTimeValueFromOTP",
                    "growing_subscriber_life_time_value_from_otp",
                    False,
                    ("float",),
                ),
                (
                    "growingSubscriberLifeTimeValueFromSNS",
                    "growing_subscriber_life_time_value_from_sns",
                    False,
                    ("float",),
                ),
                ("lostRevenueDueToOOS", "lost_revenue_due_to_oos", False, ("float",)),
                (
                    "lostSubscriberLifeTimeValueFromOTP",
                    "lost_subscriber_life_time_value_from_otp",
                    False,
                    ("float",),
                ),
                (
                    "lostSubscriberLifeTimeValueFromSNS",
                    "lost_subscriber_life_time_value_from_sns",
                    False,
                    ("float",),
                ),
                (
                    "nonSubscriberAverageReorders",
                    "non_subscriber_average_reorders",
                    False,
                    ("float",),
                ),
                (
                    "nonSubscriberAverageRevenue",
                    "non_subscriber_average_revenue",
                    False,
                    ("float",),
                ),
                (
                    "nonSubscriberLifeTimeValueFromOTP",
                    "non_subscriber_life_time_value_from_otp",
                    False,
                    ("float",),
                ),
                ("notDeliveredDueToOOS", "not_delivered_due_to_oos", False, ("float",)),
                (
                    "revenueFromActiveSubscriptionsWithSingleDelivery",
                    "revenue_from_active_subscriptions_with_single_delivery",
                    False,
                    ("float",),
                ),
                (
                    "revenueFromCancelledSubscriptionsAfterSingleDelivery",
                    "revenue_from_cancelled_subscriptions_after_single_delivery",
                    False,
                    ("float",),
                ),
                (
                    "revenueFromSubscriptionsWithMultipleDeliveries",
                    "revenue_from_subscriptions_with_multiple_deliveries",
                    False,
                    ("float",),
                ),
                ("revenuePenetration", "revenue_penetration", False, ("float",)),
                (
                    "revenuePenetrationFor0PercentSellerFunding",
                    "revenue_penetration_for_0_percent_seller_funding",
                    False,
                    ("float",),
                ),
                (
                    "revenuePenetrationFor10PercentSellerFunding",
                    "revenue_penetration_for_10_percent_seller_funding",
                    False,
                    ("float",),
                ),
                (
                    "revenuePenetrationFor5PercentSellerFunding",
                    "revenue_penetration_for_5_percent_seller_funding",
                    False,
                    ("float",),
                ),
                (
                    "revenuePenetrationFor5PlusPercentSellerFunding",
                    "revenue_penetration_for_5_plus_percent_seller_funding",
                    False,
                    ("float",),
                ),
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
                (
                    "signupConversionFor0PercentSellerFunding",
                    "signup_conversion_for_0_percent_seller_funding",
                    False,
                    ("float",),
                ),
                (
                    "signupConversionFor10PercentSellerFunding",
                    "signup_conversion_for_10_percent_seller_funding",
                    False,
                    ("float",),
                ),
                (
                    "signupConversionFor5PercentSellerFunding",
                    "signup_conversion_for_5_percent_seller_funding",
                    False,
                    ("float",),
                ),
                (
                    "signupConversionFor5PlusPercentSellerFunding",
                    "signup_conversion_for_5_plus_percent_seller_funding",
                    False,
                    ("float",),
                ),
                (
                    "subscriberAverageReorders",
                    "subscriber_average_reorders",
                    False,
                    ("float",),
                ),
                (
                    "subscriberAverageRevenue",
                    "subscriber_average_revenue",
                    False,
                    ("float",),
                ),
                (
                    "subscriberRetentionFor30Days",
                    "subscriber_retention_for_30_days",
                    False,
                    ("float",),
                ),
                (
                    "subscriberRetentionFor90Days",
                    "subscriber_retention_for_90_days",
                    False,
                    ("float",),
                ),
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

        established_subscriber_life_time_value_from_otp = d.pop(
            "establishedSubscriberLifeTimeValueFromOTP", UNSET
        )

        if (
            _reader is not None
            and established_subscriber_life_time_value_from_otp.__class__ is not float
            and established_subscriber_life_time_value_from_otp.__class__ is not int
            and established_subscriber_life_time_value_from_otp is not UNSET
        ):
            raise DeviationError("establishedSubscriberLifeTimeValueFromOTP")

        established_subscriber_life_time_value_from_sns = d.pop(
            "establishedSubscriberLifeTimeValueFromSNS", UNSET
        )

        if (
            _reader is not None
            and established_subscriber_life_time_value_from_sns.__class__ is not float
            and established_subscriber_life_time_value_from_sns.__class__ is not int
            and established_subscriber_life_time_value_from_sns is not UNSET
        ):
            raise DeviationError("establishedSubscriberLifeTimeValueFromSNS")

        growing_subscriber_life_time_value_from_otp = d.pop(
            "growingSubscriberLifeTimeValueFromOTP", UNSET
        )

        if (
            _reader is not None
            and growing_subscriber_life_time_value_from_otp.__class__ is not float
            and growing_subscriber_life_time_value_from_otp.__class__ is not int
            and growing_subscriber_life_time_value_from_otp is not UNSET
        ):
            raise DeviationError("growingSubscriberLifeTimeValueFromOTP")

        growing_subscriber_life_time_value_from_sns = d.pop(
            "growingSubscriberLifeTimeValueFromSNS", UNSET
        )

        if (
            _reader is not None
            and growing_subscriber_life_time_value_from_sns.__class__ is not float
            and growing_subscriber_life_time_value_from_sns.__class__ is not int
            and growing_subscriber_life_time_value_from_sns is not UNSET
        ):
            raise DeviationError("growingSubscriberLifeTimeValueFromSNS")

        lost_revenue_due_to_oos = d.pop("lostRevenueDueToOOS", UNSET)

        if (
            _reader is not None
            and lost_revenue_due_to_oos.__class__ is not float
            and lost_revenue_due_to_oos.__class__ is not int
            and lost_revenue_due_to_oos is not UNSET
        ):
            raise DeviationError("lostRevenueDueToOOS")

        lost_subscriber_life_time_value_from_otp = d.pop(
            "lostSubscriberLifeTimeValueFromOTP", UNSET
        )

        if (
            _reader is not None
            and lost_subscriber_life_time_value_from_otp.__class__ is not float
            and lost_subscriber_life_time_value_from_otp.__class__ is not int
            and lost_subscriber_life_time_value_from_otp is not UNSET
        ):
            raise DeviationError("lostSubscriberLifeTimeValueFromOTP")

        lost_subscriber_life_time_value_from_sns = d.pop(
            "lostSubscriberLifeTimeValueFromSNS", UNSET
        )

        if (
            _reader is not None
            and lost_subscriber_life_time_value_from_sns.__class__ is not float
            and lost_subscriber_life_time_value_from_sns.__class__ is not int
            and lost_subscriber_life_time_value_from_sns is not UNSET
        ):
            raise DeviationError("lostSubscriberLifeTimeValueFromSNS")

        non_subscriber_average_reorders = d.pop("nonSubscriberAverageReorders", UNSET)

        if (
            _reader is not None
            and non_subscriber_average_reorders.__class__ is not float
            and non_subscriber_average_reorders.__class__ is not int
            and non_subscriber_average_reorders is not UNSET
        ):
            raise DeviationError("nonSubscriberAverageReorders")

        non_subscriber_average_revenue = d.pop("nonSubscriberAverageRevenue", UNSET)

        if (
            _reader is not None
            and non_subscriber_average_revenue.__class__ is not float
            and non_subscriber_average_revenue.__class__ is not int
            and non_subscriber_average_revenue is not UNSET
        ):
            raise DeviationError("nonSubscriberAverageRevenue")

        non_subscriber_life_time_value_from_otp = d.pop(
            "nonSubscriberLifeTimeValueFromOTP", UNSET
        )

        if (
            _reader is not None
            and non_subscriber_life_time_value_from_otp.__class__ is not float
            and non_subscriber_life_time_value_from_otp.__class__ is not int
            and non_subscriber_life_time_value_from_otp is not UNSET
        ):
            raise DeviationError("nonSubscriberLifeTimeValueFromOTP")

        not_delivered_due_to_oos = d.pop("notDeliveredDueToOOS", UNSET)

        if (
            _reader is not None
            and not_delivered_due_to_oos.__class__ is not float
            and not_delivered_due_to_oos.__class__ is not int
            and not_delivered_due_to_oos is not UNSET
        ):
            raise DeviationError("notDeliveredDueToOOS")

        revenue_from_active_subscriptions_with_single_delivery = d.pop(
            "revenueFromActiveSubscriptionsWithSingleDelivery", UNSET
        )

        if (
            _reader is not None
            and revenue_from_active_subscriptions_with_single_delivery.__class__
            is not float
            and revenue_from_active_subscriptions_with_single_delivery.__class__
            is not int
            and revenue_from_active_subscriptions_with_single_delivery is not UNSET
        ):
            raise DeviationError("revenueFromActiveSubscriptionsWithSingleDelivery")

        revenue_from_cancelled_subscriptions_after_single_delivery = d.pop(
            "revenueFromCancelledSubscriptionsAfterSingleDelivery", UNSET
        )

        if (
            _reader is not None
            and revenue_from_cancelled_subscriptions_after_single_delivery.__class__
            is not float
            and revenue_from_cancelled_subscriptions_after_single_delivery.__class__
            is not int
            and revenue_from_cancelled_subscriptions_after_single_delivery is not UNSET
        ):
            raise DeviationError("revenueFromCancelledSubscriptionsAfterSingleDelivery")

        revenue_from_subscriptions_with_multiple_deliveries = d.pop(
            "revenueFromSubscriptionsWithMultipleDeliveries", UNSET
        )

        if (
            _reader is not None
            and revenue_from_subscriptions_with_multiple_deliveries.__class__
            is not float
            and revenue_from_subscriptions_with_multiple_deliveries.__class__ is not int
            and revenue_from_subscriptions_with_multiple_deliveries is not UNSET
        ):
            raise DeviationError("revenueFromSubscriptionsWithMultipleDeliveries")

        revenue_penetration = d.pop("revenuePenetration", UNSET)

        if (
            _reader is not None
            and revenue_penetration.__class__ is not float
            and revenue_penetration.__class__ is not int
            and revenue_penetration is not UNSET
        ):
            raise DeviationError("revenuePenetration")

        revenue_penetration_for_0_percent_seller_funding = d.pop(
            "revenuePenetrationFor0PercentSellerFunding", UNSET
        )

        if (
            _reader is not None
            and revenue_penetration_for_0_percent_seller_funding.__class__ is not float
            and revenue_penetration_for_0_percent_seller_funding.__class__ is not int
            and revenue_penetration_for_0_percent_seller_funding is not UNSET
        ):
            raise DeviationError("revenuePenetrationFor0PercentSellerFunding")

        revenue_penetration_for_10_percent_seller_funding = d.pop(
            "revenuePenetrationFor10PercentSellerFunding", UNSET
        )

        if (
            _reader is not None
            and revenue_penetration_for_10_percent_seller_funding.__class__ is not float
            and revenue_penetration_for_10_percent_seller_funding.__class__ is not int
            and revenue_penetration_for_10_percent_seller_funding is not UNSET
        ):
            raise DeviationError("revenuePenetrationFor10PercentSellerFunding")

        revenue_penetration_for_5_percent_seller_funding = d.pop(
            "revenuePenetrationFor5PercentSellerFunding", UNSET
        )

        if (
            _reader is not None
            and revenue_penetration_for_5_percent_seller_funding.__class__ is not float
            and revenue_penetration_for_5_percent_seller_funding.__class__ is not int
            and revenue_penetration_for_5_percent_seller_funding is not UNSET
        ):
            raise DeviationError("revenuePenetrationFor5PercentSellerFunding")

        revenue_penetration_for_5_plus_percent_seller_funding = d.pop(
            "revenuePenetrationFor5PlusPercentSellerFunding", UNSET
        )

        if (
            _reader is not None
            and revenue_penetration_for_5_plus_percent_seller_funding.__class__
            is not float
            and revenue_penetration_for_5_plus_percent_seller_funding.__class__
            is not int
            and revenue_penetration_for_5_plus_percent_seller_funding is not UNSET
        ):
            raise DeviationError("revenuePenetrationFor5PlusPercentSellerFunding")

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

        signup_conversion_for_0_percent_seller_funding = d.pop(
            "signupConversionFor0PercentSellerFunding", UNSET
        )

        if (
            _reader is not None
            and signup_conversion_for_0_percent_seller_funding.__class__ is not float
            and signup_conversion_for_0_percent_seller_funding.__class__ is not int
            and signup_conversion_for_0_percent_seller_funding is not UNSET
        ):
            raise DeviationError("signupConversionFor0PercentSellerFunding")

        signup_conversion_for_10_percent_seller_funding = d.pop(
            "signupConversionFor10PercentSellerFunding", UNSET
        )

        if (
            _reader is not None
            and signup_conversion_for_10_percent_seller_funding.__class__ is not float
            and signup_conversion_for_10_percent_seller_funding.__class__ is not int
            and signup_conversion_for_10_percent_seller_funding is not UNSET
        ):
            raise DeviationError("signupConversionFor10PercentSellerFunding")

        signup_conversion_for_5_percent_seller_funding = d.pop(
            "signupConversionFor5PercentSellerFunding", UNSET
        )

        if (
            _reader is not None
            and signup_conversion_for_5_percent_seller_funding.__class__ is not float
            and signup_conversion_for_5_percent_seller_funding.__class__ is not int
            and signup_conversion_for_5_percent_seller_funding is not UNSET
        ):
            raise DeviationError("signupConversionFor5PercentSellerFunding")

        signup_conversion_for_5_plus_percent_seller_funding = d.pop(
            "signupConversionFor5PlusPercentSellerFunding", UNSET
        )

        if (
            _reader is not None
            and signup_conversion_for_5_plus_percent_seller_funding.__class__
            is not float
            and signup_conversion_for_5_plus_percent_seller_funding.__class__ is not int
            and signup_conversion_for_5_plus_percent_seller_funding is not UNSET
        ):
            raise DeviationError("signupConversionFor5PlusPercentSellerFunding")

        subscriber_average_reorders = d.pop("subscriberAverageReorders", UNSET)

        if (
            _reader is not None
            and subscriber_average_reorders.__class__ is not float
            and subscriber_average_reorders.__class__ is not int
            and subscriber_average_reorders is not UNSET
        ):
            raise DeviationError("subscriberAverageReorders")

        subscriber_average_revenue = d.pop("subscriberAverageRevenue", UNSET)

        if (
            _reader is not None
            and subscriber_average_revenue.__class__ is not float
            and subscriber_average_revenue.__class__ is not int
            and subscriber_average_revenue is not UNSET
        ):
            raise DeviationError("subscriberAverageRevenue")

        subscriber_retention_for_30_days = d.pop("subscriberRetentionFor30Days", UNSET)

        if (
            _reader is not None
            and subscriber_retention_for_30_days.__class__ is not float
            and subscriber_retention_for_30_days.__class__ is not int
            and subscriber_retention_for_30_days is not UNSET
        ):
            raise DeviationError("subscriberRetentionFor30Days")

        subscriber_retention_for_90_days = d.pop("subscriberRetentionFor90Days", UNSET)

        if (
            _reader is not None
            and subscriber_retention_for_90_days.__class__ is not float
            and subscriber_retention_for_90_days.__class__ is not int
            and subscriber_retention_for_90_days is not UNSET
        ):
            raise DeviationError("subscriberRetentionFor90Days")

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

        if cls is GetSellingPartnerMetricsResponseMetric:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.active_subscriptions = active_subscriptions
            _built.coupons_revenue_penetration = coupons_revenue_penetration
            _built.currency_code = currency_code
            _built.established_subscriber_life_time_value_from_otp = (
                established_subscriber_life_time_value_from_otp
            )
            _built.established_subscriber_life_time_value_from_sns = (
                established_subscriber_life_time_value_from_sns
            )
            _built.growing_subscriber_life_time_value_from_otp = (
                growing_subscriber_life_time_value_from_otp
            )
            _built.growing_subscriber_life_time_value_from_sns = (
                growing_subscriber_life_time_value_from_sns
            )
            _built.lost_revenue_due_to_oos = lost_revenue_due_to_oos
            _built.lost_subscriber_life_time_value_from_otp = (
                lost_subscriber_life_time_value_from_otp
            )
            _built.lost_subscriber_life_time_value_from_sns = (
                lost_subscriber_life_time_value_from_sns
            )
            _built.non_subscriber_average_reorders = non_subscriber_average_reorders
            _built.non_subscriber_average_revenue = non_subscriber_average_revenue
            _built.non_subscriber_life_time_value_from_otp = (
                non_subscriber_life_time_value_from_otp
            )
            _built.not_delivered_due_to_oos = not_delivered_due_to_oos
            _built.revenue_from_active_subscriptions_with_single_delivery = (
                revenue_from_active_subscriptions_with_single_delivery
            )
            _built.revenue_from_cancelled_subscriptions_after_single_delivery = (
                revenue_from_cancelled_subscriptions_after_single_delivery
            )
            _built.revenue_from_subscriptions_with_multiple_deliveries = (
                revenue_from_subscriptions_with_multiple_deliveries
            )
            _built.revenue_penetration = revenue_penetration
            _built.revenue_penetration_for_0_percent_seller_funding = (
                revenue_penetration_for_0_percent_seller_funding
            )
            _built.revenue_penetration_for_10_percent_seller_funding = (
                revenue_penetration_for_10_percent_seller_funding
            )
            _built.revenue_penetration_for_5_percent_seller_funding = (
                revenue_penetration_for_5_percent_seller_funding
            )
            _built.revenue_penetration_for_5_plus_percent_seller_funding = (
                revenue_penetration_for_5_plus_percent_seller_funding
            )
            _built.share_of_coupon_subscriptions = share_of_coupon_subscriptions
            _built.shipped_subscription_units = shipped_subscription_units
            _built.signup_conversion_for_0_percent_seller_funding = (
                signup_conversion_for_0_percent_seller_funding
            )
            _built.signup_conversion_for_10_percent_seller_funding = (
                signup_conversion_for_10_percent_seller_funding
            )
            _built.signup_conversion_for_5_percent_seller_funding = (
                signup_conversion_for_5_percent_seller_funding
            )
            _built.signup_conversion_for_5_plus_percent_seller_funding = (
                signup_conversion_for_5_plus_percent_seller_funding
            )
            _built.subscriber_average_reorders = subscriber_average_reorders
            _built.subscriber_average_revenue = subscriber_average_revenue
            _built.subscriber_retention_for_30_days = subscriber_retention_for_30_days
            _built.subscriber_retention_for_90_days = subscriber_retention_for_90_days
            _built.time_interval = time_interval
            _built.total_subscriptions_revenue = total_subscriptions_revenue
            _built._parse_notes = None
            get_selling_partner_metrics_response_metric = _built
        else:  # a subclass: its own __init__ runs
            get_selling_partner_metrics_response_metric = cls(
                active_subscriptions=active_subscriptions,
                coupons_revenue_penetration=coupons_revenue_penetration,
                currency_code=currency_code,
                established_subscriber_life_time_value_from_otp=established_subscriber_life_time_value_from_otp,
                established_subscriber_life_time_value_from_sns=established_subscriber_life_time_value_from_sns,
                growing_subscriber_life_time_value_from_otp=growing_subscriber_life_time_value_from_otp,
                growing_subscriber_life_time_value_from_sns=growing_subscriber_life_time_value_from_sns,
                lost_revenue_due_to_oos=lost_revenue_due_to_oos,
                lost_subscriber_life_time_value_from_otp=lost_subscriber_life_time_value_from_otp,
                lost_subscriber_life_time_value_from_sns=lost_subscriber_life_time_value_from_sns,
                non_subscriber_average_reorders=non_subscriber_average_reorders,
                non_subscriber_average_revenue=non_subscriber_average_revenue,
                non_subscriber_life_time_value_from_otp=non_subscriber_life_time_value_from_otp,
                not_delivered_due_to_oos=not_delivered_due_to_oos,
                revenue_from_active_subscriptions_with_single_delivery=revenue_from_active_subscriptions_with_single_delivery,
                revenue_from_cancelled_subscriptions_after_single_delivery=revenue_from_cancelled_subscriptions_after_single_delivery,
                revenue_from_subscriptions_with_multiple_deliveries=revenue_from_subscriptions_with_multiple_deliveries,
                revenue_penetration=revenue_penetration,
                revenue_penetration_for_0_percent_seller_funding=revenue_penetration_for_0_percent_seller_funding,
                revenue_penetration_for_10_percent_seller_funding=revenue_penetration_for_10_percent_seller_funding,
                revenue_penetration_for_5_percent_seller_funding=revenue_penetration_for_5_percent_seller_funding,
                revenue_penetration_for_5_plus_percent_seller_funding=revenue_penetration_for_5_plus_percent_seller_funding,
                share_of_coupon_subscriptions=share_of_coupon_subscriptions,
                shipped_subscription_units=shipped_subscription_units,
                signup_conversion_for_0_percent_seller_funding=signup_conversion_for_0_percent_seller_funding,
                signup_conversion_for_10_percent_seller_funding=signup_conversion_for_10_percent_seller_funding,
                signup_conversion_for_5_percent_seller_funding=signup_conversion_for_5_percent_seller_funding,
                signup_conversion_for_5_plus_percent_seller_funding=signup_conversion_for_5_plus_percent_seller_funding,
                subscriber_average_reorders=subscriber_average_reorders,
                subscriber_average_revenue=subscriber_average_revenue,
                subscriber_retention_for_30_days=subscriber_retention_for_30_days,
                subscriber_retention_for_90_days=subscriber_retention_for_90_days,
                time_interval=time_interval,
                total_subscriptions_revenue=total_subscriptions_revenue,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        get_selling_partner_metrics_response_metric.additional_properties = d or {}
        return get_selling_partner_metrics_response_metric

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
