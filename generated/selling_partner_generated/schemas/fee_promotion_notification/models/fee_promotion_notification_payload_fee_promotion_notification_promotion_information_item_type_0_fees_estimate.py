from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate_fee_details_item_type_0 import (
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0,
    )
    from ..models.fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate_total_fees_estimate import (
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateTotalFeesEstimate,
    )


T = TypeVar(
    "T",
    bound="FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimate",
)


@_attrs_define
class FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimate:
    """
    Attributes:
        time_of_fees_estimated (str):
        total_fees_estimate (FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEst
            imateTotalFeesEstimate):
        fee_details (list[FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstima
            teFeeDetailsItemType0]):
    """

    time_of_fees_estimated: str
    total_fees_estimate: FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateTotalFeesEstimate
    fee_details: list[
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate_fee_details_item_type_0 import (
            FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0,
        )

        time_of_fees_estimated = self.time_of_fees_estimated

        total_fees_estimate = self.total_fees_estimate.to_dict()

        fee_details = []
        for fee_details_item_data in self.fee_details:
            fee_details_item: dict[str, Any]
            if isinstance(
                fee_details_item_data,
                FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0,
            ):
                fee_details_item = fee_details_item_data.to_dict()

            fee_details.append(fee_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "TimeOfFeesEstimated": time_of_fees_estimated,
                "TotalFeesEstimate": total_fees_estimate,
                "FeeDetails": fee_details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate_fee_details_item_type_0 import (
            FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0,
        )
        from ..models.fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate_total_fees_estimate import (
            FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateTotalFeesEstimate,
        )

        d = dict(src_dict)
        time_of_fees_estimated = d.pop("TimeOfFeesEstimated")

        total_fees_estimate = FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateTotalFeesEstimate.from_dict(
            d.pop("TotalFeesEstimate")
        )

        fee_details = []
        _fee_details = d.pop("FeeDetails")
        for fee_details_item_data in _fee_details:

            def _parse_fee_details_item(
                data: object,
            ) -> FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0:
                if not isinstance(data, dict):
                    raise TypeError()
                fee_details_item_type_0 = FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0.from_dict(
                    data
                )

                return fee_details_item_type_0

            fee_details_item = _parse_fee_details_item(fee_details_item_data)

            fee_details.append(fee_details_item)

        fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate = cls(
            time_of_fees_estimated=time_of_fees_estimated,
            total_fees_estimate=total_fees_estimate,
            fee_details=fee_details,
        )

        fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate.additional_properties = d
        return fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate

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
