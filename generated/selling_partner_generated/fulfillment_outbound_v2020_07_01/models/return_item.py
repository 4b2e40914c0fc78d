from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fulfillment_return_item_status import FulfillmentReturnItemStatus
from ..models.return_item_disposition import ReturnItemDisposition
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

T = TypeVar("T", bound="ReturnItem")


@_attrs_define
class ReturnItem:
    """
    Attributes:
        amazon_shipment_id (str):
        seller_fulfillment_order_item_id (str):
        seller_return_item_id (str):
        seller_return_reason_code (str):
        status (FulfillmentReturnItemStatus):
        status_changed_date (datetime.datetime):
        amazon_return_reason_code (str | Unset):
        fulfillment_center_id (str | Unset):
        return_authorization_id (str | Unset):
        return_comment (str | Unset):
        return_received_condition (ReturnItemDisposition | Unset):
    """

    amazon_shipment_id: str
    seller_fulfillment_order_item_id: str
    seller_return_item_id: str
    seller_return_reason_code: str
    status: FulfillmentReturnItemStatus
    status_changed_date: datetime.datetime
    amazon_return_reason_code: str | Unset = UNSET
    fulfillment_center_id: str | Unset = UNSET
    return_authorization_id: str | Unset = UNSET
    return_comment: str | Unset = UNSET
    return_received_condition: ReturnItemDisposition | Unset = UNSET
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
        amazon_shipment_id = self.amazon_shipment_id

        seller_fulfillment_order_item_id = self.seller_fulfillment_order_item_id

        seller_return_item_id = self.seller_return_item_id

        seller_return_reason_code = self.seller_return_reason_code

        status = self.status.value

        status_changed_date = self.status_changed_date.isoformat()

        amazon_return_reason_code = self.amazon_return_reason_code

        fulfillment_center_id = self.fulfillment_center_id

        return_authorization_id = self.return_authorization_id

        return_comment = self.return_comment

        return_received_condition: str | Unset = UNSET
        if not isinstance(self.return_received_condition, Unset):
            return_received_condition = self.return_received_condition.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amazonShipmentId": amazon_shipment_id,
                "sellerFulfillmentOrderItemId": seller_fulfillment_order_item_id,
                "sellerReturnItemId": seller_return_item_id,
                "sellerReturnReasonCode": seller_return_reason_code,
                "status": status,
                "statusChangedDate": status_changed_date,
            }
        )
        if amazon_return_reason_code is not UNSET:
            field_dict["amazonReturnReasonCode"] = amazon_return_reason_code
        if fulfillment_center_id is not UNSET:
            field_dict["fulfillmentCenterId"] = fulfillment_center_id
        if return_authorization_id is not UNSET:
            field_dict["returnAuthorizationId"] = return_authorization_id
        if return_comment is not UNSET:
            field_dict["returnComment"] = return_comment
        if return_received_condition is not UNSET:
            field_dict["returnReceivedCondition"] = return_received_condition

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("amazonShipmentId", "amazon_shipment_id", True, ("str",)),
                (
                    "sellerFulfillmentOrderItemId",
                    "seller_fulfillment_order_item_id",
                    True,
                    ("str",),
                ),
                ("sellerReturnItemId", "seller_return_item_id", True, ("str",)),
                ("sellerReturnReasonCode", "seller_return_reason_code", True, ("str",)),
                ("status", "status", True, ("enum", FulfillmentReturnItemStatus)),
                ("statusChangedDate", "status_changed_date", True, ("datetime",)),
                (
                    "amazonReturnReasonCode",
                    "amazon_return_reason_code",
                    False,
                    ("str",),
                ),
                ("fulfillmentCenterId", "fulfillment_center_id", False, ("str",)),
                ("returnAuthorizationId", "return_authorization_id", False, ("str",)),
                ("returnComment", "return_comment", False, ("str",)),
                (
                    "returnReceivedCondition",
                    "return_received_condition",
                    False,
                    ("enum", ReturnItemDisposition),
                ),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        amazon_shipment_id = d.pop("amazonShipmentId")

        if _reader is not None and amazon_shipment_id.__class__ is not str:
            raise DeviationError("amazonShipmentId")

        seller_fulfillment_order_item_id = d.pop("sellerFulfillmentOrderItemId")

        if (
            _reader is not None
            and seller_fulfillment_order_item_id.__class__ is not str
        ):
            raise DeviationError("sellerFulfillmentOrderItemId")

        seller_return_item_id = d.pop("sellerReturnItemId")

        if _reader is not None and seller_return_item_id.__class__ is not str:
            raise DeviationError("sellerReturnItemId")

        seller_return_reason_code = d.pop("sellerReturnReasonCode")

        if _reader is not None and seller_return_reason_code.__class__ is not str:
            raise DeviationError("sellerReturnReasonCode")

        _status = d.pop("status")
        status = (
            FulfillmentReturnItemStatus._value2member_map_.get(_status)
            if _status.__class__ is str
            else None
        ) or FulfillmentReturnItemStatus(_status)

        status_changed_date = datetime.datetime.fromisoformat(
            d.pop("statusChangedDate")
        )

        if _reader is not None and status_changed_date.tzinfo is None:
            raise DeviationError("statusChangedDate")

        amazon_return_reason_code = d.pop("amazonReturnReasonCode", UNSET)

        if (
            _reader is not None
            and amazon_return_reason_code.__class__ is not str
            and amazon_return_reason_code is not UNSET
        ):
            raise DeviationError("amazonReturnReasonCode")

        fulfillment_center_id = d.pop("fulfillmentCenterId", UNSET)

        if (
            _reader is not None
            and fulfillment_center_id.__class__ is not str
            and fulfillment_center_id is not UNSET
        ):
            raise DeviationError("fulfillmentCenterId")

        return_authorization_id = d.pop("returnAuthorizationId", UNSET)

        if (
            _reader is not None
            and return_authorization_id.__class__ is not str
            and return_authorization_id is not UNSET
        ):
            raise DeviationError("returnAuthorizationId")

        return_comment = d.pop("returnComment", UNSET)

        if (
            _reader is not None
            and return_comment.__class__ is not str
            and return_comment is not UNSET
        ):
            raise DeviationError("returnComment")

        _return_received_condition = d.pop("returnReceivedCondition", UNSET)
        return_received_condition = (
            UNSET
            if _return_received_condition is UNSET
            else (
                ReturnItemDisposition._value2member_map_.get(_return_received_condition)
                if _return_received_condition.__class__ is str
                else None
            )
            or ReturnItemDisposition(_return_received_condition)
        )

        if cls is ReturnItem:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.amazon_shipment_id = amazon_shipment_id
            _built.seller_fulfillment_order_item_id = seller_fulfillment_order_item_id
            _built.seller_return_item_id = seller_return_item_id
            _built.seller_return_reason_code = seller_return_reason_code
            _built.status = status
            _built.status_changed_date = status_changed_date
            _built.amazon_return_reason_code = amazon_return_reason_code
            _built.fulfillment_center_id = fulfillment_center_id
            _built.return_authorization_id = return_authorization_id
            _built.return_comment = return_comment
            _built.return_received_condition = return_received_condition
            _built._parse_notes = None
            return_item = _built
        else:  # a subclass: its own __init__ runs
            return_item = cls(
                amazon_shipment_id=amazon_shipment_id,
                seller_fulfillment_order_item_id=seller_fulfillment_order_item_id,
                seller_return_item_id=seller_return_item_id,
                seller_return_reason_code=seller_return_reason_code,
                status=status,
                status_changed_date=status_changed_date,
                amazon_return_reason_code=amazon_return_reason_code,
                fulfillment_center_id=fulfillment_center_id,
                return_authorization_id=return_authorization_id,
                return_comment=return_comment,
                return_received_condition=return_received_condition,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        return_item.additional_properties = d or {}
        return return_item

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
