from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fulfillment_action import FulfillmentAction
from ..models.fulfillment_order_status import FulfillmentOrderStatus
from ..models.fulfillment_policy import FulfillmentPolicy
from ..models.shipping_speed_category import ShippingSpeedCategory
from ..types import (
    FAST,
    READER,
    UNSET,
    DeviationError,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.cod_settings import CODSettings
    from ..models.delivery_window import DeliveryWindow
    from ..models.feature_settings import FeatureSettings


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Address, CODSettings, DeliveryWindow, FeatureSettings
    from ..models.address import Address
    from ..models.cod_settings import CODSettings
    from ..models.delivery_window import DeliveryWindow
    from ..models.feature_settings import FeatureSettings

    _lazy_pending = False


T = TypeVar("T", bound="FulfillmentOrder")


@_attrs_define
class FulfillmentOrder:
    """
    Attributes:
        destination_address (Address):
        displayable_order_comment (str):
        displayable_order_date (datetime.datetime):
        displayable_order_id (str):
        fulfillment_order_status (FulfillmentOrderStatus):
        marketplace_id (str):
        received_date (datetime.datetime):
        seller_fulfillment_order_id (str):
        shipping_speed_category (ShippingSpeedCategory):
        status_updated_date (datetime.datetime):
        cod_settings (CODSettings | Unset):
        delivery_window (DeliveryWindow | Unset):
        feature_constraints (list[FeatureSettings] | Unset):
        fulfillment_action (FulfillmentAction | Unset):
        fulfillment_policy (FulfillmentPolicy | Unset):
        notification_emails (list[str] | Unset):
    """

    destination_address: Address
    displayable_order_comment: str
    displayable_order_date: datetime.datetime
    displayable_order_id: str
    fulfillment_order_status: FulfillmentOrderStatus
    marketplace_id: str
    received_date: datetime.datetime
    seller_fulfillment_order_id: str
    shipping_speed_category: ShippingSpeedCategory
    status_updated_date: datetime.datetime
    cod_settings: CODSettings | Unset = UNSET
    delivery_window: DeliveryWindow | Unset = UNSET
    feature_constraints: list[FeatureSettings] | Unset = UNSET
    fulfillment_action: FulfillmentAction | Unset = UNSET
    fulfillment_policy: FulfillmentPolicy | Unset = UNSET
    notification_emails: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _parse_notes: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def __repr__(self) -> str:
        return model_repr(self)

    def __getattr__(self, name: str) -> Any:
        return absent(self, name)

    def __eq__(self, other: object) -> bool:
        return model_eq(self, other)

    def __getstate__(self) -> dict[str, Any]:
        return model_getstate(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        model_setstate(self, state)

    def to_dict(self) -> dict[str, Any]:
        if self._parse_notes is not None:
            return self._parse_notes.to_dict(self)
        if _lazy_pending:
            _load_lazy()
        destination_address = self.destination_address.to_dict()

        displayable_order_comment = self.displayable_order_comment

        displayable_order_date = self.displayable_order_date.isoformat()

        displayable_order_id = self.displayable_order_id

        fulfillment_order_status = self.fulfillment_order_status.value

        marketplace_id = self.marketplace_id

        received_date = self.received_date.isoformat()

        seller_fulfillment_order_id = self.seller_fulfillment_order_id

        shipping_speed_category = self.shipping_speed_category.value

        status_updated_date = self.status_updated_date.isoformat()

        cod_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cod_settings, Unset):
            cod_settings = self.cod_settings.to_dict()

        delivery_window: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_window, Unset):
            delivery_window = self.delivery_window.to_dict()

        feature_constraints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.feature_constraints, Unset):
            feature_constraints = []
            for feature_constraints_item_data in self.feature_constraints:
                feature_constraints_item = feature_constraints_item_data.to_dict()
                feature_constraints.append(feature_constraints_item)

        fulfillment_action: str | Unset = UNSET
        if not isinstance(self.fulfillment_action, Unset):
            fulfillment_action = self.fulfillment_action.value

        fulfillment_policy: str | Unset = UNSET
        if not isinstance(self.fulfillment_policy, Unset):
            fulfillment_policy = self.fulfillment_policy.value

        notification_emails: list[str] | Unset = UNSET
        if not isinstance(self.notification_emails, Unset):
            notification_emails = self.notification_emails

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destinationAddress": destination_address,
                "displayableOrderComment": displayable_order_comment,
                "displayableOrderDate": displayable_order_date,
                "displayableOrderId": displayable_order_id,
                "fulfillmentOrderStatus": fulfillment_order_status,
                "marketplaceId": marketplace_id,
                "receivedDate": received_date,
                "sellerFulfillmentOrderId": seller_fulfillment_order_id,
                "shippingSpeedCategory": shipping_speed_category,
                "statusUpdatedDate": status_updated_date,
            }
        )
        if cod_settings is not UNSET:
            field_dict["codSettings"] = cod_settings
        if delivery_window is not UNSET:
            field_dict["deliveryWindow"] = delivery_window
        if feature_constraints is not UNSET:
            field_dict["featureConstraints"] = feature_constraints
        if fulfillment_action is not UNSET:
            field_dict["fulfillmentAction"] = fulfillment_action
        if fulfillment_policy is not UNSET:
            field_dict["fulfillmentPolicy"] = fulfillment_policy
        if notification_emails is not UNSET:
            field_dict["notificationEmails"] = notification_emails

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.address import Address
        from ..models.cod_settings import CODSettings
        from ..models.delivery_window import DeliveryWindow
        from ..models.feature_settings import FeatureSettings

        return (
            (
                ("destinationAddress", "destination_address", True, ("model", Address)),
                (
                    "displayableOrderComment",
                    "displayable_order_comment",
                    True,
                    ("str",),
                ),
                ("displayableOrderDate", "displayable_order_date", True, ("datetime",)),
                ("displayableOrderId", "displayable_order_id", True, ("str",)),
                (
                    "fulfillmentOrderStatus",
                    "fulfillment_order_status",
                    True,
                    ("enum", FulfillmentOrderStatus),
                ),
                ("marketplaceId", "marketplace_id", True, ("str",)),
                ("receivedDate", "received_date", True, ("datetime",)),
                (
                    "sellerFulfillmentOrderId",
                    "seller_fulfillment_order_id",
                    True,
                    ("str",),
                ),
                (
                    "shippingSpeedCategory",
                    "shipping_speed_category",
                    True,
                    ("enum", ShippingSpeedCategory),
                ),
                ("statusUpdatedDate", "status_updated_date", True, ("datetime",)),
                ("codSettings", "cod_settings", False, ("model", CODSettings)),
                ("deliveryWindow", "delivery_window", False, ("model", DeliveryWindow)),
                (
                    "featureConstraints",
                    "feature_constraints",
                    False,
                    ("list", ("model", FeatureSettings)),
                ),
                (
                    "fulfillmentAction",
                    "fulfillment_action",
                    False,
                    ("enum", FulfillmentAction),
                ),
                (
                    "fulfillmentPolicy",
                    "fulfillment_policy",
                    False,
                    ("enum", FulfillmentPolicy),
                ),
                (
                    "notificationEmails",
                    "notification_emails",
                    False,
                    ("list", ("str",)),
                ),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        if _lazy_pending:
            _load_lazy()
        d = dict(src_dict)
        destination_address = Address.from_dict(d.pop("destinationAddress"))

        displayable_order_comment = d.pop("displayableOrderComment")

        if _reader is not None and displayable_order_comment.__class__ is not str:
            raise DeviationError("displayableOrderComment")

        displayable_order_date = datetime.datetime.fromisoformat(
            d.pop("displayableOrderDate")
        )

        if _reader is not None and displayable_order_date.tzinfo is None:
            raise DeviationError("displayableOrderDate")

        displayable_order_id = d.pop("displayableOrderId")

        if _reader is not None and displayable_order_id.__class__ is not str:
            raise DeviationError("displayableOrderId")

        _fulfillment_order_status = d.pop("fulfillmentOrderStatus")
        fulfillment_order_status = (
            FulfillmentOrderStatus._value2member_map_.get(_fulfillment_order_status)
            if _fulfillment_order_status.__class__ is str
            else None
        ) or FulfillmentOrderStatus(_fulfillment_order_status)

        marketplace_id = d.pop("marketplaceId")

        if _reader is not None and marketplace_id.__class__ is not str:
            raise DeviationError("marketplaceId")

        received_date = datetime.datetime.fromisoformat(d.pop("receivedDate"))

        if _reader is not None and received_date.tzinfo is None:
            raise DeviationError("receivedDate")

        seller_fulfillment_order_id = d.pop("sellerFulfillmentOrderId")

        if _reader is not None and seller_fulfillment_order_id.__class__ is not str:
            raise DeviationError("sellerFulfillmentOrderId")

        _shipping_speed_category = d.pop("shippingSpeedCategory")
        shipping_speed_category = (
            ShippingSpeedCategory._value2member_map_.get(_shipping_speed_category)
            if _shipping_speed_category.__class__ is str
            else None
        ) or ShippingSpeedCategory(_shipping_speed_category)

        status_updated_date = datetime.datetime.fromisoformat(
            d.pop("statusUpdatedDate")
        )

        if _reader is not None and status_updated_date.tzinfo is None:
            raise DeviationError("statusUpdatedDate")

        _cod_settings = d.pop("codSettings", UNSET)
        cod_settings = (
            UNSET if _cod_settings is UNSET else CODSettings.from_dict(_cod_settings)
        )

        _delivery_window = d.pop("deliveryWindow", UNSET)
        delivery_window = (
            UNSET
            if _delivery_window is UNSET
            else DeliveryWindow.from_dict(_delivery_window)
        )

        _feature_constraints = d.pop("featureConstraints", UNSET)
        feature_constraints = (
            UNSET
            if _feature_constraints is UNSET
            else [FeatureSettings.from_dict(_item) for _item in _feature_constraints]
        )

        _fulfillment_action = d.pop("fulfillmentAction", UNSET)
        fulfillment_action = (
            UNSET
            if _fulfillment_action is UNSET
            else (
                FulfillmentAction._value2member_map_.get(_fulfillment_action)
                if _fulfillment_action.__class__ is str
                else None
            )
            or FulfillmentAction(_fulfillment_action)
        )

        _fulfillment_policy = d.pop("fulfillmentPolicy", UNSET)
        fulfillment_policy = (
            UNSET
            if _fulfillment_policy is UNSET
            else (
                FulfillmentPolicy._value2member_map_.get(_fulfillment_policy)
                if _fulfillment_policy.__class__ is str
                else None
            )
            or FulfillmentPolicy(_fulfillment_policy)
        )

        notification_emails = d.pop("notificationEmails", UNSET)

        if (
            _reader is not None
            and notification_emails.__class__ is not list
            and notification_emails is not UNSET
        ):
            raise DeviationError("notificationEmails")

        if cls is FulfillmentOrder:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.destination_address = destination_address
            _built.displayable_order_comment = displayable_order_comment
            _built.displayable_order_date = displayable_order_date
            _built.displayable_order_id = displayable_order_id
            _built.fulfillment_order_status = fulfillment_order_status
            _built.marketplace_id = marketplace_id
            _built.received_date = received_date
            _built.seller_fulfillment_order_id = seller_fulfillment_order_id
            _built.shipping_speed_category = shipping_speed_category
            _built.status_updated_date = status_updated_date
            _built.cod_settings = cod_settings
            _built.delivery_window = delivery_window
            _built.feature_constraints = feature_constraints
            _built.fulfillment_action = fulfillment_action
            _built.fulfillment_policy = fulfillment_policy
            _built.notification_emails = notification_emails
            _built._parse_notes = None
            fulfillment_order = _built
        else:  # a subclass: its own __init__ runs
            fulfillment_order = cls(
                destination_address=destination_address,
                displayable_order_comment=displayable_order_comment,
                displayable_order_date=displayable_order_date,
                displayable_order_id=displayable_order_id,
                fulfillment_order_status=fulfillment_order_status,
                marketplace_id=marketplace_id,
                received_date=received_date,
                seller_fulfillment_order_id=seller_fulfillment_order_id,
                shipping_speed_category=shipping_speed_category,
                status_updated_date=status_updated_date,
                cod_settings=cod_settings,
                delivery_window=delivery_window,
                feature_constraints=feature_constraints,
                fulfillment_action=fulfillment_action,
                fulfillment_policy=fulfillment_policy,
                notification_emails=notification_emails,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        fulfillment_order.additional_properties = d or {}
        return fulfillment_order

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
