from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    DeviationError,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fee_discount_monetary_amount import (
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeeDiscountMonetaryAmount,
    )
    from ..models.fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate import (
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimate,
    )
    from ..models.fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_price_threshold import (
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0PriceThreshold,
    )


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeeDiscountMonetaryAmount, \
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimate, \
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0PriceThreshold
    from ..models.fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fee_discount_monetary_amount import (
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeeDiscountMonetaryAmount,
    )
    from ..models.fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate import (
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimate,
    )
    from ..models.fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_price_threshold import (
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0PriceThreshold,
    )

    _lazy_pending = False


T = TypeVar(
    "T",
    bound="FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0",
)


@_attrs_define
class FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0:
    """
    Attributes:
        fee_type (str):
        fee_discount_type (str):
        fee_discount_value (float):
        price_threshold
            (FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0PriceThreshold):
        fee_discount_monetary_amount
            (FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeeDiscountMonetaryAmount):
        fees_estimate
            (FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimate):
    """

    fee_type: str
    fee_discount_type: str
    fee_discount_value: float
    price_threshold: FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0PriceThreshold
    fee_discount_monetary_amount: FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeeDiscountMonetaryAmount
    fees_estimate: FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimate
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
        fee_type = self.fee_type

        fee_discount_type = self.fee_discount_type

        fee_discount_value = self.fee_discount_value

        price_threshold = self.price_threshold.to_dict()

        fee_discount_monetary_amount = self.fee_discount_monetary_amount.to_dict()

        fees_estimate = self.fees_estimate.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "FeeType": fee_type,
                "FeeDiscountType": fee_discount_type,
                "FeeDiscountValue": fee_discount_value,
                "PriceThreshold": price_threshold,
                "FeeDiscountMonetaryAmount": fee_discount_monetary_amount,
                "FeesEstimate": fees_estimate,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fee_discount_monetary_amount import (
            FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeeDiscountMonetaryAmount,
        )
        from ..models.fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate import (
            FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimate,
        )
        from ..models.fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_price_threshold import (
            FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0PriceThreshold,
        )

        return (
            (
                ("FeeType", "fee_type", True, ("str",)),
                ("FeeDiscountType", "fee_discount_type", True, ("str",)),
                ("FeeDiscountValue", "fee_discount_value", True, ("float",)),
                (
                    "PriceThreshold",
                    "price_threshold",
                    True,
                    (
                        "model",
                        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0PriceThreshold,
                    ),
                ),
                (
                    "FeeDiscountMonetaryAmount",
                    "fee_discount_monetary_amount",
                    True,
                    (
                        "model",
                        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeeDiscountMonetaryAmount,
                    ),
                ),
                (
                    "FeesEstimate",
                    "fees_estimate",
                    True,
                    (
                        "model",
                        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimate,
                    ),
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
        fee_type = d.pop("FeeType")

        if _reader is not None and fee_type.__class__ is not str:
            raise DeviationError("FeeType")

        fee_discount_type = d.pop("FeeDiscountType")

        if _reader is not None and fee_discount_type.__class__ is not str:
            raise DeviationError("FeeDiscountType")

        fee_discount_value = d.pop("FeeDiscountValue")

        if (
            _reader is not None
            and fee_discount_value.__class__ is not float
            and fee_discount_value.__class__ is not int
        ):
            raise DeviationError("FeeDiscountValue")

        price_threshold = FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0PriceThreshold.from_dict(
            d.pop("PriceThreshold")
        )

        fee_discount_monetary_amount = FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeeDiscountMonetaryAmount.from_dict(
            d.pop("FeeDiscountMonetaryAmount")
        )

        fees_estimate = FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimate.from_dict(
            d.pop("FeesEstimate")
        )

        if (
            cls
            is FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0
        ):
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.fee_type = fee_type
            _built.fee_discount_type = fee_discount_type
            _built.fee_discount_value = fee_discount_value
            _built.price_threshold = price_threshold
            _built.fee_discount_monetary_amount = fee_discount_monetary_amount
            _built.fees_estimate = fees_estimate
            _built._parse_notes = None
            fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0 = _built
        else:  # a subclass: its own __init__ runs
            fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0 = cls(
                fee_type=fee_type,
                fee_discount_type=fee_discount_type,
                fee_discount_value=fee_discount_value,
                price_threshold=price_threshold,
                fee_discount_monetary_amount=fee_discount_monetary_amount,
                fees_estimate=fees_estimate,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0.additional_properties = (
            d or {}
        )
        return fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0

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
