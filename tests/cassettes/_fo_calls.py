"""Example-like arguments for every Fulfillment Outbound operation (both versions).

One table, used by the cassette tests and by the Prism request-contract tests,
so both send exactly the same requests. Values follow the models' ``x-example``
values and examples; personal data is obviously fake (the scrubber replaces it
in cassettes anyway). A ``body`` is a plain dict turned into the generated
request model by :func:`call_kwargs`, through the model class the generated
function's signature names.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
from typing import Any

__all__ = ["CALLS", "FO_OPERATIONS", "call_kwargs"]

MARKETPLACE = "ATVPDKIKX0DER"
SERVICE_ID = "FS01-o8vlfw8b1tiu1"  # the model's x-example of x-amzn-fulfillment-service-id
START = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)

_ADDRESS_2020 = {
    "name": "Jane Example",
    "addressLine1": "1 Example Way",
    "city": "Seattle",
    "stateOrRegion": "WA",
    "postalCode": "98109",
    "countryCode": "US",
    "phone": "+1 206-555-0100",
}
_ADDRESS_2026 = {
    "name": "Jane Example",
    "addressLine1": "1 Example Way",
    "city": "Seattle",
    "stateOrRegion": "WA",
    "postalCode": "98109",
    "countryCode": "US",
}

V2020 = "fulfillment_outbound_v2020_07_01"
V2026 = "fulfillment_outbound_v2026_07_04"

# (package, operation) -> keyword arguments; "body" holds the request body as JSON.
CALLS: dict[tuple[str, str], dict[str, Any]] = {
    (V2020, "get_fulfillment_preview"): {
        "body": {
            "marketplaceId": MARKETPLACE,
            "address": _ADDRESS_2020,
            "items": [
                {
                    "sellerSku": "SKU-RED-MUG",
                    "sellerFulfillmentOrderItemId": "item-1",
                    "quantity": 2,
                }
            ],
            "shippingSpeedCategories": ["Standard", "Expedited"],
        }
    },
    (V2020, "delivery_offers"): {
        "body": {
            "product": {"productIdentifier": {"merchantSku": "SKU-RED-MUG"}},
            "terms": {
                "origin": {"countryCode": "US"},
                "destination": {
                    "deliveryAddress": {"postalCode": "98109", "countryCode": "US"},
                    "ipAddress": "192.0.2.10",
                },
            },
        }
    },
    (V2020, "list_all_fulfillment_orders"): {"query_start_date": START},
    (V2020, "create_fulfillment_order"): {
        "body": {
            "marketplaceId": MARKETPLACE,
            "sellerFulfillmentOrderId": "ORDER-2026-0001",
            "displayableOrderId": "ORDER-2026-0001",
            "displayableOrderDate": "2026-11-20T10:00:00Z",
            "displayableOrderComment": "Thank you for your order",
            "shippingSpeedCategory": "Standard",
            "destinationAddress": _ADDRESS_2020,
            "notificationEmails": ["jane@example.com"],
            "items": [
                {
                    "sellerSku": "SKU-RED-MUG",
                    "sellerFulfillmentOrderItemId": "item-1",
                    "quantity": 2,
                }
            ],
        }
    },
    (V2020, "get_package_tracking_details"): {"package_number": 1878926652},
    (V2020, "list_return_reason_codes"): {
        "seller_sku": "SKU-RED-MUG",
        "marketplace_id": MARKETPLACE,
        "language": "en_US",
    },
    (V2020, "create_fulfillment_return"): {
        "seller_fulfillment_order_id": "ORDER-2026-0001",
        "body": {
            "items": [
                {
                    "sellerReturnItemId": "return-1",
                    "sellerFulfillmentOrderItemId": "item-1",
                    "amazonShipmentId": "DnMDLWJWN",
                    "returnReasonCode": "NOTCOMPATIBLE",
                }
            ]
        },
    },
    (V2020, "get_fulfillment_order"): {"seller_fulfillment_order_id": "ORDER-2026-0001"},
    (V2020, "update_fulfillment_order"): {
        "seller_fulfillment_order_id": "ORDER-2026-0001",
        "body": {"marketplaceId": MARKETPLACE, "shippingSpeedCategory": "Expedited"},
    },
    (V2020, "cancel_fulfillment_order"): {"seller_fulfillment_order_id": "ORDER-2026-0001"},
    (V2020, "submit_fulfillment_order_status_update"): {
        "seller_fulfillment_order_id": "ORDER-2026-0001",
        "body": {"fulfillmentOrderStatus": "Processing"},
    },
    (V2020, "get_features"): {"marketplace_id": MARKETPLACE},
    (V2020, "get_feature_inventory"): {"feature_name": "BLANK_BOX", "marketplace_id": MARKETPLACE},
    (V2020, "get_feature_sku"): {
        "feature_name": "BLANK_BOX",
        "seller_sku": "SKU-RED-MUG",
        "marketplace_id": MARKETPLACE,
    },
    (V2026, "get_order_preview"): {
        "x_amzn_fulfillment_service_id": SERVICE_ID,
        "body": {
            "lineItems": [
                {
                    "product": {"productIdentifier": {"amazonSku": "SKU-RED-MUG"}},
                    "amount": {"value": "2", "unit": "COUNT"},
                }
            ],
            "destination": {"deliveryAddress": _ADDRESS_2026},
        },
    },
    (V2026, "get_offers"): {
        "x_amzn_fulfillment_service_id": SERVICE_ID,
        "body": {
            "items": [{"productIdentifier": {"amazonSku": "SKU-RED-MUG"}}],
            "origin": {"countryCode": "US"},
        },
    },
    (V2026, "cancel_order"): {
        "order_id": "ORDER-2026-0002",
        "x_amzn_fulfillment_service_id": SERVICE_ID,
    },
    (V2026, "update_order_status"): {
        "order_id": "ORDER-2026-0002",
        "x_amzn_fulfillment_service_id": SERVICE_ID,
        "body": {"status": "ON_HOLD"},
    },
    (V2026, "update_package"): {
        "order_id": "ORDER-2026-0002",
        "package_id": "PKG-1",
        "x_amzn_fulfillment_service_id": SERVICE_ID,
        "body": {"status": "DELIVERED", "deliveryTime": "2026-11-25T15:00:00Z"},
    },
    (V2026, "update_order"): {
        "order_id": "ORDER-2026-0002",
        "x_amzn_fulfillment_service_id": SERVICE_ID,
        "body": {},
    },
    (V2026, "get_order"): {
        "order_id": "ORDER-2026-0002",
        "x_amzn_fulfillment_service_id": SERVICE_ID,
    },
    (V2026, "list_orders"): {
        "updated_after": START,
        "x_amzn_fulfillment_service_id": SERVICE_ID,
    },
    (V2026, "create_order"): {
        "x_amzn_fulfillment_service_id": SERVICE_ID,
        "body": {
            "orderId": "ORDER-2026-0002",
            "lineItems": [
                {
                    "lineItemId": "line-1",
                    "product": {"productIdentifier": {"amazonSku": "SKU-RED-MUG"}},
                    "amount": {"value": "2", "unit": "COUNT"},
                }
            ],
            "destination": {"deliveryAddress": _ADDRESS_2026},
        },
    },
}

FO_OPERATIONS: tuple[tuple[str, str], ...] = tuple(sorted(CALLS))


def call_kwargs(package: str, name: str, **overrides: Any) -> dict[str, Any]:
    """The keyword arguments of ``sp.<package>.<name>(...)``, body built as its model.

    Args:
        package: the API package, e.g. ``fulfillment_outbound_v2020_07_01``.
        name: the operation's Python name, e.g. ``get_features``.
        **overrides: arguments replacing the table's (e.g. ``next_token``).
    """
    kwargs = {**CALLS[(package, name)], **overrides}
    body = kwargs.get("body")
    if isinstance(body, dict):
        from selling_partner_generated.operations import OPERATIONS

        module = importlib.import_module(str(OPERATIONS[package][name]["module"]))
        model = inspect.signature(module.sync_detailed).parameters["body"].annotation
        kwargs["body"] = model.from_dict(body)
    return kwargs
