"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error import Error
    from .get_order_metrics_amazon_program import GetOrderMetricsAmazonProgram
    from .get_order_metrics_buyer_type import GetOrderMetricsBuyerType
    from .get_order_metrics_first_day_of_week import GetOrderMetricsFirstDayOfWeek
    from .get_order_metrics_granularity import GetOrderMetricsGranularity
    from .get_order_metrics_response import GetOrderMetricsResponse
    from .money import Money
    from .order_metrics_interval import OrderMetricsInterval

_MODULES: dict[str, str] = {
    "Error": ".error",
    "GetOrderMetricsAmazonProgram": ".get_order_metrics_amazon_program",
    "GetOrderMetricsBuyerType": ".get_order_metrics_buyer_type",
    "GetOrderMetricsFirstDayOfWeek": ".get_order_metrics_first_day_of_week",
    "GetOrderMetricsGranularity": ".get_order_metrics_granularity",
    "GetOrderMetricsResponse": ".get_order_metrics_response",
    "Money": ".money",
    "OrderMetricsInterval": ".order_metrics_interval",
}

__all__ = (
    "Error",
    "GetOrderMetricsAmazonProgram",
    "GetOrderMetricsBuyerType",
    "GetOrderMetricsFirstDayOfWeek",
    "GetOrderMetricsGranularity",
    "GetOrderMetricsResponse",
    "Money",
    "OrderMetricsInterval",
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
