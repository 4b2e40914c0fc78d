"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .aggregation_filter import AggregationFilter
    from .aggregation_settings import AggregationSettings
    from .aggregation_time_period import AggregationTimePeriod
    from .create_destination_request import CreateDestinationRequest
    from .create_destination_response import CreateDestinationResponse
    from .create_subscription_request import CreateSubscriptionRequest
    from .create_subscription_response import CreateSubscriptionResponse
    from .delete_destination_response import DeleteDestinationResponse
    from .delete_subscription_by_id_response import DeleteSubscriptionByIdResponse
    from .destination import Destination
    from .destination_resource import DestinationResource
    from .destination_resource_specification import DestinationResourceSpecification
    from .error import Error
    from .event_bridge_resource import EventBridgeResource
    from .event_bridge_resource_specification import EventBridgeResourceSpecification
    from .event_filter import EventFilter
    from .event_filter_event_filter_type import EventFilterEventFilterType
    from .get_destination_response import GetDestinationResponse
    from .get_destinations_response import GetDestinationsResponse
    from .get_subscription_by_id_response import GetSubscriptionByIdResponse
    from .get_subscription_response import GetSubscriptionResponse
    from .get_subscriptions_payload import GetSubscriptionsPayload
    from .get_subscriptions_response import GetSubscriptionsResponse
    from .marketplace_filter import MarketplaceFilter
    from .order_change_type_enum import OrderChangeTypeEnum
    from .order_change_type_filter import OrderChangeTypeFilter
    from .processing_directive import ProcessingDirective
    from .send_test_notification_request import SendTestNotificationRequest
    from .send_test_notification_response import SendTestNotificationResponse
    from .sqs_resource import SqsResource
    from .subscription import Subscription
    from .test_notification import TestNotification
    from .tracking_filter import TrackingFilter
    from .tracking_identifier import TrackingIdentifier
    from .tracking_identifier_carrier_tracking import TrackingIdentifierCarrierTracking

_MODULES: dict[str, str] = {
    "AggregationFilter": ".aggregation_filter",
    "AggregationSettings": ".aggregation_settings",
    "AggregationTimePeriod": ".aggregation_time_period",
    "CreateDestinationRequest": ".create_destination_request",
    "CreateDestinationResponse": ".create_destination_response",
    "CreateSubscriptionRequest": ".create_subscription_request",
    "CreateSubscriptionResponse": ".create_subscription_response",
    "DeleteDestinationResponse": ".delete_destination_response",
    "DeleteSubscriptionByIdResponse": ".delete_subscription_by_id_response",
    "Destination": ".destination",
    "DestinationResource": ".destination_resource",
    "DestinationResourceSpecification": ".destination_resource_specification",
    "Error": ".error",
    "EventBridgeResource": ".event_bridge_resource",
    "EventBridgeResourceSpecification": ".event_bridge_resource_specification",
    "EventFilter": ".event_filter",
    "EventFilterEventFilterType": ".event_filter_event_filter_type",
    "GetDestinationResponse": ".get_destination_response",
    "GetDestinationsResponse": ".get_destinations_response",
    "GetSubscriptionByIdResponse": ".get_subscription_by_id_response",
    "GetSubscriptionResponse": ".get_subscription_response",
    "GetSubscriptionsPayload": ".get_subscriptions_payload",
    "GetSubscriptionsResponse": ".get_subscriptions_response",
    "MarketplaceFilter": ".marketplace_filter",
    "OrderChangeTypeEnum": ".order_change_type_enum",
    "OrderChangeTypeFilter": ".order_change_type_filter",
    "ProcessingDirective": ".processing_directive",
    "SendTestNotificationRequest": ".send_test_notification_request",
    "SendTestNotificationResponse": ".send_test_notification_response",
    "SqsResource": ".sqs_resource",
    "Subscription": ".subscription",
    "TestNotification": ".test_notification",
    "TrackingFilter": ".tracking_filter",
    "TrackingIdentifier": ".tracking_identifier",
    "TrackingIdentifierCarrierTracking": ".tracking_identifier_carrier_tracking",
}

__all__ = (
    "AggregationFilter",
    "AggregationSettings",
    "AggregationTimePeriod",
    "CreateDestinationRequest",
    "CreateDestinationResponse",
    "CreateSubscriptionRequest",
    "CreateSubscriptionResponse",
    "DeleteDestinationResponse",
    "DeleteSubscriptionByIdResponse",
    "Destination",
    "DestinationResource",
    "DestinationResourceSpecification",
    "Error",
    "EventBridgeResource",
    "EventBridgeResourceSpecification",
    "EventFilter",
    "EventFilterEventFilterType",
    "GetDestinationResponse",
    "GetDestinationsResponse",
    "GetSubscriptionByIdResponse",
    "GetSubscriptionResponse",
    "GetSubscriptionsPayload",
    "GetSubscriptionsResponse",
    "MarketplaceFilter",
    "OrderChangeTypeEnum",
    "OrderChangeTypeFilter",
    "ProcessingDirective",
    "SendTestNotificationRequest",
    "SendTestNotificationResponse",
    "SqsResource",
    "Subscription",
    "TestNotification",
    "TrackingFilter",
    "TrackingIdentifier",
    "TrackingIdentifierCarrierTracking",
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
