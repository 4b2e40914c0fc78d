"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error import Error
    from .error_list import ErrorList
    from .invoice_information import InvoiceInformation
    from .list_returns_status import ListReturnsStatus
    from .marketplace_channel import MarketplaceChannel
    from .marketplace_channel_details import MarketplaceChannelDetails
    from .otp_details import OtpDetails
    from .replanning_details import ReplanningDetails
    from .return_ import Return
    from .return_metadata import ReturnMetadata
    from .return_package_delivery_mode import ReturnPackageDeliveryMode
    from .return_return_sub_type import ReturnReturnSubType
    from .return_return_type import ReturnReturnType
    from .return_shipping_info import ReturnShippingInfo
    from .return_status import ReturnStatus
    from .returns_response import ReturnsResponse
    from .tracking_info import TrackingInfo

_MODULES: dict[str, str] = {
    "Error": ".error",
    "ErrorList": ".error_list",
    "InvoiceInformation": ".invoice_information",
    "ListReturnsStatus": ".list_returns_status",
    "MarketplaceChannel": ".marketplace_channel",
    "MarketplaceChannelDetails": ".marketplace_channel_details",
    "OtpDetails": ".otp_details",
    "ReplanningDetails": ".replanning_details",
    "Return": ".return_",
    "ReturnMetadata": ".return_metadata",
    "ReturnPackageDeliveryMode": ".return_package_delivery_mode",
    "ReturnReturnSubType": ".return_return_sub_type",
    "ReturnReturnType": ".return_return_type",
    "ReturnShippingInfo": ".return_shipping_info",
    "ReturnStatus": ".return_status",
    "ReturnsResponse": ".returns_response",
    "TrackingInfo": ".tracking_info",
}

__all__ = (
    "Error",
    "ErrorList",
    "InvoiceInformation",
    "ListReturnsStatus",
    "MarketplaceChannel",
    "MarketplaceChannelDetails",
    "OtpDetails",
    "ReplanningDetails",
    "Return",
    "ReturnMetadata",
    "ReturnPackageDeliveryMode",
    "ReturnReturnSubType",
    "ReturnReturnType",
    "ReturnShippingInfo",
    "ReturnStatus",
    "ReturnsResponse",
    "TrackingInfo",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
