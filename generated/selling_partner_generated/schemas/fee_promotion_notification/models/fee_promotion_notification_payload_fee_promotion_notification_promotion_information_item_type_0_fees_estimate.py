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
    from ..models.fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate_fee_details_item_type_0 import (
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0,
    )
    from ..models.fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate_total_fees_estimate import (
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateTotalFeesEstimate,
    )


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0, \
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateTotalFeesEstimate
    from ..models.fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate_fee_details_item_type_0 import (
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0,
    )
    from ..models.fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate_total_fees_estimate import (
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateTotalFeesEstimate,
    )

    _lazy_pending = False


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
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate_total_fees_estimate import (
            FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateTotalFeesEstimate,
        )

        return (
            (
                ("TimeOfFeesEstimated", "time_of_fees_estimated", True, ("str",)),
                (
                    "TotalFeesEstimate",
                    "total_fees_estimate",
                    True,
                    (
                        "model",
                        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateTotalFeesEstimate,
                    ),
                ),
                ("FeeDetails", "fee_details", True, ("list", ("any",))),
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
        time_of_fees_estimated = d.pop("TimeOfFeesEstimated")

        if _reader is not None and time_of_fees_estimated.__class__ is not str:
            raise DeviationError("TimeOfFeesEstimated")

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

        if (
            cls
            is FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimate
        ):
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.time_of_fees_estimated = time_of_fees_estimated
            _built.total_fees_estimate = total_fees_estimate
            _built.fee_details = fee_details
            _built._parse_notes = None
            fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate = _built
        else:  # a subclass: its own __init__ runs
            fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate = cls(
                time_of_fees_estimated=time_of_fees_estimated,
                total_fees_estimate=total_fees_estimate,
                fee_details=fee_details,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate.additional_properties = (
            d or {}
        )
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
