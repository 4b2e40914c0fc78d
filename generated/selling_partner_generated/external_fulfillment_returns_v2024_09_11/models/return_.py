from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.return_package_delivery_mode import ReturnPackageDeliveryMode
from ..models.return_return_sub_type import ReturnReturnSubType
from ..models.return_return_type import ReturnReturnType
from ..models.return_status import ReturnStatus
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
    from ..models.marketplace_channel_details import MarketplaceChannelDetails
    from ..models.otp_details import OtpDetails
    from ..models.replanning_details import ReplanningDetails
    from ..models.return_metadata import ReturnMetadata
    from ..models.return_shipping_info import ReturnShippingInfo


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        MarketplaceChannelDetails, \
        OtpDetails, \
        ReplanningDetails, \
        ReturnMetadata, \
        ReturnShippingInfo
    from ..models.marketplace_channel_details import MarketplaceChannelDetails
    from ..models.otp_details import OtpDetails
    from ..models.replanning_details import ReplanningDetails
    from ..models.return_metadata import ReturnMetadata
    from ..models.return_shipping_info import ReturnShippingInfo

    _lazy_pending = False


T = TypeVar("T", bound="Return")


@_attrs_define
class Return:
    """
    Attributes:
        fulfillment_location_id (str):
        id (str):
        last_updated_date_time (str):
        marketplace_channel_details (MarketplaceChannelDetails):
        return_metadata (ReturnMetadata):
        return_shipping_info (ReturnShippingInfo):
        return_type (ReturnReturnType):
        status (ReturnStatus):
        creation_date_time (str | Unset):
        merchant_sku (str | Unset):
        number_of_units (int | Unset):
        otp_details (OtpDetails | Unset):
        package_delivery_mode (ReturnPackageDeliveryMode | Unset):
        replanning_details (ReplanningDetails | Unset):
        return_location_id (str | Unset):
        return_sub_type (ReturnReturnSubType | Unset):
    """

    fulfillment_location_id: str
    id: str
    last_updated_date_time: str
    marketplace_channel_details: MarketplaceChannelDetails
    return_metadata: ReturnMetadata
    return_shipping_info: ReturnShippingInfo
    return_type: ReturnReturnType
    status: ReturnStatus
    creation_date_time: str | Unset = UNSET
    merchant_sku: str | Unset = UNSET
    number_of_units: int | Unset = UNSET
    otp_details: OtpDetails | Unset = UNSET
    package_delivery_mode: ReturnPackageDeliveryMode | Unset = UNSET
    replanning_details: ReplanningDetails | Unset = UNSET
    return_location_id: str | Unset = UNSET
    return_sub_type: ReturnReturnSubType | Unset = UNSET
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
        fulfillment_location_id = self.fulfillment_location_id

        id = self.id

        last_updated_date_time = self.last_updated_date_time

        marketplace_channel_details = self.marketplace_channel_details.to_dict()

        return_metadata = self.return_metadata.to_dict()

        return_shipping_info = self.return_shipping_info.to_dict()

        return_type = self.return_type.value

        status = self.status.value

        creation_date_time = self.creation_date_time

        merchant_sku = self.merchant_sku

        number_of_units = self.number_of_units

        otp_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.otp_details, Unset):
            otp_details = self.otp_details.to_dict()

        package_delivery_mode: str | Unset = UNSET
        if not isinstance(self.package_delivery_mode, Unset):
            package_delivery_mode = self.package_delivery_mode.value

        replanning_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.replanning_details, Unset):
            replanning_details = self.replanning_details.to_dict()

        return_location_id = self.return_location_id

        return_sub_type: str | Unset = UNSET
        if not isinstance(self.return_sub_type, Unset):
            return_sub_type = self.return_sub_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fulfillmentLocationId": fulfillment_location_id,
                "id": id,
                "lastUpdatedDateTime": last_updated_date_time,
                "marketplaceChannelDetails": marketplace_channel_details,
                "returnMetadata": return_metadata,
                "returnShippingInfo": return_shipping_info,
                "returnType": return_type,
                "status": status,
            }
        )
        if creation_date_time is not UNSET:
            field_dict["creationDateTime"] = creation_date_time
        if merchant_sku is not UNSET:
            field_dict["merchantSku"] = merchant_sku
        if number_of_units is not UNSET:
            field_dict["numberOfUnits"] = number_of_units
        if otp_details is not UNSET:
            field_dict["otpDetails"] = otp_details
        if package_delivery_mode is not UNSET:
            field_dict["packageDeliveryMode"] = package_delivery_mode
        if replanning_details is not UNSET:
            field_dict["replanningDetails"] = replanning_details
        if return_location_id is not UNSET:
            field_dict["returnLocationId"] = return_location_id
        if return_sub_type is not UNSET:
            field_dict["returnSubType"] = return_sub_type

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.marketplace_channel_details import MarketplaceChannelDetails
        from ..models.otp_details import OtpDetails
        from ..models.replanning_details import ReplanningDetails
        from ..models.return_metadata import ReturnMetadata
        from ..models.return_shipping_info import ReturnShippingInfo

        return (
            (
                ("fulfillmentLocationId", "fulfillment_location_id", True, ("str",)),
                ("id", "id", True, ("str",)),
                ("lastUpdatedDateTime", "last_updated_date_time", True, ("str",)),
                (
                    "marketplaceChannelDetails",
                    "marketplace_channel_details",
                    True,
                    ("model", MarketplaceChannelDetails),
                ),
                ("returnMetadata", "return_metadata", True, ("model", ReturnMetadata)),
                (
                    "returnShippingInfo",
                    "return_shipping_info",
                    True,
                    ("model", ReturnShippingInfo),
                ),
                ("returnType", "return_type", True, ("enum", ReturnReturnType)),
                ("status", "status", True, ("enum", ReturnStatus)),
                ("creationDateTime", "creation_date_time", False, ("str",)),
                ("merchantSku", "merchant_sku", False, ("str",)),
                ("numberOfUnits", "number_of_units", False, ("int",)),
                ("otpDetails", "otp_details", False, ("model", OtpDetails)),
                (
                    "packageDeliveryMode",
                    "package_delivery_mode",
                    False,
                    ("enum", ReturnPackageDeliveryMode),
                ),
                (
                    "replanningDetails",
                    "replanning_details",
                    False,
                    ("model", ReplanningDetails),
                ),
                ("returnLocationId", "return_location_id", False, ("str",)),
                (
                    "returnSubType",
                    "return_sub_type",
                    False,
                    ("enum", ReturnReturnSubType),
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
        fulfillment_location_id = d.pop("fulfillmentLocationId")

        if _reader is not None and fulfillment_location_id.__class__ is not str:
            raise DeviationError("fulfillmentLocationId")

        id = d.pop("id")

        if _reader is not None and id.__class__ is not str:
            raise DeviationError("id")

        last_updated_date_time = d.pop("lastUpdatedDateTime")

        if _reader is not None and last_updated_date_time.__class__ is not str:
            raise DeviationError("lastUpdatedDateTime")

        marketplace_channel_details = MarketplaceChannelDetails.from_dict(
            d.pop("marketplaceChannelDetails")
        )

        return_metadata = ReturnMetadata.from_dict(d.pop("returnMetadata"))

        return_shipping_info = ReturnShippingInfo.from_dict(d.pop("returnShippingInfo"))

        _return_type = d.pop("returnType")
        return_type = (
            ReturnReturnType._value2member_map_.get(_return_type)
            if _return_type.__class__ is str
            else None
        ) or ReturnReturnType(_return_type)

        _status = d.pop("status")
        status = (
            ReturnStatus._value2member_map_.get(_status)
            if _status.__class__ is str
            else None
        ) or ReturnStatus(_status)

        creation_date_time = d.pop("creationDateTime", UNSET)

        if (
            _reader is not None
            and creation_date_time.__class__ is not str
            and creation_date_time is not UNSET
        ):
            raise DeviationError("creationDateTime")

        merchant_sku = d.pop("merchantSku", UNSET)

        if (
            _reader is not None
            and merchant_sku.__class__ is not str
            and merchant_sku is not UNSET
        ):
            raise DeviationError("merchantSku")

        number_of_units = d.pop("numberOfUnits", UNSET)

        if (
            _reader is not None
            and number_of_units.__class__ is not int
            and number_of_units is not UNSET
        ):
            raise DeviationError("numberOfUnits")

        _otp_details = d.pop("otpDetails", UNSET)
        otp_details = (
            UNSET if _otp_details is UNSET else OtpDetails.from_dict(_otp_details)
        )

        _package_delivery_mode = d.pop("packageDeliveryMode", UNSET)
        package_delivery_mode = (
            UNSET
            if _package_delivery_mode is UNSET
            else (
                ReturnPackageDeliveryMode._value2member_map_.get(_package_delivery_mode)
                if _package_delivery_mode.__class__ is str
                else None
            )
            or ReturnPackageDeliveryMode(_package_delivery_mode)
        )

        _replanning_details = d.pop("replanningDetails", UNSET)
        replanning_details = (
            UNSET
            if _replanning_details is UNSET
            else ReplanningDetails.from_dict(_replanning_details)
        )

        return_location_id = d.pop("returnLocationId", UNSET)

        if (
            _reader is not None
            and return_location_id.__class__ is not str
            and return_location_id is not UNSET
        ):
            raise DeviationError("returnLocationId")

        _return_sub_type = d.pop("returnSubType", UNSET)
        return_sub_type = (
            UNSET
            if _return_sub_type is UNSET
            else (
                ReturnReturnSubType._value2member_map_.get(_return_sub_type)
                if _return_sub_type.__class__ is str
                else None
            )
            or ReturnReturnSubType(_return_sub_type)
        )

        if cls is Return:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.fulfillment_location_id = fulfillment_location_id
            _built.id = id
            _built.last_updated_date_time = last_updated_date_time
            _built.marketplace_channel_details = marketplace_channel_details
            _built.return_metadata = return_metadata
            _built.return_shipping_info = return_shipping_info
            _built.return_type = return_type
            _built.status = status
            _built.creation_date_time = creation_date_time
            _built.merchant_sku = merchant_sku
            _built.number_of_units = number_of_units
            _built.otp_details = otp_details
            _built.package_delivery_mode = package_delivery_mode
            _built.replanning_details = replanning_details
            _built.return_location_id = return_location_id
            _built.return_sub_type = return_sub_type
            _built._parse_notes = None
            return_ = _built
        else:  # a subclass: its own __init__ runs
            return_ = cls(
                fulfillment_location_id=fulfillment_location_id,
                id=id,
                last_updated_date_time=last_updated_date_time,
                marketplace_channel_details=marketplace_channel_details,
                return_metadata=return_metadata,
                return_shipping_info=return_shipping_info,
                return_type=return_type,
                status=status,
                creation_date_time=creation_date_time,
                merchant_sku=merchant_sku,
                number_of_units=number_of_units,
                otp_details=otp_details,
                package_delivery_mode=package_delivery_mode,
                replanning_details=replanning_details,
                return_location_id=return_location_id,
                return_sub_type=return_sub_type,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        return_.additional_properties = d or {}
        return return_

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
