from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

T = TypeVar("T", bound="CreateReturnItem")


@_attrs_define
class CreateReturnItem:
    """
    Attributes:
        amazon_shipment_id (str):
        return_reason_code (str):
        seller_fulfillment_order_item_id (str):
        seller_return_item_id (str):
        return_comment (str | Unset):
    """

    amazon_shipment_id: str
    return_reason_code: str
    seller_fulfillment_order_item_id: str
    seller_return_item_id: str
    return_comment: str | Unset = UNSET
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

        return_reason_code = self.return_reason_code

        seller_fulfillment_order_item_id = self.seller_fulfillment_order_item_id

        seller_return_item_id = self.seller_return_item_id

        return_comment = self.return_comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amazonShipmentId": amazon_shipment_id,
                "returnReasonCode": return_reason_code,
                "sellerFulfillmentOrderItemId": seller_fulfillment_order_item_id,
                "sellerReturnItemId": seller_return_item_id,
            }
        )
        if return_comment is not UNSET:
            field_dict["returnComment"] = return_comment

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("amazonShipmentId", "amazon_shipment_id", True, ("str",)),
                ("returnReasonCode", "return_reason_code", True, ("str",)),
                (
                    "sellerFulfillmentOrderItemId",
                    "seller_fulfillment_order_item_id",
                    True,
                    ("str",),
                ),
                ("sellerReturnItemId", "seller_return_item_id", True, ("str",)),
                ("returnComment", "return_comment", False, ("str",)),
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

        return_reason_code = d.pop("returnReasonCode")

        if _reader is not None and return_reason_code.__class__ is not str:
            raise DeviationError("returnReasonCode")

        seller_fulfillment_order_item_id = d.pop("sellerFulfillmentOrderItemId")

        if (
            _reader is not None
            and seller_fulfillment_order_item_id.__class__ is not str
        ):
            raise DeviationError("sellerFulfillmentOrderItemId")

        seller_return_item_id = d.pop("sellerReturnItemId")

        if _reader is not None and seller_return_item_id.__class__ is not str:
            raise DeviationError("sellerReturnItemId")

        return_comment = d.pop("returnComment", UNSET)

        if (
            _reader is not None
            and return_comment.__class__ is not str
            and return_comment is not UNSET
        ):
            raise DeviationError("returnComment")

        if cls is CreateReturnItem:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.amazon_shipment_id = amazon_shipment_id
            _built.return_reason_code = return_reason_code
            _built.seller_fulfillment_order_item_id = seller_fulfillment_order_item_id
            _built.seller_return_item_id = seller_return_item_id
            _built.return_comment = return_comment
            _built._parse_notes = None
            create_return_item = _built
        else:  # a subclass: its own __init__ runs
            create_return_item = cls(
                amazon_shipment_id=amazon_shipment_id,
                return_reason_code=return_reason_code,
                seller_fulfillment_order_item_id=seller_fulfillment_order_item_id,
                seller_return_item_id=seller_return_item_id,
                return_comment=return_comment,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        create_return_item.additional_properties = d or {}
        return create_return_item

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
