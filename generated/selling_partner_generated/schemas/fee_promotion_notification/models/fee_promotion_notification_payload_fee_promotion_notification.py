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
    from ..models.fee_promotion_notification_payload_fee_promotion_notification_identifiers_item_type_0 import (
        FeePromotionNotificationPayloadFeePromotionNotificationIdentifiersItemType0,
    )
    from ..models.fee_promotion_notification_payload_fee_promotion_notification_promotion_active_time_range import (
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionActiveTimeRange,
    )
    from ..models.fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0 import (
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0,
    )


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        FeePromotionNotificationPayloadFeePromotionNotificationIdentifiersItemType0, \
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionActiveTimeRange, \
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0
    from ..models.fee_promotion_notification_payload_fee_promotion_notification_identifiers_item_type_0 import (
        FeePromotionNotificationPayloadFeePromotionNotificationIdentifiersItemType0,
    )
    from ..models.fee_promotion_notification_payload_fee_promotion_notification_promotion_active_time_range import (
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionActiveTimeRange,
    )
    from ..models.fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0 import (
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0,
    )

    _lazy_pending = False


T = TypeVar("T", bound="FeePromotionNotificationPayloadFeePromotionNotification")


@_attrs_define
class FeePromotionNotificationPayloadFeePromotionNotification:
    """
    Attributes:
        merchant_id (str):
        marketplace_id (str):
        fee_promotion_type (str):
        fee_promotion_type_description (str):
        promotion_active_time_range (FeePromotionNotificationPayloadFeePromotionNotificationPromotionActiveTimeRange):
        identifiers (list[FeePromotionNotificationPayloadFeePromotionNotificationIdentifiersItemType0]):
        promotion_information
            (list[FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0]):
    """

    merchant_id: str
    marketplace_id: str
    fee_promotion_type: str
    fee_promotion_type_description: str
    promotion_active_time_range: (
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionActiveTimeRange
    )
    identifiers: list[
        FeePromotionNotificationPayloadFeePromotionNotificationIdentifiersItemType0
    ]
    promotion_information: list[
        FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0
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
        merchant_id = self.merchant_id

        marketplace_id = self.marketplace_id

        fee_promotion_type = self.fee_promotion_type

        fee_promotion_type_description = self.fee_promotion_type_description

        promotion_active_time_range = self.promotion_active_time_range.to_dict()

        identifiers = []
        for identifiers_item_data in self.identifiers:
            identifiers_item: dict[str, Any]
            if isinstance(
                identifiers_item_data,
                FeePromotionNotificationPayloadFeePromotionNotificationIdentifiersItemType0,
            ):
                identifiers_item = identifiers_item_data.to_dict()

            identifiers.append(identifiers_item)

        promotion_information = []
        for promotion_information_item_data in self.promotion_information:
            promotion_information_item: dict[str, Any]
            if isinstance(
                promotion_information_item_data,
                FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0,
            ):
                promotion_information_item = promotion_information_item_data.to_dict()

            promotion_information.append(promotion_information_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "MerchantId": merchant_id,
                "MarketplaceId": marketplace_id,
                "FeePromotionType": fee_promotion_type,
                "FeePromotionTypeDescription": fee_promotion_type_description,
                "PromotionActiveTimeRange": promotion_active_time_range,
                "Identifiers": identifiers,
                "PromotionInformation": promotion_information,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.fee_promotion_notification_payload_fee_promotion_notification_promotion_active_time_range import (
            FeePromotionNotificationPayloadFeePromotionNotificationPromotionActiveTimeRange,
        )

        return (
            (
                ("MerchantId", "merchant_id", True, ("str",)),
                ("MarketplaceId", "marketplace_id", True, ("str",)),
                ("FeePromotionType", "fee_promotion_type", True, ("str",)),
                (
                    "FeePromotionTypeDescription",
                    "fee_promotion_type_description",
                    True,
                    ("str",),
                ),
                (
                    "PromotionActiveTimeRange",
                    "promotion_active_time_range",
                    True,
                    (
                        "model",
                        FeePromotionNotificationPayloadFeePromotionNotificationPromotionActiveTimeRange,
                    ),
                ),
                ("Identifiers", "identifiers", True, ("list", ("any",))),
                (
                    "PromotionInformation",
                    "promotion_information",
                    True,
                    ("list", ("any",)),
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
        merchant_id = d.pop("MerchantId")

        if _reader is not None and merchant_id.__class__ is not str:
            raise DeviationError("MerchantId")

        marketplace_id = d.pop("MarketplaceId")

        if _reader is not None and marketplace_id.__class__ is not str:
            raise DeviationError("MarketplaceId")

        fee_promotion_type = d.pop("FeePromotionType")

        if _reader is not None and fee_promotion_type.__class__ is not str:
            raise DeviationError("FeePromotionType")

        fee_promotion_type_description = d.pop("FeePromotionTypeDescription")

        if _reader is not None and fee_promotion_type_description.__class__ is not str:
            raise DeviationError("FeePromotionTypeDescription")

        promotion_active_time_range = FeePromotionNotificationPayloadFeePromotionNotificationPromotionActiveTimeRange.from_dict(
            d.pop("PromotionActiveTimeRange")
        )

        identifiers = []
        _identifiers = d.pop("Identifiers")
        for identifiers_item_data in _identifiers:

            def _parse_identifiers_item(
                data: object,
            ) -> FeePromotionNotificationPayloadFeePromotionNotificationIdentifiersItemType0:
                if not isinstance(data, dict):
                    raise TypeError()
                identifiers_item_type_0 = FeePromotionNotificationPayloadFeePromotionNotificationIdentifiersItemType0.from_dict(
                    data
                )

                return identifiers_item_type_0

            identifiers_item = _parse_identifiers_item(identifiers_item_data)

            identifiers.append(identifiers_item)

        promotion_information = []
        _promotion_information = d.pop("PromotionInformation")
        for promotion_information_item_data in _promotion_information:

            def _parse_promotion_information_item(
                data: object,
            ) -> FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0:
                if not isinstance(data, dict):
                    raise TypeError()
                promotion_information_item_type_0 = FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0.from_dict(
                    data
                )

                return promotion_information_item_type_0

            promotion_information_item = _parse_promotion_information_item(
                promotion_information_item_data
            )

            promotion_information.append(promotion_information_item)

        if cls is FeePromotionNotificationPayloadFeePromotionNotification:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.merchant_id = merchant_id
            _built.marketplace_id = marketplace_id
            _built.fee_promotion_type = fee_promotion_type
            _built.fee_promotion_type_description = fee_promotion_type_description
            _built.promotion_active_time_range = promotion_active_time_range
            _built.identifiers = identifiers
            _built.promotion_information = promotion_information
            _built._parse_notes = None
            fee_promotion_notification_payload_fee_promotion_notification = _built
        else:  # a subclass: its own __init__ runs
            fee_promotion_notification_payload_fee_promotion_notification = cls(
                merchant_id=merchant_id,
                marketplace_id=marketplace_id,
                fee_promotion_type=fee_promotion_type,
                fee_promotion_type_description=fee_promotion_type_description,
                promotion_active_time_range=promotion_active_time_range,
                identifiers=identifiers,
                promotion_information=promotion_information,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        fee_promotion_notification_payload_fee_promotion_notification.additional_properties = (
            d or {}
        )
        return fee_promotion_notification_payload_fee_promotion_notification

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
