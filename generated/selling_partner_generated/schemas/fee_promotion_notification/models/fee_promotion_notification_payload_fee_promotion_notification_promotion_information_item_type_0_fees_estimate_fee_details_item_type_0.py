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
    from ..models.fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate_fee_details_item_type_0_fee_amount import (
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0FeeAmount,
    )
    from ..models.fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate_fee_details_item_type_0_fee_promotion import (
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0FeePromotion,
    )
    from ..models.fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate_fee_details_item_type_0_final_fee import (
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0FinalFee,
    )
    from ..models.fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate_fee_details_item_type_0_included_fees_item_type_0 import (
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0IncludedFeesItemType0,
    )
    from ..models.fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate_fee_details_item_type_0_tax_amount import (
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0TaxAmount,
    )


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0FeeAmount, \
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0FeePromotion, \
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0FinalFee, \
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0IncludedFeesItemType0, \
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0TaxAmount
    from ..models.fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate_fee_details_item_type_0_fee_amount import (
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0FeeAmount,
    )
    from ..models.fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate_fee_details_item_type_0_fee_promotion import (
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0FeePromotion,
    )
    from ..models.fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate_fee_details_item_type_0_final_fee import (
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0FinalFee,
    )
    from ..models.fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate_fee_details_item_type_0_included_fees_item_type_0 import (
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0IncludedFeesItemType0,
    )
    from ..models.fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate_fee_details_item_type_0_tax_amount import (
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0TaxAmount,
    )

    _lazy_pending = False


T = TypeVar(
    "T",
    bound="FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0",
)


@_attrs_define
class FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0:
    """
    Attributes:
        fee_type (str):
        fee_amount (FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeD
            etailsItemType0FeeAmount):
        tax_amount (FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeD
            etailsItemType0TaxAmount):
        fee_promotion (FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateF
            eeDetailsItemType0FeePromotion):
        final_fee (FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDe
            tailsItemType0FinalFee):
        included_fees (list[FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEsti
            mateFeeDetailsItemType0IncludedFeesItemType0]):
    """

    fee_type: str
    fee_amount: FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0FeeAmount
    tax_amount: FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0TaxAmount
    fee_promotion: FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0FeePromotion
    final_fee: FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0FinalFee
    included_fees: list[
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0IncludedFeesItemType0
    ]
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

        fee_amount = self.fee_amount.to_dict()

        tax_amount = self.tax_amount.to_dict()

        fee_promotion = self.fee_promotion.to_dict()

        final_fee = self.final_fee.to_dict()

        included_fees = []
        for included_fees_item_data in self.included_fees:
            included_fees_item: dict[str, Any]
            if isinstance(
                included_fees_item_data,
                FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0IncludedFeesItemType0,
            ):
                included_fees_item = included_fees_item_data.to_dict()

            included_fees.append(included_fees_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "FeeType": fee_type,
                "FeeAmount": fee_amount,
                "TaxAmount": tax_amount,
                "FeePromotion": fee_promotion,
                "FinalFee": final_fee,
                "IncludedFees": included_fees,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate_fee_details_item_type_0_fee_amount import (
            FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0FeeAmount,
        )
        from ..models.fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate_fee_details_item_type_0_fee_promotion import (
            FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0FeePromotion,
        )
        from ..models.fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate_fee_details_item_type_0_final_fee import (
            FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0FinalFee,
        )
        from ..models.fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate_fee_details_item_type_0_tax_amount import (
            FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0TaxAmount,
        )

        return (
            (
                ("FeeType", "fee_type", True, ("str",)),
                (
                    "FeeAmount",
                    "fee_amount",
                    True,
                    (
                        "model",
                        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0FeeAmount,
                    ),
                ),
                (
                    "TaxAmount",
                    "tax_amount",
                    True,
                    (
                        "model",
                        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0TaxAmount,
                    ),
                ),
                (
                    "FeePromotion",
                    "fee_promotion",
                    True,
                    (
                        "model",
                        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0FeePromotion,
                    ),
                ),
                (
                    "FinalFee",
                    "final_fee",
                    True,
                    (
                        "model",
                        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0FinalFee,
                    ),
                ),
                ("IncludedFees", "included_fees", True, ("list", ("any",))),
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

        fee_amount = FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0FeeAmount.from_dict(
            d.pop("FeeAmount")
        )

        tax_amount = FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0TaxAmount.from_dict(
            d.pop("TaxAmount")
        )

        fee_promotion = FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0FeePromotion.from_dict(
            d.pop("FeePromotion")
        )

        final_fee = FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0FinalFee.from_dict(
            d.pop("FinalFee")
        )

        included_fees = []
        _included_fees = d.pop("IncludedFees")
        for included_fees_item_data in _included_fees:

            def _parse_included_fees_item(
                data: object,
            ) -> FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0IncludedFeesItemType0:
                if not isinstance(data, dict):
                    raise TypeError()
                included_fees_item_type_0 = FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0IncludedFeesItemType0.from_dict(
                    data
                )

                return included_fees_item_type_0

            included_fees_item = _parse_included_fees_item(included_fees_item_data)

            included_fees.append(included_fees_item)

        if (
            cls
            is FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0
        ):
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.fee_type = fee_type
            _built.fee_amount = fee_amount
            _built.tax_amount = tax_amount
            _built.fee_promotion = fee_promotion
            _built.final_fee = final_fee
            _built.included_fees = included_fees
            _built._parse_notes = None
            fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate_fee_details_item_type_0 = _built
        else:  # a subclass: its own __init__ runs
            fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate_fee_details_item_type_0 = cls(
                fee_type=fee_type,
                fee_amount=fee_amount,
                tax_amount=tax_amount,
                fee_promotion=fee_promotion,
                final_fee=final_fee,
                included_fees=included_fees,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate_fee_details_item_type_0.additional_properties = (
            d or {}
        )
        return fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate_fee_details_item_type_0

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
