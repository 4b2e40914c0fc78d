"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .code import Code
    from .create_scheduled_package_request import CreateScheduledPackageRequest
    from .create_scheduled_packages_request import CreateScheduledPackagesRequest
    from .create_scheduled_packages_response import CreateScheduledPackagesResponse
    from .dimensions import Dimensions
    from .error import Error
    from .error_list import ErrorList
    from .handover_method import HandoverMethod
    from .invoice_data import InvoiceData
    from .item import Item
    from .label_format import LabelFormat
    from .list_handover_slots_request import ListHandoverSlotsRequest
    from .list_handover_slots_response import ListHandoverSlotsResponse
    from .order_schedule_details import OrderScheduleDetails
    from .package import Package
    from .package_details import PackageDetails
    from .package_status import PackageStatus
    from .packages import Packages
    from .rejected_order import RejectedOrder
    from .scheduled_package_id import ScheduledPackageId
    from .time_slot import TimeSlot
    from .tracking_details import TrackingDetails
    from .unit_of_length import UnitOfLength
    from .unit_of_weight import UnitOfWeight
    from .update_package_details import UpdatePackageDetails
    from .update_scheduled_packages_request import UpdateScheduledPackagesRequest
    from .weight import Weight

_MODULES: dict[str, str] = {
    "Code": ".code",
    "CreateScheduledPackageRequest": ".create_scheduled_package_request",
    "CreateScheduledPackagesRequest": ".create_scheduled_packages_request",
    "CreateScheduledPackagesResponse": ".create_scheduled_packages_response",
    "Dimensions": ".dimensions",
    "Error": ".error",
    "ErrorList": ".error_list",
    "HandoverMethod": ".handover_method",
    "InvoiceData": ".invoice_data",
    "Item": ".item",
    "LabelFormat": ".label_format",
    "ListHandoverSlotsRequest": ".list_handover_slots_request",
    "ListHandoverSlotsResponse": ".list_handover_slots_response",
    "OrderScheduleDetails": ".order_schedule_details",
    "Package": ".package",
    "PackageDetails": ".package_details",
    "PackageStatus": ".package_status",
    "Packages": ".packages",
    "RejectedOrder": ".rejected_order",
    "ScheduledPackageId": ".scheduled_package_id",
    "TimeSlot": ".time_slot",
    "TrackingDetails": ".tracking_details",
    "UnitOfLength": ".unit_of_length",
    "UnitOfWeight": ".unit_of_weight",
    "UpdatePackageDetails": ".update_package_details",
    "UpdateScheduledPackagesRequest": ".update_scheduled_packages_request",
    "Weight": ".weight",
}

__all__ = (
    "Code",
    "CreateScheduledPackageRequest",
    "CreateScheduledPackagesRequest",
    "CreateScheduledPackagesResponse",
    "Dimensions",
    "Error",
    "ErrorList",
    "HandoverMethod",
    "InvoiceData",
    "Item",
    "LabelFormat",
    "ListHandoverSlotsRequest",
    "ListHandoverSlotsResponse",
    "OrderScheduleDetails",
    "Package",
    "PackageDetails",
    "PackageStatus",
    "Packages",
    "RejectedOrder",
    "ScheduledPackageId",
    "TimeSlot",
    "TrackingDetails",
    "UnitOfLength",
    "UnitOfWeight",
    "UpdatePackageDetails",
    "UpdateScheduledPackagesRequest",
    "Weight",
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
