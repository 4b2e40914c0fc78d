from __future__ import annotations

import datetime
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
    from ..models.charge_component import ChargeComponent
    from ..models.currency import Currency
    from ..models.fee_component import FeeComponent


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ChargeComponent, Currency, FeeComponent
    from ..models.charge_component import ChargeComponent
    from ..models.currency import Currency
    from ..models.fee_component import FeeComponent

    _lazy_pending = False


T = TypeVar("T", bound="CouponPaymentEvent")


@_attrs_define
class CouponPaymentEvent:
    """
    Attributes:
        charge_component (ChargeComponent | Unset):
        clip_or_redemption_count (int | Unset):
        coupon_id (str | Unset):
        fee_component (FeeComponent | Unset):
        payment_event_id (str | Unset):
        posted_date (datetime.datetime | Unset):
        seller_coupon_description (str | Unset):
        total_amount (Currency | Unset):
    """

    charge_component: ChargeComponent | Unset = UNSET
    clip_or_redemption_count: int | Unset = UNSET
    coupon_id: str | Unset = UNSET
    fee_component: FeeComponent | Unset = UNSET
    payment_event_id: str | Unset = UNSET
    posted_date: datetime.datetime | Unset = UNSET
    seller_coupon_description: str | Unset = UNSET
    total_amount: Currency | Unset = UNSET
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
        charge_component: dict[str, Any] | Unset = UNSET
        if not isinstance(self.charge_component, Unset):
            charge_component = self.charge_component.to_dict()

        clip_or_redemption_count = self.clip_or_redemption_count

        coupon_id = self.coupon_id

        fee_component: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fee_component, Unset):
            fee_component = self.fee_component.to_dict()

        payment_event_id = self.payment_event_id

        posted_date: str | Unset = UNSET
        if not isinstance(self.posted_date, Unset):
            posted_date = self.posted_date.isoformat()

        seller_coupon_description = self.seller_coupon_description

        total_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_amount, Unset):
            total_amount = self.total_amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if charge_component is not UNSET:
            field_dict["ChargeComponent"] = charge_component
        if clip_or_redemption_count is not UNSET:
            field_dict["ClipOrRedemptionCount"] = clip_or_redemption_count
        if coupon_id is not UNSET:
            field_dict["CouponId"] = coupon_id
        if fee_component is not UNSET:
            field_dict["FeeComponent"] = fee_component
        if payment_event_id is not UNSET:
            field_dict["PaymentEventId"] = payment_event_id
        if posted_date is not UNSET:
            field_dict["PostedDate"] = posted_date
        if seller_coupon_description is not UNSET:
            field_dict["SellerCouponDescription"] = seller_coupon_description
        if total_amount is not UNSET:
            field_dict["TotalAmount"] = total_amount

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.charge_component import ChargeComponent
        from ..models.currency import Currency
        from ..models.fee_component import FeeComponent

        return (
            (
                (
                    "ChargeComponent",
                    "charge_component",
                    False,
                    ("model", ChargeComponent),
                ),
                ("ClipOrRedemptionCount", "clip_or_redemption_count", False, ("int",)),
                ("CouponId", "coupon_id", False, ("str",)),
                ("FeeComponent", "fee_component", False, ("model", FeeComponent)),
                ("PaymentEventId", "payment_event_id", False, ("str",)),
                ("PostedDate", "posted_date", False, ("datetime",)),
                (
                    "SellerCouponDescription",
                    "seller_coupon_description",
                    False,
                    ("str",),
                ),
                ("TotalAmount", "total_amount", False, ("model", Currency)),
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
        _charge_component = d.pop("ChargeComponent", UNSET)
        charge_component = (
            UNSET
            if _charge_component is UNSET
            else ChargeComponent.from_dict(_charge_component)
        )

        clip_or_redemption_count = d.pop("ClipOrRedemptionCount", UNSET)

        if (
            _reader is not None
            and clip_or_redemption_count.__class__ is not int
            and clip_or_redemption_count is not UNSET
        ):
            raise DeviationError("ClipOrRedemptionCount")

        coupon_id = d.pop("CouponId", UNSET)

        if (
            _reader is not None
            and coupon_id.__class__ is not str
            and coupon_id is not UNSET
        ):
            raise DeviationError("CouponId")

        _fee_component = d.pop("FeeComponent", UNSET)
        fee_component = (
            UNSET if _fee_component is UNSET else FeeComponent.from_dict(_fee_component)
        )

        payment_event_id = d.pop("PaymentEventId", UNSET)

        if (
            _reader is not None
            and payment_event_id.__class__ is not str
            and payment_event_id is not UNSET
        ):
            raise DeviationError("PaymentEventId")

        _posted_date = d.pop("PostedDate", UNSET)
        posted_date = (
            UNSET
            if _posted_date is UNSET
            else datetime.datetime.fromisoformat(_posted_date)
        )

        if (
            _reader is not None
            and not isinstance(posted_date, Unset)
            and posted_date.tzinfo is None
        ):
            raise DeviationError("PostedDate")

        seller_coupon_description = d.pop("SellerCouponDescription", UNSET)

        if (
            _reader is not None
            and seller_coupon_description.__class__ is not str
            and seller_coupon_description is not UNSET
        ):
            raise DeviationError("SellerCouponDescription")

        _total_amount = d.pop("TotalAmount", UNSET)
        total_amount = (
            UNSET if _total_amount is UNSET else Currency.from_dict(_total_amount)
        )

        if cls is CouponPaymentEvent:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.charge_component = charge_component
            _built.clip_or_redemption_count = clip_or_redemption_count
            _built.coupon_id = coupon_id
            _built.fee_component = fee_component
            _built.payment_event_id = payment_event_id
            _built.posted_date = posted_date
            _built.seller_coupon_description = seller_coupon_description
            _built.total_amount = total_amount
            _built._parse_notes = None
            coupon_payment_event = _built
        else:  # a subclass: its own __init__ runs
            coupon_payment_event = cls(
                charge_component=charge_component,
                clip_or_redemption_count=clip_or_redemption_count,
                coupon_id=coupon_id,
                fee_component=fee_component,
                payment_event_id=payment_event_id,
                posted_date=posted_date,
                seller_coupon_description=seller_coupon_description,
                total_amount=total_amount,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        coupon_payment_event.additional_properties = d or {}
        return coupon_payment_event

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
