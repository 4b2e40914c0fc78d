"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .address import Address
    from .amazon_prep_fees_details import AmazonPrepFeesDetails
    from .amount import Amount
    from .asin_prep_instructions import ASINPrepInstructions
    from .barcode_instruction import BarcodeInstruction
    from .bill_of_lading_download_url import BillOfLadingDownloadURL
    from .box_contents_fee_details import BoxContentsFeeDetails
    from .box_contents_source import BoxContentsSource
    from .currency_code import CurrencyCode
    from .error import Error
    from .error_reason import ErrorReason
    from .get_bill_of_lading_response import GetBillOfLadingResponse
    from .get_labels_label_type import GetLabelsLabelType
    from .get_labels_page_type import GetLabelsPageType
    from .get_labels_response import GetLabelsResponse
    from .get_prep_instructions_response import GetPrepInstructionsResponse
    from .get_prep_instructions_result import GetPrepInstructionsResult
    from .get_shipment_items_query_type import GetShipmentItemsQueryType
    from .get_shipment_items_response import GetShipmentItemsResponse
    from .get_shipment_items_result import GetShipmentItemsResult
    from .get_shipments_query_type import GetShipmentsQueryType
    from .get_shipments_response import GetShipmentsResponse
    from .get_shipments_result import GetShipmentsResult
    from .get_shipments_shipment_status_list_item import (
        GetShipmentsShipmentStatusListItem,
    )
    from .inbound_shipment_info import InboundShipmentInfo
    from .inbound_shipment_item import InboundShipmentItem
    from .invalid_asin import InvalidASIN
    from .invalid_sku import InvalidSKU
    from .label_download_url import LabelDownloadURL
    from .label_prep_type import LabelPrepType
    from .prep_details import PrepDetails
    from .prep_guidance import PrepGuidance
    from .prep_instruction import PrepInstruction
    from .prep_owner import PrepOwner
    from .shipment_status import ShipmentStatus
    from .sku_prep_instructions import SKUPrepInstructions

_MODULES: dict[str, str] = {
    "Address": ".address",
    "AmazonPrepFeesDetails": ".amazon_prep_fees_details",
    "Amount": ".amount",
    "ASINPrepInstructions": ".asin_prep_instructions",
    "BarcodeInstruction": ".barcode_instruction",
    "BillOfLadingDownloadURL": ".bill_of_lading_download_url",
    "BoxContentsFeeDetails": ".box_contents_fee_details",
    "BoxContentsSource": ".box_contents_source",
    "CurrencyCode": ".currency_code",
    "Error": ".error",
    "ErrorReason": ".error_reason",
    "GetBillOfLadingResponse": ".get_bill_of_lading_response",
    "GetLabelsLabelType": ".get_labels_label_type",
    "GetLabelsPageType": ".get_labels_page_type",
    "GetLabelsResponse": ".get_labels_response",
    "GetPrepInstructionsResponse": ".get_prep_instructions_response",
    "GetPrepInstructionsResult": ".get_prep_instructions_result",
    "GetShipmentItemsQueryType": ".get_shipment_items_query_type",
    "GetShipmentItemsResponse": ".get_shipment_items_response",
    "GetShipmentItemsResult": ".get_shipment_items_result",
    "GetShipmentsQueryType": ".get_shipments_query_type",
    "GetShipmentsResponse": ".get_shipments_response",
    "GetShipmentsResult": ".get_shipments_result",
    "GetShipmentsShipmentStatusListItem": ".get_shipments_shipment_status_list_item",
    "InboundShipmentInfo": ".inbound_shipment_info",
    "InboundShipmentItem": ".inbound_shipment_item",
    "InvalidASIN": ".invalid_asin",
    "InvalidSKU": ".invalid_sku",
    "LabelDownloadURL": ".label_download_url",
    "LabelPrepType": ".label_prep_type",
    "PrepDetails": ".prep_details",
    "PrepGuidance": ".prep_guidance",
    "PrepInstruction": ".prep_instruction",
    "PrepOwner": ".prep_owner",
    "ShipmentStatus": ".shipment_status",
    "SKUPrepInstructions": ".sku_prep_instructions",
}

__all__ = (
    "ASINPrepInstructions",
    "Address",
    "AmazonPrepFeesDetails",
    "Amount",
    "BarcodeInstruction",
    "BillOfLadingDownloadURL",
    "BoxContentsFeeDetails",
    "BoxContentsSource",
    "CurrencyCode",
    "Error",
    "ErrorReason",
    "GetBillOfLadingResponse",
    "GetLabelsLabelType",
    "GetLabelsPageType",
    "GetLabelsResponse",
    "GetPrepInstructionsResponse",
    "GetPrepInstructionsResult",
    "GetShipmentItemsQueryType",
    "GetShipmentItemsResponse",
    "GetShipmentItemsResult",
    "GetShipmentsQueryType",
    "GetShipmentsResponse",
    "GetShipmentsResult",
    "GetShipmentsShipmentStatusListItem",
    "InboundShipmentInfo",
    "InboundShipmentItem",
    "InvalidASIN",
    "InvalidSKU",
    "LabelDownloadURL",
    "LabelPrepType",
    "PrepDetails",
    "PrepGuidance",
    "PrepInstruction",
    "PrepOwner",
    "SKUPrepInstructions",
    "ShipmentStatus",
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
