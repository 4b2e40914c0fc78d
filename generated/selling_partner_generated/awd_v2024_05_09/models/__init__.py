"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .address import Address
    from .carrier_code import CarrierCode
    from .carrier_code_type import CarrierCodeType
    from .confirmation_mode import ConfirmationMode
    from .destination_details import DestinationDetails
    from .dimension_unit_of_measurement import DimensionUnitOfMeasurement
    from .distribution_ineligible_reason import DistributionIneligibleReason
    from .distribution_package import DistributionPackage
    from .distribution_package_contents import DistributionPackageContents
    from .distribution_package_quantity import DistributionPackageQuantity
    from .distribution_package_type import DistributionPackageType
    from .distribution_product import DistributionProduct
    from .error import Error
    from .error_list import ErrorList
    from .expiration_details import ExpirationDetails
    from .format_type import FormatType
    from .get_inbound_shipment_labels_format_type import (
        GetInboundShipmentLabelsFormatType,
    )
    from .get_inbound_shipment_labels_page_type import GetInboundShipmentLabelsPageType
    from .get_inbound_shipment_sku_quantities import GetInboundShipmentSkuQuantities
    from .inbound_eligibility import InboundEligibility
    from .inbound_eligibility_status import InboundEligibilityStatus
    from .inbound_order import InboundOrder
    from .inbound_order_creation_data import InboundOrderCreationData
    from .inbound_order_reference import InboundOrderReference
    from .inbound_packages import InboundPackages
    from .inbound_preferences import InboundPreferences
    from .inbound_shipment import InboundShipment
    from .inbound_shipment_status import InboundShipmentStatus
    from .inbound_shipment_summary import InboundShipmentSummary
    from .inbound_status import InboundStatus
    from .inventory_details import InventoryDetails
    from .inventory_details_visibility import InventoryDetailsVisibility
    from .inventory_listing import InventoryListing
    from .inventory_quantity import InventoryQuantity
    from .inventory_summary import InventorySummary
    from .inventory_unit_of_measurement import InventoryUnitOfMeasurement
    from .label_owner import LabelOwner
    from .label_status import LabelStatus
    from .list_inbound_shipments_shipment_status import (
        ListInboundShipmentsShipmentStatus,
    )
    from .list_inbound_shipments_sort_by import ListInboundShipmentsSortBy
    from .list_inbound_shipments_sort_order import ListInboundShipmentsSortOrder
    from .list_inventory_details import ListInventoryDetails
    from .list_inventory_sort_order import ListInventorySortOrder
    from .list_outbounds_sort_order import ListOutboundsSortOrder
    from .list_replenishment_orders_sort_order import ListReplenishmentOrdersSortOrder
    from .measurement_data import MeasurementData
    from .order_attribute import OrderAttribute
    from .order_ineligibility_reason import OrderIneligibilityReason
    from .order_preference import OrderPreference
    from .order_preference_value import OrderPreferenceValue
    from .outbound_execution_error import OutboundExecutionError
    from .outbound_listing import OutboundListing
    from .outbound_order import OutboundOrder
    from .outbound_order_creation_data import OutboundOrderCreationData
    from .outbound_order_reference import OutboundOrderReference
    from .outbound_shipment import OutboundShipment
    from .outbound_shipment_status import OutboundShipmentStatus
    from .outbound_shipment_summary import OutboundShipmentSummary
    from .outbound_status import OutboundStatus
    from .package_dimensions import PackageDimensions
    from .package_volume import PackageVolume
    from .package_weight import PackageWeight
    from .page_type import PageType
    from .prep_category import PrepCategory
    from .prep_details import PrepDetails
    from .prep_instruction import PrepInstruction
    from .prep_owner import PrepOwner
    from .product_attribute import ProductAttribute
    from .product_quantity import ProductQuantity
    from .replenishment_order import ReplenishmentOrder
    from .replenishment_order_creation_data import ReplenishmentOrderCreationData
    from .replenishment_order_listing import ReplenishmentOrderListing
    from .replenishment_order_reference import ReplenishmentOrderReference
    from .replenishment_order_status import ReplenishmentOrderStatus
    from .replenishment_preferences import ReplenishmentPreferences
    from .shipment_label_page_types import ShipmentLabelPageTypes
    from .shipment_labels import ShipmentLabels
    from .shipment_listing import ShipmentListing
    from .shipment_sortable_field import ShipmentSortableField
    from .sku_eligibility import SkuEligibility
    from .sku_ineligibility_reason import SkuIneligibilityReason
    from .sku_quantities_visibility import SkuQuantitiesVisibility
    from .sku_quantity import SkuQuantity
    from .sort_order import SortOrder
    from .tracking_details import TrackingDetails
    from .transportation_details import TransportationDetails
    from .volume_unit_of_measurement import VolumeUnitOfMeasurement
    from .weight_unit_of_measurement import WeightUnitOfMeasurement

_MODULES: dict[str, str] = {
    "Address": ".address",
    "CarrierCode": ".carrier_code",
    "CarrierCodeType": ".carrier_code_type",
    "ConfirmationMode": ".confirmation_mode",
    "DestinationDetails": ".destination_details",
    "DimensionUnitOfMeasurement": ".dimension_unit_of_measurement",
    "DistributionIneligibleReason": ".distribution_ineligible_reason",
    "DistributionPackage": ".distribution_package",
    "DistributionPackageContents": ".distribution_package_contents",
    "DistributionPackageQuantity": ".distribution_package_quantity",
    "DistributionPackageType": ".distribution_package_type",
    "DistributionProduct": ".distribution_product",
    "Error": ".error",
    "ErrorList": ".error_list",
    "ExpirationDetails": ".expiration_details",
    "FormatType": ".format_type",
    "GetInboundShipmentLabelsFormatType": ".get_inbound_shipment_labels_format_type",
    "GetInboundShipmentLabelsPageType": ".get_inbound_shipment_labels_page_type",
    "GetInboundShipmentSkuQuantities": ".get_inbound_shipment_sku_quantities",
    "InboundEligibility": ".inbound_eligibility",
    "InboundEligibilityStatus": ".inbound_eligibility_status",
    "InboundOrder": ".inbound_order",
    "InboundOrderCreationData": ".inbound_order_creation_data",
    "InboundOrderReference": ".inbound_order_reference",
    "InboundPackages": ".inbound_packages",
    "InboundPreferences": ".inbound_preferences",
    "InboundShipment": ".inbound_shipment",
    "InboundShipmentStatus": ".inbound_shipment_status",
    "InboundShipmentSummary": ".inbound_shipment_summary",
    "InboundStatus": ".inbound_status",
    "InventoryDetails": ".inventory_details",
    "InventoryDetailsVisibility": ".inventory_details_visibility",
    "InventoryListing": ".inventory_listing",
    "InventoryQuantity": ".inventory_quantity",
    "InventorySummary": ".inventory_summary",
    "InventoryUnitOfMeasurement": ".inventory_unit_of_measurement",
    "LabelOwner": ".label_owner",
    "LabelStatus": ".label_status",
    "ListInboundShipmentsShipmentStatus": ".list_inbound_shipments_shipment_status",
    "ListInboundShipmentsSortBy": ".list_inbound_shipments_sort_by",
    "ListInboundShipmentsSortOrder": ".list_inbound_shipments_sort_order",
    "ListInventoryDetails": ".list_inventory_details",
    "ListInventorySortOrder": ".list_inventory_sort_order",
    "ListOutboundsSortOrder": ".list_outbounds_sort_order",
    "ListReplenishmentOrdersSortOrder": ".list_replenishment_orders_sort_order",
    "MeasurementData": ".measurement_data",
    "OrderAttribute": ".order_attribute",
    "OrderIneligibilityReason": ".order_ineligibility_reason",
    "OrderPreference": ".order_preference",
    "OrderPreferenceValue": ".order_preference_value",
    "OutboundExecutionError": ".outbound_execution_error",
    "OutboundListing": ".outbound_listing",
    "OutboundOrder": ".outbound_order",
    "OutboundOrderCreationData": ".outbound_order_creation_data",
    "OutboundOrderReference": ".outbound_order_reference",
    "OutboundShipment": ".outbound_shipment",
    "OutboundShipmentStatus": ".outbound_shipment_status",
    "OutboundShipmentSummary": ".outbound_shipment_summary",
    "OutboundStatus": ".outbound_status",
    "PackageDimensions": ".package_dimensions",
    "PackageVolume": ".package_volume",
    "PackageWeight": ".package_weight",
    "PageType": ".page_type",
    "PrepCategory": ".prep_category",
    "PrepDetails": ".prep_details",
    "PrepInstruction": ".prep_instruction",
    "PrepOwner": ".prep_owner",
    "ProductAttribute": ".product_attribute",
    "ProductQuantity": ".product_quantity",
    "ReplenishmentOrder": ".replenishment_order",
    "ReplenishmentOrderCreationData": ".replenishment_order_creation_data",
    "ReplenishmentOrderListing": ".replenishment_order_listing",
    "ReplenishmentOrderReference": ".replenishment_order_reference",
    "ReplenishmentOrderStatus": ".replenishment_order_status",
    "ReplenishmentPreferences": ".replenishment_preferences",
    "ShipmentLabelPageTypes": ".shipment_label_page_types",
    "ShipmentLabels": ".shipment_labels",
    "ShipmentListing": ".shipment_listing",
    "ShipmentSortableField": ".shipment_sortable_field",
    "SkuEligibility": ".sku_eligibility",
    "SkuIneligibilityReason": ".sku_ineligibility_reason",
    "SkuQuantitiesVisibility": ".sku_quantities_visibility",
    "SkuQuantity": ".sku_quantity",
    "SortOrder": ".sort_order",
    "TrackingDetails": ".tracking_details",
    "TransportationDetails": ".transportation_details",
    "VolumeUnitOfMeasurement": ".volume_unit_of_measurement",
    "WeightUnitOfMeasurement": ".weight_unit_of_measurement",
}

__all__ = (
    "Address",
    "CarrierCode",
    "CarrierCodeType",
    "ConfirmationMode",
    "DestinationDetails",
    "DimensionUnitOfMeasurement",
    "DistributionIneligibleReason",
    "DistributionPackage",
    "DistributionPackageContents",
    "DistributionPackageQuantity",
    "DistributionPackageType",
    "DistributionProduct",
    "Error",
    "ErrorList",
    "ExpirationDetails",
    "FormatType",
    "GetInboundShipmentLabelsFormatType",
    "GetInboundShipmentLabelsPageType",
    "GetInboundShipmentSkuQuantities",
    "InboundEligibility",
    "InboundEligibilityStatus",
    "InboundOrder",
    "InboundOrderCreationData",
    "InboundOrderReference",
    "InboundPackages",
    "InboundPreferences",
    "InboundShipment",
    "InboundShipmentStatus",
    "InboundShipmentSummary",
    "InboundStatus",
    "InventoryDetails",
    "InventoryDetailsVisibility",
    "InventoryListing",
    "InventoryQuantity",
    "InventorySummary",
    "InventoryUnitOfMeasurement",
    "LabelOwner",
    "LabelStatus",
    "ListInboundShipmentsShipmentStatus",
    "ListInboundShipmentsSortBy",
    "ListInboundShipmentsSortOrder",
    "ListInventoryDetails",
    "ListInventorySortOrder",
    "ListOutboundsSortOrder",
    "ListReplenishmentOrdersSortOrder",
    "MeasurementData",
    "OrderAttribute",
    "OrderIneligibilityReason",
    "OrderPreference",
    "OrderPreferenceValue",
    "OutboundExecutionError",
    "OutboundListing",
    "OutboundOrder",
    "OutboundOrderCreationData",
    "OutboundOrderReference",
    "OutboundShipment",
    "OutboundShipmentStatus",
    "OutboundShipmentSummary",
    "OutboundStatus",
    "PackageDimensions",
    "PackageVolume",
    "PackageWeight",
    "PageType",
    "PrepCategory",
    "PrepDetails",
    "PrepInstruction",
    "PrepOwner",
    "ProductAttribute",
    "ProductQuantity",
    "ReplenishmentOrder",
    "ReplenishmentOrderCreationData",
    "ReplenishmentOrderListing",
    "ReplenishmentOrderReference",
    "ReplenishmentOrderStatus",
    "ReplenishmentPreferences",
    "ShipmentLabelPageTypes",
    "ShipmentLabels",
    "ShipmentListing",
    "ShipmentSortableField",
    "SkuEligibility",
    "SkuIneligibilityReason",
    "SkuQuantitiesVisibility",
    "SkuQuantity",
    "SortOrder",
    "TrackingDetails",
    "TransportationDetails",
    "VolumeUnitOfMeasurement",
    "WeightUnitOfMeasurement",
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
