from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fulfillment_action import FulfillmentAction
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
    from ..models.feature_settings import FeatureSettings
    from ..models.update_fulfillment_order_item import UpdateFulfillmentOrderItem


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Address, FeatureSettings, UpdateFulfillmentOrderItem
    from ..models.address import Address
    from ..models.feature_settings import FeatureSettings
    from ..models.update_fulfillment_order_item import UpdateFulfillmentOrderItem

    _lazy_pending = False


T = TypeVar("T", bound="UpdateFulfillmentOrderRequest")


@_attrs_define
class UpdateFulfillmentOrderRequest:
    """
    Attributes:
        destination_address (Address | Unset):
        displayable_order_comment (str | Unset):
        displayable_order_date (datetime.datetime | Unset):
        displayable_order_id (str | Unset):
        feature_constraints (list[FeatureSettings] | Unset):
        fulfillment_action (FulfillmentAction | Unset):
        fulfillment_policy (FulfillmentPolicy | Unset):
        items (list[UpdateFulfillmentOrderItem] | Unset):
        marketplace_id (str | Unset):
        notification_emails (list[str] | Unset):
        ship_from_country_code (str | Unset):
        shipping_speed_category (ShippingSpeedCategory | Unset):
    """

    destination_address: Address | Unset = UNSET
    displayable_order_comment: str | Unset = UNSET
    displayable_order_date: datetime.datetime | Unset = UNSET
    displayable_order_id: str | Unset = UNSET
    feature_constraints: list[FeatureSettings] | Unset = UNSET
    fulfillment_action: FulfillmentAction | Unset = UNSET
    fulfillment_policy: FulfillmentPolicy | Unset = UNSET
    items: list[UpdateFulfillmentOrderItem] | Unset = UNSET
    marketplace_id: str | Unset = UNSET
    notification_emails: list[str] | Unset = UNSET
    ship_from_country_code: str | Unset = UNSET
    shipping_speed_category: ShippingSpeedCategory | Unset = UNSET
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
        destination_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination_address, Unset):
            destination_address = self.destination_address.to_dict()

        displayable_order_comment = self.displayable_order_comment

        displayable_order_date: str | Unset = UNSET
        if not isinstance(self.displayable_order_date, Unset):
            displayable_order_date = self.displayable_order_date.isoformat()

        displayable_order_id = self.displayable_order_id

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

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for (
                componentsschemas_update_fulfillment_order_item_list_item_data
            ) in self.items:
                componentsschemas_update_fulfillment_order_item_list_item = componentsschemas_update_fulfillment_order_item_list_item_data.to_dict()
                items.append(componentsschemas_update_fulfillment_order_item_list_item)

        marketplace_id = self.marketplace_id

        notification_emails: list[str] | Unset = UNSET
        if not isinstance(self.notification_emails, Unset):
            notification_emails = self.notification_emails

        ship_from_country_code = self.ship_from_country_code

        shipping_speed_category: str | Unset = UNSET
        if not isinstance(self.shipping_speed_category, Unset):
            shipping_speed_category = self.shipping_speed_category.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if destination_address is not UNSET:
            field_dict["destinationAddress"] = destination_address
        if displayable_order_comment is not UNSET:
            field_dict["displayableOrderComment"] = displayable_order_comment
        if displayable_order_date is not UNSET:
            field_dict["displayableOrderDate"] = displayable_order_date
        if displayable_order_id is not UNSET:
            field_dict["displayableOrderId"] = displayable_order_id
        if feature_constraints is not UNSET:
            field_dict["featureConstraints"] = feature_constraints
        if fulfillment_action is not UNSET:
            field_dict["fulfillmentAction"] = fulfillment_action
        if fulfillment_policy is not UNSET:
            field_dict["fulfillmentPolicy"] = fulfillment_policy
        if items is not UNSET:
            field_dict["items"] = items
        if marketplace_id is not UNSET:
            field_dict["marketplaceId"] = marketplace_id
        if notification_emails is not UNSET:
            field_dict["notificationEmails"] = notification_emails
        if ship_from_country_code is not UNSET:
            field_dict["shipFromCountryCode"] = ship_from_country_code
        if shipping_speed_category is not UNSET:
            field_dict["shippingSpeedCategory"] = shipping_speed_category

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.address import Address
        from ..models.feature_settings import FeatureSettings
        from ..models.update_fulfillment_order_item import UpdateFulfillmentOrderItem

        return (
            (
                (
                    "destinationAddress",
                    "destination_address",
                    False,
                    ("model", Address),
                ),
                (
                    "displayableOrderComment",
                    "displayable_order_comment",
                    False,
                    ("str",),
                ),
                (
                    "displayableOrderDate",
                    "displayable_order_date",
                    False,
                    ("datetime",),
                ),
                ("displayableOrderId", "displayable_order_id", False, ("str",)),
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
                    "items",
                    "items",
                    False,
                    ("list", ("model", UpdateFulfillmentOrderItem)),
                ),
                ("marketplaceId", "marketplace_id", False, ("str",)),
                (
                    "notificationEmails",
                    "notification_emails",
                    False,
                    ("list", ("str",)),
                ),
                ("shipFromCountryCode", "ship_from_country_code", False, ("str",)),
                (
                    "shippingSpeedCategory",
                    "shipping_speed_category",
                    False,
                    ("enum", ShippingSpeedCategory),
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
        _destination_address = d.pop("destinationAddress", UNSET)
        destination_address = (
            UNSET
            if _destination_address is UNSET
            else Address.from_dict(_destination_address)
        )

        displayable_order_comment = d.pop("displayableOrderComment", UNSET)

        if (
            _reader is not None
            and displayable_order_comment.__class__ is not str
            and displayable_order_comment is not UNSET
        ):
            raise DeviationError("displayableOrderComment")

        _displayable_order_date = d.pop("displayableOrderDate", UNSET)
        displayable_order_date = (
            UNSET
            if _displayable_order_date is UNSET
            else datetime.datetime.fromisoformat(_displayable_order_date)
        )

        if (
            _reader is not None
            and not isinstance(displayable_order_date, Unset)
            and displayable_order_date.tzinfo is None
        ):
            raise DeviationError("displayableOrderDate")

        displayable_order_id = d.pop("displayableOrderId", UNSET)

        if (
            _reader is not None
            and displayable_order_id.__class__ is not str
            and displayable_order_id is not UNSET
        ):
            raise DeviationError("displayableOrderId")

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

        _items = d.pop("items", UNSET)
        items = (
            UNSET
            if _items is UNSET
            else [UpdateFulfillmentOrderItem.from_dict(_item) for _item in _items]
        )

        marketplace_id = d.pop("marketplaceId", UNSET)

        if (
            _reader is not None
            and marketplace_id.__class__ is not str
            and marketplace_id is not UNSET
        ):
            raise DeviationError("marketplaceId")

        notification_emails = d.pop("notificationEmails", UNSET)

        if (
            _reader is not None
            and notification_emails.__class__ is not list
            and notification_emails is not UNSET
        ):
            raise DeviationError("notificationEmails")

        ship_from_country_code = d.pop("shipFromCountryCode", UNSET)

        if (
            _reader is not None
            and ship_from_country_code.__class__ is not str
            and ship_from_country_code is not UNSET
        ):
            raise DeviationError("shipFromCountryCode")

        _shipping_speed_category = d.pop("shippingSpeedCategory", UNSET)
        shipping_speed_category = (
            UNSET
            if _shipping_speed_category is UNSET
            else (
                ShippingSpeedCategory._value2member_map_.get(_shipping_speed_category)
                if _shipping_speed_category.__class__ is str
                else None
            )
            or ShippingSpeedCategory(_shipping_speed_category)
        )

        if cls is UpdateFulfillmentOrderRequest:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.destination_address = destination_address
            _built.displayable_order_comment = displayable_order_comment
            _built.displayable_order_date = displayable_order_date
            _built.displayable_order_id = displayable_order_id
            _built.feature_constraints = feature_constraints
            _built.fulfillment_action = fulfillment_action
            _built.fulfillment_policy = fulfillment_policy
            _built.items = items
            _built.marketplace_id = marketplace_id
            _built.notification_emails = notification_emails
            _built.ship_from_country_code = ship_from_country_code
            _built.shipping_speed_category = shipping_speed_category
            _built._parse_notes = None
            update_fulfillment_order_request = _built
        else:  # a subclass: its own __init__ runs
            update_fulfillment_order_request = cls(
                destination_address=destination_address,
                displayable_order_comment=displayable_order_comment,
                displayable_order_date=displayable_order_date,
                displayable_order_id=displayable_order_id,
                feature_constraints=feature_constraints,
                fulfillment_action=fulfillment_action,
                fulfillment_policy=fulfillment_policy,
                items=items,
                marketplace_id=marketplace_id,
                notification_emails=notification_emails,
                ship_from_country_code=ship_from_country_code,
                shipping_speed_category=shipping_speed_category,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        update_fulfillment_order_request.additional_properties = d or {}
        return update_fulfillment_order_request

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
