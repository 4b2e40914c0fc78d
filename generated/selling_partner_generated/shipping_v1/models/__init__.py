"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accepted_rate import AcceptedRate
    from .account import Account
    from .address import Address
    from .cancel_shipment_response import CancelShipmentResponse
    from .container import Container
    from .container_container_type import ContainerContainerType
    from .container_item import ContainerItem
    from .container_specification import ContainerSpecification
    from .create_shipment_request import CreateShipmentRequest
    from .create_shipment_response import CreateShipmentResponse
    from .create_shipment_result import CreateShipmentResult
    from .currency import Currency
    from .dimensions import Dimensions
    from .dimensions_unit import DimensionsUnit
    from .error import Error
    from .event import Event
    from .get_account_response import GetAccountResponse
    from .get_rates_request import GetRatesRequest
    from .get_rates_response import GetRatesResponse
    from .get_rates_result import GetRatesResult
    from .get_shipment_response import GetShipmentResponse
    from .get_tracking_information_response import GetTrackingInformationResponse
    from .label import Label
    from .label_result import LabelResult
    from .label_specification import LabelSpecification
    from .label_specification_label_format import LabelSpecificationLabelFormat
    from .label_specification_label_stock_size import LabelSpecificationLabelStockSize
    from .location import Location
    from .party import Party
    from .purchase_labels_request import PurchaseLabelsRequest
    from .purchase_labels_response import PurchaseLabelsResponse
    from .purchase_labels_result import PurchaseLabelsResult
    from .purchase_shipment_request import PurchaseShipmentRequest
    from .purchase_shipment_response import PurchaseShipmentResponse
    from .purchase_shipment_result import PurchaseShipmentResult
    from .rate import Rate
    from .retrieve_shipping_label_request import RetrieveShippingLabelRequest
    from .retrieve_shipping_label_response import RetrieveShippingLabelResponse
    from .retrieve_shipping_label_result import RetrieveShippingLabelResult
    from .service_rate import ServiceRate
    from .service_type import ServiceType
    from .shipment import Shipment
    from .shipping_promise_set import ShippingPromiseSet
    from .time_range import TimeRange
    from .tracking_information import TrackingInformation
    from .tracking_summary import TrackingSummary
    from .weight import Weight
    from .weight_unit import WeightUnit

_MODULES: dict[str, str] = {
    "AcceptedRate": ".accepted_rate",
    "Account": ".account",
    "Address": ".address",
    "CancelShipmentResponse": ".cancel_shipment_response",
    "Container": ".container",
    "ContainerContainerType": ".container_container_type",
    "ContainerItem": ".container_item",
    "ContainerSpecification": ".container_specification",
    "CreateShipmentRequest": ".create_shipment_request",
    "CreateShipmentResponse": ".create_shipment_response",
    "CreateShipmentResult": ".create_shipment_result",
    "Currency": ".currency",
    "Dimensions": ".dimensions",
    "DimensionsUnit": ".dimensions_unit",
    "Error": ".error",
    "Event": ".event",
    "GetAccountResponse": ".get_account_response",
    "GetRatesRequest": ".get_rates_request",
    "GetRatesResponse": ".get_rates_response",
    "GetRatesResult": ".get_rates_result",
    "GetShipmentResponse": ".get_shipment_response",
    "GetTrackingInformationResponse": ".get_tracking_information_response",
    "Label": ".label",
    "LabelResult": ".label_result",
    "LabelSpecification": ".label_specification",
    "LabelSpecificationLabelFormat": ".label_specification_label_format",
    "LabelSpecificationLabelStockSize": ".label_specification_label_stock_size",
    "Location": ".location",
    "Party": ".party",
    "PurchaseLabelsRequest": ".purchase_labels_request",
    "PurchaseLabelsResponse": ".purchase_labels_response",
    "PurchaseLabelsResult": ".purchase_labels_result",
    "PurchaseShipmentRequest": ".purchase_shipment_request",
    "PurchaseShipmentResponse": ".purchase_shipment_response",
    "PurchaseShipmentResult": ".purchase_shipment_result",
    "Rate": ".rate",
    "RetrieveShippingLabelRequest": ".retrieve_shipping_label_request",
    "RetrieveShippingLabelResponse": ".retrieve_shipping_label_response",
    "RetrieveShippingLabelResult": ".retrieve_shipping_label_result",
    "ServiceRate": ".service_rate",
    "ServiceType": ".service_type",
    "Shipment": ".shipment",
    "ShippingPromiseSet": ".shipping_promise_set",
    "TimeRange": ".time_range",
    "TrackingInformation": ".tracking_information",
    "TrackingSummary": ".tracking_summary",
    "Weight": ".weight",
    "WeightUnit": ".weight_unit",
}

__all__ = (
    "AcceptedRate",
    "Account",
    "Address",
    "CancelShipmentResponse",
    "Container",
    "ContainerContainerType",
    "ContainerItem",
    "ContainerSpecification",
    "CreateShipmentRequest",
    "CreateShipmentResponse",
    "CreateShipmentResult",
    "Currency",
    "Dimensions",
    "DimensionsUnit",
    "Error",
    "Event",
    "GetAccountResponse",
    "GetRatesRequest",
    "GetRatesResponse",
    "GetRatesResult",
    "GetShipmentResponse",
    "GetTrackingInformationResponse",
    "Label",
    "LabelResult",
    "LabelSpecification",
    "LabelSpecificationLabelFormat",
    "LabelSpecificationLabelStockSize",
    "Location",
    "Party",
    "PurchaseLabelsRequest",
    "PurchaseLabelsResponse",
    "PurchaseLabelsResult",
    "PurchaseShipmentRequest",
    "PurchaseShipmentResponse",
    "PurchaseShipmentResult",
    "Rate",
    "RetrieveShippingLabelRequest",
    "RetrieveShippingLabelResponse",
    "RetrieveShippingLabelResult",
    "ServiceRate",
    "ServiceType",
    "Shipment",
    "ShippingPromiseSet",
    "TimeRange",
    "TrackingInformation",
    "TrackingSummary",
    "Weight",
    "WeightUnit",
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
