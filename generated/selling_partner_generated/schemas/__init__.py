"""Typed models of Amazon's JSON Schemas (scripts/schema_models.py); do not edit.

NOTIFICATIONS: ``<NotificationType>@<PayloadVersion or *>`` -> import path of the
root model. FEED_REPORTS: schema package -> root model. FEED_SCHEMAS: schema
package -> the JSON Schema (no prose), for run-time checks.
"""

from typing import Any

NOTIFICATIONS: dict[str, str] = {
    "ANY_OFFER_CHANGED@*": "selling_partner_generated.schemas.any_offer_changed_notification.models.AnyOfferChangedNotification",
    "B2B_ANY_OFFER_CHANGED@*": "selling_partner_generated.schemas.b2b_any_offer_changed_notification.models.NotificationResponse",
    "BRANDED_ITEM_CONTENT_CHANGE@*": "selling_partner_generated.schemas.branded_item_content_change_notification.models.BrandedItemContentChangeNotification",
    "DATA_KIOSK_QUERY_PROCESSING_FINISHED@*": "selling_partner_generated.schemas.data_kiosk_query_processing_finished_notification.models.DataKioskQueryProcessingFinishedNotification",
    "DETAIL_PAGE_TRAFFIC_EVENT@*": "selling_partner_generated.schemas.detail_page_traffic_event_notification.models.DetailPageTrafficEventNotification",
    "FBA_INVENTORY_AVAILABILITY_CHANGES@*": "selling_partner_generated.schemas.fba_inventory_availability_change_notification.models.FbaInventoryAvailabilityChangeNotification",
    "FBA_OUTBOUND_SHIPMENT_STATUS@*": "selling_partner_generated.schemas.fba_outbound_shipment_status_notification.models.FbaOutboundShipmentStatusNotification",
    "FEED_PROCESSING_FINISHED@*": "selling_partner_generated.schemas.feed_processing_finished_notification.models.FeedProcessingFinishedNotification",
    "FEE_PROMOTION@*": "selling_partner_generated.schemas.fee_promotion_notification.models.FeePromotionNotification",
    "FULFILLMENT_ORDER_STATUS@*": "selling_partner_generated.schemas.fulfillment_order_status_notification.models.FulfillmentOrderStatusNotification",
    "ITEM_INVENTORY_EVENT_CHANGE@*": "selling_partner_generated.schemas.item_inventory_event_change_notification.models.ItemInventoryEventChangeNotification",
    "ITEM_PRODUCT_TYPE_CHANGE@*": "selling_partner_generated.schemas.item_product_type_change_notification.models.ItemProductTypeChangeNotification",
    "ITEM_SALES_EVENT_CHANGE@*": "selling_partner_generated.schemas.item_sales_event_change_notification.models.ItemSalesEventChangeNotification",
    "LISTINGS_ITEM_ISSUES_CHANGE@*": "selling_partner_generated.schemas.listings_item_issues_change_notification.models.ListingsItemIssuesChangeNotification",
    "LISTINGS_ITEM_ISSUES_CHANGE@2023-12-13": "selling_partner_generated.schemas.listings_item_issues_change_notification_2023_12_13.models.ListingsItemIssuesChangeNotification20231213",
    "LISTINGS_ITEM_MFN_QUANTITY_CHANGE@*": "selling_partner_generated.schemas.listings_item_mfn_quantity_change.models.ListingsItemMfnQuantityChange",
    "LISTINGS_ITEM_STATUS_CHANGE@*": "selling_partner_generated.schemas.listings_item_status_change_notification.models.ListingsItemStatusChangeNotification",
    "ORDER_CHANGE@*": "selling_partner_generated.schemas.order_change_notification.models.OrderChangeNotification",
    "PRICING_HEALTH@*": "selling_partner_generated.schemas.pricing_health_notification.models.NotificationResponse",
    "PRODUCT_TYPE_DEFINITIONS_CHANGE@*": "selling_partner_generated.schemas.product_type_definitions_change_notification.models.ProductTypeDefinitionsChangeNotification",
    "REPORT_PROCESSING_FINISHED@*": "selling_partner_generated.schemas.report_processing_finished_notification.models.ReportProcessingFinishedNotification",
    "TRANSACTION_UPDATE@*": "selling_partner_generated.schemas.transaction_update_notification.models.TransactionUpdateNotification",
}

FEED_REPORTS: dict[str, str] = {
    "listings_feed_processing_report_schema_v2": "selling_partner_generated.schemas.listings_feed_processing_report_schema_v2.models.ListingsFeedProcessingReportSchemaV2",
}

FEED_SCHEMAS: dict[str, Any] = {
    "listings_feed_schema_v2": {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "properties": {
            "header": {
                "properties": {
                    "sellerId": {
                        "type": "string",
                    },
                    "version": {
                        "const": "2.0",
                        "type": "string",
                    },
                    "issueLocale": {
                        "type": "string",
                    },
                    "report": {
                        "properties": {
                            "includedData": {
                                "type": "array",
                                "minItems": 1,
                                "items": {
                                    "type": "string",
                                    "enum": [
                                        "summaries",
                                        "attributes",
                                        "issues",
                                        "offers",
                                        "fulfillmentAvailability",
                                        "procurement",
                                        "relationships",
                                        "productTypes",
                                    ],
                                },
                            },
                            "apiVersion": {
                                "type": "string",
                                "enum": [
                                    "2021-08-01",
                                ],
                            },
                        },
                        "required": [
                            "includedData",
                            "apiVersion",
                        ],
                        "type": "object",
                    },
                },
                "required": [
                    "sellerId",
                    "version",
                ],
                "type": "object",
            },
            "messages": {
                "minItems": 1,
                "maxItems": 25000,
                "items": {
                    "properties": {
                        "messageId": {
                            "minimum": 1,
                            "type": "integer",
                            "maximum": 2147483647,
                        },
                        "sku": {
                            "minLength": 1,
                            "type": "string",
                        },
                        "operationType": {
                            "enum": [
                                "UPDATE",
                                "PARTIAL_UPDATE",
                                "PATCH",
                                "DELETE",
                            ],
                            "type": "string",
                        },
                        "productType": {
                            "minLength": 1,
                            "type": "string",
                        },
                        "requirements": {
                            "default": "LISTING",
                            "enum": [
                                "LISTING",
                                "LISTING_PRODUCT_ONLY",
                                "LISTING_OFFER_ONLY",
                            ],
                            "type": "string",
                        },
                        "attributes": {
                            "additionalProperties": True,
                            "minProperties": 1,
                            "type": "object",
                        },
                        "patches": {
                            "minItems": 1,
                            "items": {
                                "properties": {
                                    "op": {
                                        "enum": [
                                            "add",
                                            "replace",
                                            "merge",
                                            "delete",
                                        ],
                                        "type": "string",
                                    },
                                    "path": {
                                        "type": "string",
                                    },
                                    "value": {
                                        "type": "array",
                                        "items": {
                                            "type": "object",
                                            "additionalProperties": True,
                                        },
                                    },
                                },
                                "required": [
                                    "op",
                                    "path",
                                ],
                                "type": "object",
                            },
                            "type": "array",
                        },
                    },
                    "required": [
                        "messageId",
                        "sku",
                        "operationType",
                    ],
                    "oneOf": [
                        {
                            "properties": {
                                "operationType": {
                                    "const": "UPDATE",
                                    "type": "string",
                                },
                                "patches": False,
                            },
                            "required": [
                                "productType",
                                "attributes",
                            ],
                        },
                        {
                            "properties": {
                                "operationType": {
                                    "const": "DELETE",
                                    "type": "string",
                                },
                                "requirements": False,
                                "attributes": False,
                                "productType": False,
                                "patches": False,
                            },
                        },
                        {
                            "properties": {
                                "operationType": {
                                    "const": "PARTIAL_UPDATE",
                                    "type": "string",
                                },
                                "requirements": False,
                                "patches": False,
                            },
                            "required": [
                                "productType",
                                "attributes",
                            ],
                        },
                        {
                            "properties": {
                                "operationType": {
                                    "const": "PATCH",
                                    "type": "string",
                                },
                                "requirements": False,
                                "attributes": False,
                            },
                            "required": [
                                "productType",
                                "patches",
                            ],
                        },
                    ],
                    "type": "object",
                },
                "type": "array",
            },
        },
        "required": [
            "header",
            "messages",
        ],
        "type": "object",
    },
}
