from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    UNSET,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.fulfillment_order import FulfillmentOrder
    from ..models.fulfillment_order_item import FulfillmentOrderItem
    from ..models.fulfillment_shipment import FulfillmentShipment
    from ..models.payment_information import PaymentInformation
    from ..models.return_authorization import ReturnAuthorization
    from ..models.return_item import ReturnItem


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        FulfillmentOrder, \
        FulfillmentOrderItem, \
        FulfillmentShipment, \
        PaymentInformation, \
        ReturnAuthorization, \
        ReturnItem
    from ..models.fulfillment_order import FulfillmentOrder
    from ..models.fulfillment_order_item import FulfillmentOrderItem
    from ..models.fulfillment_shipment import FulfillmentShipment
    from ..models.payment_information import PaymentInformation
    from ..models.return_authorization import ReturnAuthorization
    from ..models.return_item import ReturnItem

    _lazy_pending = False


T = TypeVar("T", bound="GetFulfillmentOrderResult")


@_attrs_define
class GetFulfillmentOrderResult:
    """
    Attributes:
        fulfillment_order (FulfillmentOrder):
        fulfillment_order_items (list[FulfillmentOrderItem]):
        return_authorizations (list[ReturnAuthorization]):
        return_items (list[ReturnItem]):
        fulfillment_shipments (list[FulfillmentShipment] | Unset):
        payment_information (list[PaymentInformation] | Unset):
    """

    fulfillment_order: FulfillmentOrder
    fulfillment_order_items: list[FulfillmentOrderItem]
    return_authorizations: list[ReturnAuthorization]
    return_items: list[ReturnItem]
    fulfillment_shipments: list[FulfillmentShipment] | Unset = UNSET
    payment_information: list[PaymentInformation] | Unset = UNSET
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
        fulfillment_order = self.fulfillment_order.to_dict()

        fulfillment_order_items = []
        for (
            componentsschemas_fulfillment_order_item_list_item_data
        ) in self.fulfillment_order_items:
            componentsschemas_fulfillment_order_item_list_item = (
                componentsschemas_fulfillment_order_item_list_item_data.to_dict()
            )
            fulfillment_order_items.append(
                componentsschemas_fulfillment_order_item_list_item
            )

        return_authorizations = []
        for (
            componentsschemas_return_authorization_list_item_data
        ) in self.return_authorizations:
            componentsschemas_return_authorization_list_item = (
                componentsschemas_return_authorization_list_item_data.to_dict()
            )
            return_authorizations.append(
                componentsschemas_return_authorization_list_item
            )

        return_items = []
        for componentsschemas_return_item_list_item_data in self.return_items:
            componentsschemas_return_item_list_item = (
                componentsschemas_return_item_list_item_data.to_dict()
            )
            return_items.append(componentsschemas_return_item_list_item)

        fulfillment_shipments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fulfillment_shipments, Unset):
            fulfillment_shipments = []
            for (
                componentsschemas_fulfillment_shipment_list_item_data
            ) in self.fulfillment_shipments:
                componentsschemas_fulfillment_shipment_list_item = (
                    componentsschemas_fulfillment_shipment_list_item_data.to_dict()
                )
                fulfillment_shipments.append(
                    componentsschemas_fulfillment_shipment_list_item
                )

        payment_information: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_information, Unset):
            payment_information = []
            for (
                componentsschemas_payment_information_list_item_data
            ) in self.payment_information:
                componentsschemas_payment_information_list_item = (
                    componentsschemas_payment_information_list_item_data.to_dict()
                )
                payment_information.append(
                    componentsschemas_payment_information_list_item
                )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fulfillmentOrder": fulfillment_order,
                "fulfillmentOrderItems": fulfillment_order_items,
                "returnAuthorizations": return_authorizations,
                "returnItems": return_items,
            }
        )
        if fulfillment_shipments is not UNSET:
            field_dict["fulfillmentShipments"] = fulfillment_shipments
        if payment_information is not UNSET:
            field_dict["paymentInformation"] = payment_information

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.fulfillment_order import FulfillmentOrder
        from ..models.fulfillment_order_item import FulfillmentOrderItem
        from ..models.fulfillment_shipment import FulfillmentShipment
        from ..models.payment_information import PaymentInformation
        from ..models.return_authorization import ReturnAuthorization
        from ..models.return_item import ReturnItem

        return (
            (
                (
                    "fulfillmentOrder",
                    "fulfillment_order",
                    True,
                    ("model", FulfillmentOrder),
                ),
                (
                    "fulfillmentOrderItems",
                    "fulfillment_order_items",
                    True,
                    ("list", ("model", FulfillmentOrderItem)),
                ),
                (
                    "returnAuthorizations",
                    "return_authorizations",
                    True,
                    ("list", ("model", ReturnAuthorization)),
                ),
                ("returnItems", "return_items", True, ("list", ("model", ReturnItem))),
                (
                    "fulfillmentShipments",
                    "fulfillment_shipments",
                    False,
                    ("list", ("model", FulfillmentShipment)),
                ),
                (
                    "paymentInformation",
                    "payment_information",
                    False,
                    ("list", ("model", PaymentInformation)),
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
        fulfillment_order = FulfillmentOrder.from_dict(d.pop("fulfillmentOrder"))

        _fulfillment_order_items = d.pop("fulfillmentOrderItems")
        fulfillment_order_items = [
            FulfillmentOrderItem.from_dict(_item) for _item in _fulfillment_order_items
        ]

        _return_authorizations = d.pop("returnAuthorizations")
        return_authorizations = [
            ReturnAuthorization.from_dict(_item) for _item in _return_authorizations
        ]

        _return_items = d.pop("returnItems")
        return_items = [ReturnItem.from_dict(_item) for _item in _return_items]

        _fulfillment_shipments = d.pop("fulfillmentShipments", UNSET)
        fulfillment_shipments = (
            UNSET
            if _fulfillment_shipments is UNSET
            else [
                FulfillmentShipment.from_dict(_item) for _item in _fulfillment_shipments
            ]
        )

        _payment_information = d.pop("paymentInformation", UNSET)
        payment_information = (
            UNSET
            if _payment_information is UNSET
            else [PaymentInformation.from_dict(_item) for _item in _payment_information]
        )

        if cls is GetFulfillmentOrderResult:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.fulfillment_order = fulfillment_order
            _built.fulfillment_order_items = fulfillment_order_items
            _built.return_authorizations = return_authorizations
            _built.return_items = return_items
            _built.fulfillment_shipments = fulfillment_shipments
            _built.payment_information = payment_information
            _built._parse_notes = None
            get_fulfillment_order_result = _built
        else:  # a subclass: its own __init__ runs
            get_fulfillment_order_result = cls(
                fulfillment_order=fulfillment_order,
                fulfillment_order_items=fulfillment_order_items,
                return_authorizations=return_authorizations,
                return_items=return_items,
                fulfillment_shipments=fulfillment_shipments,
                payment_information=payment_information,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        get_fulfillment_order_result.additional_properties = d or {}
        return get_fulfillment_order_result

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
