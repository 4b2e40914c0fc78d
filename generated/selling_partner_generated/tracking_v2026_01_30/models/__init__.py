"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .bounded_interval import BoundedInterval
    from .carrier_tracking import CarrierTracking
    from .error import Error
    from .error_list import ErrorList
    from .get_shipment_tracking_response import GetShipmentTrackingResponse
    from .tracking_detail import TrackingDetail
    from .tracking_estimate import TrackingEstimate
    from .tracking_identifier import TrackingIdentifier
    from .tracking_milestone import TrackingMilestone
    from .tracking_milestone_address import TrackingMilestoneAddress
    from .tracking_milestone_location import TrackingMilestoneLocation
    from .tracking_milestone_status import TrackingMilestoneStatus
    from .tracking_milestone_status_code import TrackingMilestoneStatusCode
    from .tracking_milestone_status_sub_code import TrackingMilestoneStatusSubCode

_MODULES: dict[str, str] = {
    "BoundedInterval": ".bounded_interval",
    "CarrierTracking": ".carrier_tracking",
    "Error": ".error",
    "ErrorList": ".error_list",
    "GetShipmentTrackingResponse": ".get_shipment_tracking_response",
    "TrackingDetail": ".tracking_detail",
    "TrackingEstimate": ".tracking_estimate",
    "TrackingIdentifier": ".tracking_identifier",
    "TrackingMilestone": ".tracking_milestone",
    "TrackingMilestoneAddress": ".tracking_milestone_address",
    "TrackingMilestoneLocation": ".tracking_milestone_location",
    "TrackingMilestoneStatus": ".tracking_milestone_status",
    "TrackingMilestoneStatusCode": ".tracking_milestone_status_code",
    "TrackingMilestoneStatusSubCode": ".tracking_milestone_status_sub_code",
}

__all__ = (
    "BoundedInterval",
    "CarrierTracking",
    "Error",
    "ErrorList",
    "GetShipmentTrackingResponse",
    "TrackingDetail",
    "TrackingEstimate",
    "TrackingIdentifier",
    "TrackingMilestone",
    "TrackingMilestoneAddress",
    "TrackingMilestoneLocation",
    "TrackingMilestoneStatus",
    "TrackingMilestoneStatusCode",
    "TrackingMilestoneStatusSubCode",
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
