"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .engine_output import EngineOutput
    from .engine_output_unit import EngineOutputUnit
    from .error import Error
    from .error_list import ErrorList
    from .get_vehicles_vehicle_type import GetVehiclesVehicleType
    from .month_and_year import MonthAndYear
    from .pagination import Pagination
    from .vehicle import Vehicle
    from .vehicle_identifiers import VehicleIdentifiers
    from .vehicle_standard import VehicleStandard
    from .vehicle_status_in_catalog import VehicleStatusInCatalog
    from .vehicles_response import VehiclesResponse

_MODULES: dict[str, str] = {
    "EngineOutput": ".engine_output",
    "EngineOutputUnit": ".engine_output_unit",
    "Error": ".error",
    "ErrorList": ".error_list",
    "GetVehiclesVehicleType": ".get_vehicles_vehicle_type",
    "MonthAndYear": ".month_and_year",
    "Pagination": ".pagination",
    "Vehicle": ".vehicle",
    "VehicleIdentifiers": ".vehicle_identifiers",
    "VehicleStandard": ".vehicle_standard",
    "VehicleStatusInCatalog": ".vehicle_status_in_catalog",
    "VehiclesResponse": ".vehicles_response",
}

__all__ = (
    "EngineOutput",
    "EngineOutputUnit",
    "Error",
    "ErrorList",
    "GetVehiclesVehicleType",
    "MonthAndYear",
    "Pagination",
    "Vehicle",
    "VehicleIdentifiers",
    "VehicleStandard",
    "VehicleStatusInCatalog",
    "VehiclesResponse",
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
