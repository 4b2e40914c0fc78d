"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .address import Address
    from .address_with_contact import AddressWithContact
    from .contact_details import ContactDetails
    from .contact_details_primary import ContactDetailsPrimary
    from .create_supply_source_request import CreateSupplySourceRequest
    from .create_supply_source_response import CreateSupplySourceResponse
    from .curbside_pickup_configuration import CurbsidePickupConfiguration
    from .delivery_channel import DeliveryChannel
    from .duration import Duration
    from .error import Error
    from .error_list import ErrorList
    from .get_supply_sources_response import GetSupplySourcesResponse
    from .in_store_pickup_configuration import InStorePickupConfiguration
    from .operating_hour import OperatingHour
    from .operating_hours_by_day import OperatingHoursByDay
    from .operational_configuration import OperationalConfiguration
    from .outbound_capability import OutboundCapability
    from .parking_configuration import ParkingConfiguration
    from .parking_cost_type import ParkingCostType
    from .parking_spot_identification_type import ParkingSpotIdentificationType
    from .parking_with_address_configuration import ParkingWithAddressConfiguration
    from .pickup_channel import PickupChannel
    from .return_location import ReturnLocation
    from .services_capability import ServicesCapability
    from .supply_source import SupplySource
    from .supply_source_capabilities import SupplySourceCapabilities
    from .supply_source_configuration import SupplySourceConfiguration
    from .supply_source_list_item import SupplySourceListItem
    from .supply_source_status import SupplySourceStatus
    from .supply_source_status_read_only import SupplySourceStatusReadOnly
    from .throughput_cap import ThroughputCap
    from .throughput_config import ThroughputConfig
    from .throughput_unit import ThroughputUnit
    from .time_unit import TimeUnit
    from .update_supply_source_request import UpdateSupplySourceRequest
    from .update_supply_source_status_request import UpdateSupplySourceStatusRequest

_MODULES: dict[str, str] = {
    "Address": ".address",
    "AddressWithContact": ".address_with_contact",
    "ContactDetails": ".contact_details",
    "ContactDetailsPrimary": ".contact_details_primary",
    "CreateSupplySourceRequest": ".create_supply_source_request",
    "CreateSupplySourceResponse": ".create_supply_source_response",
    "CurbsidePickupConfiguration": ".curbside_pickup_configuration",
    "DeliveryChannel": ".delivery_channel",
    "Duration": ".duration",
    "Error": ".error",
    "ErrorList": ".error_list",
    "GetSupplySourcesResponse": ".get_supply_sources_response",
    "InStorePickupConfiguration": ".in_store_pickup_configuration",
    "OperatingHour": ".operating_hour",
    "OperatingHoursByDay": ".operating_hours_by_day",
    "OperationalConfiguration": ".operational_configuration",
    "OutboundCapability": ".outbound_capability",
    "ParkingConfiguration": ".parking_configuration",
    "ParkingCostType": ".parking_cost_type",
    "ParkingSpotIdentificationType": ".parking_spot_identification_type",
    "ParkingWithAddressConfiguration": ".parking_with_address_configuration",
    "PickupChannel": ".pickup_channel",
    "ReturnLocation": ".return_location",
    "ServicesCapability": ".services_capability",
    "SupplySource": ".supply_source",
    "SupplySourceCapabilities": ".supply_source_capabilities",
    "SupplySourceConfiguration": ".supply_source_configuration",
    "SupplySourceListItem": ".supply_source_list_item",
    "SupplySourceStatus": ".supply_source_status",
    "SupplySourceStatusReadOnly": ".supply_source_status_read_only",
    "ThroughputCap": ".throughput_cap",
    "ThroughputConfig": ".throughput_config",
    "ThroughputUnit": ".throughput_unit",
    "TimeUnit": ".time_unit",
    "UpdateSupplySourceRequest": ".update_supply_source_request",
    "UpdateSupplySourceStatusRequest": ".update_supply_source_status_request",
}

__all__ = (
    "Address",
    "AddressWithContact",
    "ContactDetails",
    "ContactDetailsPrimary",
    "CreateSupplySourceRequest",
    "CreateSupplySourceResponse",
    "CurbsidePickupConfiguration",
    "DeliveryChannel",
    "Duration",
    "Error",
    "ErrorList",
    "GetSupplySourcesResponse",
    "InStorePickupConfiguration",
    "OperatingHour",
    "OperatingHoursByDay",
    "OperationalConfiguration",
    "OutboundCapability",
    "ParkingConfiguration",
    "ParkingCostType",
    "ParkingSpotIdentificationType",
    "ParkingWithAddressConfiguration",
    "PickupChannel",
    "ReturnLocation",
    "ServicesCapability",
    "SupplySource",
    "SupplySourceCapabilities",
    "SupplySourceConfiguration",
    "SupplySourceListItem",
    "SupplySourceStatus",
    "SupplySourceStatusReadOnly",
    "ThroughputCap",
    "ThroughputConfig",
    "ThroughputUnit",
    "TimeUnit",
    "UpdateSupplySourceRequest",
    "UpdateSupplySourceStatusRequest",
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
