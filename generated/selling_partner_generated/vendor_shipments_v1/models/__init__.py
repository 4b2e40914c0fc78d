"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .address import Address
    from .carrier_details import CarrierDetails
    from .carton import Carton
    from .carton_reference_details import CartonReferenceDetails
    from .collect_freight_pickup_details import CollectFreightPickupDetails
    from .container_identification import ContainerIdentification
    from .container_identification_container_identification_type import (
        ContainerIdentificationContainerIdentificationType,
    )
    from .container_item import ContainerItem
    from .container_sequence_numbers import ContainerSequenceNumbers
    from .containers import Containers
    from .containers_container_type import ContainersContainerType
    from .dimensions import Dimensions
    from .dimensions_unit_of_measure import DimensionsUnitOfMeasure
    from .duration import Duration
    from .duration_duration_unit import DurationDurationUnit
    from .error import Error
    from .expiry import Expiry
    from .get_shipment_details_response import GetShipmentDetailsResponse
    from .get_shipment_details_sort_order import GetShipmentDetailsSortOrder
    from .get_shipment_labels import GetShipmentLabels
    from .get_shipment_labels_sort_order import GetShipmentLabelsSortOrder
    from .import_details import ImportDetails
    from .import_details_handling_instructions import ImportDetailsHandlingInstructions
    from .import_details_method_of_payment import ImportDetailsMethodOfPayment
    from .inner_containers_details import InnerContainersDetails
    from .item import Item
    from .item_details import ItemDetails
    from .item_details_handling_code import ItemDetailsHandlingCode
    from .item_details_lot_number_source_type import ItemDetailsLotNumberSourceType
    from .item_quantity import ItemQuantity
    from .item_quantity_unit_of_measure import ItemQuantityUnitOfMeasure
    from .label_data import LabelData
    from .label_data_label_format import LabelDataLabelFormat
    from .location import Location
    from .money import Money
    from .package_item_details import PackageItemDetails
    from .packed_items import PackedItems
    from .pagination import Pagination
    from .pallet import Pallet
    from .party_identification import PartyIdentification
    from .purchase_order_items import PurchaseOrderItems
    from .purchase_orders import PurchaseOrders
    from .regulation_references import RegulationReferences
    from .route import Route
    from .shipment import Shipment
    from .shipment_confirmation import ShipmentConfirmation
    from .shipment_confirmation_shipment_confirmation_type import (
        ShipmentConfirmationShipmentConfirmationType,
    )
    from .shipment_confirmation_shipment_structure import (
        ShipmentConfirmationShipmentStructure,
    )
    from .shipment_confirmation_shipment_type import ShipmentConfirmationShipmentType
    from .shipment_current_shipment_status import ShipmentCurrentShipmentStatus
    from .shipment_details import ShipmentDetails
    from .shipment_information import ShipmentInformation
    from .shipment_information_ship_mode import ShipmentInformationShipMode
    from .shipment_measurements import ShipmentMeasurements
    from .shipment_shipment_freight_term import ShipmentShipmentFreightTerm
    from .shipment_status_details import ShipmentStatusDetails
    from .shipment_status_details_shipment_status import (
        ShipmentStatusDetailsShipmentStatus,
    )
    from .shipment_transaction_type import ShipmentTransactionType
    from .stop import Stop
    from .stop_function_code import StopFunctionCode
    from .submit_shipment_confirmations_request import (
        SubmitShipmentConfirmationsRequest,
    )
    from .submit_shipment_confirmations_response import (
        SubmitShipmentConfirmationsResponse,
    )
    from .submit_shipments import SubmitShipments
    from .tax_registration_details import TaxRegistrationDetails
    from .tax_registration_details_tax_registration_type import (
        TaxRegistrationDetailsTaxRegistrationType,
    )
    from .total_weight import TotalWeight
    from .total_weight_unit_of_measure import TotalWeightUnitOfMeasure
    from .transaction_reference import TransactionReference
    from .transport_label import TransportLabel
    from .transport_shipment_measurements import TransportShipmentMeasurements
    from .transportation_details import TransportationDetails
    from .transportation_details_for_shipment_confirmation import (
        TransportationDetailsForShipmentConfirmation,
    )
    from .transportation_details_for_shipment_confirmation_transportation_mode import (
        TransportationDetailsForShipmentConfirmationTransportationMode,
    )
    from .transportation_details_ship_mode import TransportationDetailsShipMode
    from .transportation_details_transportation_mode import (
        TransportationDetailsTransportationMode,
    )
    from .transportation_labels import TransportationLabels
    from .vendor_details import VendorDetails
    from .volume import Volume
    from .volume_unit_of_measure import VolumeUnitOfMeasure
    from .weight import Weight
    from .weight_unit_of_measure import WeightUnitOfMeasure

_MODULES: dict[str, str] = {
    "Address": ".address",
    "CarrierDetails": ".carrier_details",
    "Carton": ".carton",
    "CartonReferenceDetails": ".carton_reference_details",
    "CollectFreightPickupDetails": ".collect_freight_pickup_details",
    "ContainerIdentification": ".container_identification",
    "ContainerIdentificationContainerIdentificationType": ".container_identification_container_identification_type",
    "ContainerItem": ".container_item",
    "ContainerSequenceNumbers": ".container_sequence_numbers",
    "Containers": ".containers",
    "ContainersContainerType": ".containers_container_type",
    "Dimensions": ".dimensions",
    "DimensionsUnitOfMeasure": ".dimensions_unit_of_measure",
    "Duration": ".duration",
    "DurationDurationUnit": ".duration_duration_unit",
    "Error": ".error",
    "Expiry": ".expiry",
    "GetShipmentDetailsResponse": ".get_shipment_details_response",
    "GetShipmentDetailsSortOrder": ".get_shipment_details_sort_order",
    "GetShipmentLabels": ".get_shipment_labels",
    "GetShipmentLabelsSortOrder": ".get_shipment_labels_sort_order",
    "ImportDetails": ".import_details",
    "ImportDetailsHandlingInstructions": ".import_details_handling_instructions",
    "ImportDetailsMethodOfPayment": ".import_details_method_of_payment",
    "InnerContainersDetails": ".inner_containers_details",
    "Item": ".item",
    "ItemDetails": ".item_details",
    "ItemDetailsHandlingCode": ".item_details_handling_code",
    "ItemDetailsLotNumberSourceType": ".item_details_lot_number_source_type",
    "ItemQuantity": ".item_quantity",
    "ItemQuantityUnitOfMeasure": ".item_quantity_unit_of_measure",
    "LabelData": ".label_data",
    "LabelDataLabelFormat": ".label_data_label_format",
    "Location": ".location",
    "Money": ".money",
    "PackageItemDetails": ".package_item_details",
    "PackedItems": ".packed_items",
    "Pagination": ".pagination",
    "Pallet": ".pallet",
    "PartyIdentification": ".party_identification",
    "PurchaseOrderItems": ".purchase_order_items",
    "PurchaseOrders": ".purchase_orders",
    "RegulationReferences": ".regulation_references",
    "Route": ".route",
    "Shipment": ".shipment",
    "ShipmentConfirmation": ".shipment_confirmation",
    "ShipmentConfirmationShipmentConfirmationType": ".shipment_confirmation_shipment_confirmation_type",
    "ShipmentConfirmationShipmentStructure": ".shipment_confirmation_shipment_structure",
    "ShipmentConfirmationShipmentType": ".shipment_confirmation_shipment_type",
    "ShipmentCurrentShipmentStatus": ".shipment_current_shipment_status",
    "ShipmentDetails": ".shipment_details",
    "ShipmentInformation": ".shipment_information",
    "ShipmentInformationShipMode": ".shipment_information_ship_mode",
    "ShipmentMeasurements": ".shipment_measurements",
    "ShipmentShipmentFreightTerm": ".shipment_shipment_freight_term",
    "ShipmentStatusDetails": ".shipment_status_details",
    "ShipmentStatusDetailsShipmentStatus": ".shipment_status_details_shipment_status",
    "ShipmentTransactionType": ".shipment_transaction_type",
    "Stop": ".stop",
    "StopFunctionCode": ".stop_function_code",
    "SubmitShipmentConfirmationsRequest": ".submit_shipment_confirmations_request",
    "SubmitShipmentConfirmationsResponse": ".submit_shipment_confirmations_response",
    "SubmitShipments": ".submit_shipments",
    "TaxRegistrationDetails": ".tax_registration_details",
    "TaxRegistrationDetailsTaxRegistrationType": ".tax_registration_details_tax_registration_type",
    "TotalWeight": ".total_weight",
    "TotalWeightUnitOfMeasure": ".total_weight_unit_of_measure",
    "TransactionReference": ".transaction_reference",
    "TransportLabel": ".transport_label",
    "TransportShipmentMeasurements": ".transport_shipment_measurements",
    "TransportationDetails": ".transportation_details",
    "TransportationDetailsForShipmentConfirmation": ".transportation_details_for_shipment_confirmation",
    "TransportationDetailsForShipmentConfirmationTransportationMode": ".transportation_details_for_shipment_confirmation_transportation_mode",
    "TransportationDetailsShipMode": ".transportation_details_ship_mode",
    "TransportationDetailsTransportationMode": ".transportation_details_transportation_mode",
    "TransportationLabels": ".transportation_labels",
    "VendorDetails": ".vendor_details",
    "Volume": ".volume",
    "VolumeUnitOfMeasure": ".volume_unit_of_measure",
    "Weight": ".weight",
    "WeightUnitOfMeasure": ".weight_unit_of_measure",
}

__all__ = (
    "Address",
    "CarrierDetails",
    "Carton",
    "CartonReferenceDetails",
    "CollectFreightPickupDetails",
    "ContainerIdentification",
    "ContainerIdentificationContainerIdentificationType",
    "ContainerItem",
    "ContainerSequenceNumbers",
    "Containers",
    "ContainersContainerType",
    "Dimensions",
    "DimensionsUnitOfMeasure",
    "Duration",
    "DurationDurationUnit",
    "Error",
    "Expiry",
    "GetShipmentDetailsResponse",
    "GetShipmentDetailsSortOrder",
    "GetShipmentLabels",
    "GetShipmentLabelsSortOrder",
    "ImportDetails",
    "ImportDetailsHandlingInstructions",
    "ImportDetailsMethodOfPayment",
    "InnerContainersDetails",
    "Item",
    "ItemDetails",
    "ItemDetailsHandlingCode",
    "ItemDetailsLotNumberSourceType",
    "ItemQuantity",
    "ItemQuantityUnitOfMeasure",
    "LabelData",
    "LabelDataLabelFormat",
    "Location",
    "Money",
    "PackageItemDetails",
    "PackedItems",
    "Pagination",
    "Pallet",
    "PartyIdentification",
    "PurchaseOrderItems",
    "PurchaseOrders",
    "RegulationReferences",
    "Route",
    "Shipment",
    "ShipmentConfirmation",
    "ShipmentConfirmationShipmentConfirmationType",
    "ShipmentConfirmationShipmentStructure",
    "ShipmentConfirmationShipmentType",
    "ShipmentCurrentShipmentStatus",
    "ShipmentDetails",
    "ShipmentInformation",
    "ShipmentInformationShipMode",
    "ShipmentMeasurements",
    "ShipmentShipmentFreightTerm",
    "ShipmentStatusDetails",
    "ShipmentStatusDetailsShipmentStatus",
    "ShipmentTransactionType",
    "Stop",
    "StopFunctionCode",
    "SubmitShipmentConfirmationsRequest",
    "SubmitShipmentConfirmationsResponse",
    "SubmitShipments",
    "TaxRegistrationDetails",
    "TaxRegistrationDetailsTaxRegistrationType",
    "TotalWeight",
    "TotalWeightUnitOfMeasure",
    "TransactionReference",
    "TransportLabel",
    "TransportShipmentMeasurements",
    "TransportationDetails",
    "TransportationDetailsForShipmentConfirmation",
    "TransportationDetailsForShipmentConfirmationTransportationMode",
    "TransportationDetailsShipMode",
    "TransportationDetailsTransportationMode",
    "TransportationLabels",
    "VendorDetails",
    "Volume",
    "VolumeUnitOfMeasure",
    "Weight",
    "WeightUnitOfMeasure",
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
