from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

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

if TYPE_CHECKING:
    from ..models.charge_component import ChargeComponent
    from ..models.direct_payment import DirectPayment
    from ..models.fee_component import FeeComponent
    from ..models.shipment_item import ShipmentItem


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ChargeComponent, DirectPayment, FeeComponent, ShipmentItem
    from ..models.charge_component import ChargeComponent
    from ..models.direct_payment import DirectPayment
    from ..models.fee_component import FeeComponent
    from ..models.shipment_item import ShipmentItem

    _lazy_pending = False


T = TypeVar("T", bound="ShipmentEvent")


@_attrs_define
class ShipmentEvent:
    """
    Attributes:
        amazon_order_id (str | Unset):
        direct_payment_list (list[DirectPayment] | Unset):
        marketplace_name (str | Unset):
        order_charge_adjustment_list (list[ChargeComponent] | Unset):
        order_charge_list (list[ChargeComponent] | Unset):
        order_fee_adjustment_list (list[FeeComponent] | Unset):
        order_fee_list (list[FeeComponent] | Unset):
        posted_date (datetime.datetime | Unset):
        seller_order_id (str | Unset):
        shipment_fee_adjustment_list (list[FeeComponent] | Unset):
        shipment_fee_list (list[FeeComponent] | Unset):
        shipment_item_adjustment_list (list[ShipmentItem] | Unset):
        shipment_item_list (list[ShipmentItem] | Unset):
        store_name (str | Unset):
    """

    amazon_order_id: str | Unset = UNSET
    direct_payment_list: list[DirectPayment] | Unset = UNSET
    marketplace_name: str | Unset = UNSET
    order_charge_adjustment_list: list[ChargeComponent] | Unset = UNSET
    order_charge_list: list[ChargeComponent] | Unset = UNSET
    order_fee_adjustment_list: list[FeeComponent] | Unset = UNSET
    order_fee_list: list[FeeComponent] | Unset = UNSET
    posted_date: datetime.datetime | Unset = UNSET
    seller_order_id: str | Unset = UNSET
    shipment_fee_adjustment_list: list[FeeComponent] | Unset = UNSET
    shipment_fee_list: list[FeeComponent] | Unset = UNSET
    shipment_item_adjustment_list: list[ShipmentItem] | Unset = UNSET
    shipment_item_list: list[ShipmentItem] | Unset = UNSET
    store_name: str | Unset = UNSET
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
        amazon_order_id = self.amazon_order_id

        direct_payment_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.direct_payment_list, Unset):
            direct_payment_list = []
            for (
                componentsschemas_direct_payment_list_item_data
            ) in self.direct_payment_list:
                componentsschemas_direct_payment_list_item = (
                    componentsschemas_direct_payment_list_item_data.to_dict()
                )
                direct_payment_list.append(componentsschemas_direct_payment_list_item)

        marketplace_name = self.marketplace_name

        order_charge_adjustment_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_charge_adjustment_list, Unset):
            order_charge_adjustment_list = []
            for (
                componentsschemas_charge_component_list_item_data
            ) in self.order_charge_adjustment_list:
                componentsschemas_charge_component_list_item = (
                    componentsschemas_charge_component_list_item_data.to_dict()
                )
                order_charge_adjustment_list.append(
                    componentsschemas_charge_component_list_item
                )

        order_charge_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_charge_list, Unset):
            order_charge_list = []
            for (
                componentsschemas_charge_component_list_item_data
            ) in self.order_charge_list:
                componentsschemas_charge_component_list_item = (
                    componentsschemas_charge_component_list_item_data.to_dict()
                )
                order_charge_list.append(componentsschemas_charge_component_list_item)

        order_fee_adjustment_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_fee_adjustment_list, Unset):
            order_fee_adjustment_list = []
            for (
                componentsschemas_fee_component_list_item_data
            ) in self.order_fee_adjustment_list:
                componentsschemas_fee_component_list_item = (
                    componentsschemas_fee_component_list_item_data.to_dict()
                )
                order_fee_adjustment_list.append(
                    componentsschemas_fee_component_list_item
                )

        order_fee_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_fee_list, Unset):
            order_fee_list = []
            for componentsschemas_fee_component_list_item_data in self.order_fee_list:
                componentsschemas_fee_component_list_item = (
                    componentsschemas_fee_component_list_item_data.to_dict()
                )
                order_fee_list.append(componentsschemas_fee_component_list_item)

        posted_date: str | Unset = UNSET
        if not isinstance(self.posted_date, Unset):
            posted_date = self.posted_date.isoformat()

        seller_order_id = self.seller_order_id

        shipment_fee_adjustment_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shipment_fee_adjustment_list, Unset):
            shipment_fee_adjustment_list = []
            for (
                componentsschemas_fee_component_list_item_data
            ) in self.shipment_fee_adjustment_list:
                componentsschemas_fee_component_list_item = (
                    componentsschemas_fee_component_list_item_data.to_dict()
                )
                shipment_fee_adjustment_list.append(
                    componentsschemas_fee_component_list_item
                )

        shipment_fee_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shipment_fee_list, Unset):
            shipment_fee_list = []
            for (
                componentsschemas_fee_component_list_item_data
            ) in self.shipment_fee_list:
                componentsschemas_fee_component_list_item = (
                    componentsschemas_fee_component_list_item_data.to_dict()
                )
                shipment_fee_list.append(componentsschemas_fee_component_list_item)

        shipment_item_adjustment_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shipment_item_adjustment_list, Unset):
            shipment_item_adjustment_list = []
            for (
                componentsschemas_shipment_item_list_item_data
            ) in self.shipment_item_adjustment_list:
                componentsschemas_shipment_item_list_item = (
                    componentsschemas_shipment_item_list_item_data.to_dict()
                )
                shipment_item_adjustment_list.append(
                    componentsschemas_shipment_item_list_item
                )

        shipment_item_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shipment_item_list, Unset):
            shipment_item_list = []
            for (
                componentsschemas_shipment_item_list_item_data
            ) in self.shipment_item_list:
                componentsschemas_shipment_item_list_item = (
                    componentsschemas_shipment_item_list_item_data.to_dict()
                )
                shipment_item_list.append(componentsschemas_shipment_item_list_item)

        store_name = self.store_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amazon_order_id is not UNSET:
            field_dict["AmazonOrderId"] = amazon_order_id
        if direct_payment_list is not UNSET:
            field_dict["DirectPaymentList"] = direct_payment_list
        if marketplace_name is not UNSET:
            field_dict["MarketplaceName"] = marketplace_name
        if order_charge_adjustment_list is not UNSET:
            field_dict["OrderChargeAdjustmentList"] = order_charge_adjustment_list
        if order_charge_list is not UNSET:
            field_dict["OrderChargeList"] = order_charge_list
        if order_fee_adjustment_list is not UNSET:
            field_dict["OrderFeeAdjustmentList"] = order_fee_adjustment_list
        if order_fee_list is not UNSET:
            field_dict["OrderFeeList"] = order_fee_list
        if posted_date is not UNSET:
            field_dict["PostedDate"] = posted_date
        if seller_order_id is not UNSET:
            field_dict["SellerOrderId"] = seller_order_id
        if shipment_fee_adjustment_list is not UNSET:
            field_dict["ShipmentFeeAdjustmentList"] = shipment_fee_adjustment_list
        if shipment_fee_list is not UNSET:
            field_dict["ShipmentFeeList"] = shipment_fee_list
        if shipment_item_adjustment_list is not UNSET:
            field_dict["ShipmentItemAdjustmentList"] = shipment_item_adjustment_list
        if shipment_item_list is not UNSET:
            field_dict["ShipmentItemList"] = shipment_item_list
        if store_name is not UNSET:
            field_dict["StoreName"] = store_name

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.charge_component import ChargeComponent
        from ..models.direct_payment import DirectPayment
        from ..models.fee_component import FeeComponent
        from ..models.shipment_item import ShipmentItem

        return (
            (
                ("AmazonOrderId", "amazon_order_id", False, ("str",)),
                (
                    "DirectPaymentList",
                    "direct_payment_list",
                    False,
                    ("list", ("model", DirectPayment)),
                ),
                ("MarketplaceName", "marketplace_name", False, ("str",)),
                (
                    "OrderChargeAdjustmentList",
                    "order_charge_adjustment_list",
                    False,
                    ("list", ("model", ChargeComponent)),
                ),
                (
                    "OrderChargeList",
                    "order_charge_list",
                    False,
                    ("list", ("model", ChargeComponent)),
                ),
                (
                    "OrderFeeAdjustmentList",
                    "order_fee_adjustment_list",
                    False,
                    ("list", ("model", FeeComponent)),
                ),
                (
                    "OrderFeeList",
                    "order_fee_list",
                    False,
                    ("list", ("model", FeeComponent)),
                ),
                ("PostedDate", "posted_date", False, ("datetime",)),
                ("SellerOrderId", "seller_order_id", False, ("str",)),
                (
                    "ShipmentFeeAdjustmentList",
                    "shipment_fee_adjustment_list",
                    False,
                    ("list", ("model", FeeComponent)),
                ),
                (
                    "ShipmentFeeList",
                    "shipment_fee_list",
                    False,
                    ("list", ("model", FeeComponent)),
                ),
                (
                    "ShipmentItemAdjustmentList",
                    "shipment_item_adjustment_list",
                    False,
                    ("list", ("model", ShipmentItem)),
                ),
                (
                    "ShipmentItemList",
                    "shipment_item_list",
                    False,
                    ("list", ("model", ShipmentItem)),
                ),
                ("StoreName", "store_name", False, ("str",)),
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
        amazon_order_id = d.pop("AmazonOrderId", UNSET)

        if (
            _reader is not None
            and amazon_order_id.__class__ is not str
            and amazon_order_id is not UNSET
        ):
            raise DeviationError("AmazonOrderId")

        _direct_payment_list = d.pop("DirectPaymentList", UNSET)
        direct_payment_list = (
            UNSET
            if _direct_payment_list is UNSET
            else [DirectPayment.from_dict(_item) for _item in _direct_payment_list]
        )

        marketplace_name = d.pop("MarketplaceName", UNSET)

        if (
            _reader is not None
            and marketplace_name.__class__ is not str
            and marketplace_name is not UNSET
        ):
            raise DeviationError("MarketplaceName")

        _order_charge_adjustment_list = d.pop("OrderChargeAdjustmentList", UNSET)
        order_charge_adjustment_list = (
            UNSET
            if _order_charge_adjustment_list is UNSET
            else [
                ChargeComponent.from_dict(_item)
                for _item in _order_charge_adjustment_list
            ]
        )

        _order_charge_list = d.pop("OrderChargeList", UNSET)
        order_charge_list = (
            UNSET
            if _order_charge_list is UNSET
            else [ChargeComponent.from_dict(_item) for _item in _order_charge_list]
        )

        _order_fee_adjustment_list = d.pop("OrderFeeAdjustmentList", UNSET)
        order_fee_adjustment_list = (
            UNSET
            if _order_fee_adjustment_list is UNSET
            else [FeeComponent.from_dict(_item) for _item in _order_fee_adjustment_list]
        )

        _order_fee_list = d.pop("OrderFeeList", UNSET)
        order_fee_list = (
            UNSET
            if _order_fee_list is UNSET
            else [FeeComponent.from_dict(_item) for _item in _order_fee_list]
        )

        _posted_date = d.pop("PostedDate", UNSET)
        posted_date = (
            UNSET
            if _posted_date is UNSET
            else datetime.datetime.fromisoformat(_posted_date)
        )

        if (
            _reader is not None
            and not isinstance(posted_date, Unset)
            and posted_date.tzinfo is None
        ):
            raise DeviationError("PostedDate")

        seller_order_id = d.pop("SellerOrderId", UNSET)

        if (
            _reader is not None
            and seller_order_id.__class__ is not str
            and seller_order_id is not UNSET
        ):
            raise DeviationError("SellerOrderId")

        _shipment_fee_adjustment_list = d.pop("ShipmentFeeAdjustmentList", UNSET)
        shipment_fee_adjustment_list = (
            UNSET
            if _shipment_fee_adjustment_list is UNSET
            else [
                FeeComponent.from_dict(_item) for _item in _shipment_fee_adjustment_list
            ]
        )

        _shipment_fee_list = d.pop("ShipmentFeeList", UNSET)
        shipment_fee_list = (
            UNSET
            if _shipment_fee_list is UNSET
            else [FeeComponent.from_dict(_item) for _item in _shipment_fee_list]
        )

        _shipment_item_adjustment_list = d.pop("ShipmentItemAdjustmentList", UNSET)
        shipment_item_adjustment_list = (
            UNSET
            if _shipment_item_adjustment_list is UNSET
            else [
                ShipmentItem.from_dict(_item)
                for _item in _shipment_item_adjustment_list
            ]
        )

        _shipment_item_list = d.pop("ShipmentItemList", UNSET)
        shipment_item_list = (
            UNSET
            if _shipment_item_list is UNSET
            else [ShipmentItem.from_dict(_item) for _item in _shipment_item_list]
        )

        store_name = d.pop("StoreName", UNSET)

        if (
            _reader is not None
            and store_name.__class__ is not str
            and store_name is not UNSET
        ):
            raise DeviationError("StoreName")

        if cls is ShipmentEvent:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.amazon_order_id = amazon_order_id
            _built.direct_payment_list = direct_payment_list
            _built.marketplace_name = marketplace_name
            _built.order_charge_adjustment_list = order_charge_adjustment_list
            _built.order_charge_list = order_charge_list
            _built.order_fee_adjustment_list = order_fee_adjustment_list
            _built.order_fee_list = order_fee_list
            _built.posted_date = posted_date
            _built.seller_order_id = seller_order_id
            _built.shipment_fee_adjustment_list = shipment_fee_adjustment_list
            _built.shipment_fee_list = shipment_fee_list
            _built.shipment_item_adjustment_list = shipment_item_adjustment_list
            _built.shipment_item_list = shipment_item_list
            _built.store_name = store_name
            _built._parse_notes = None
            shipment_event = _built
        else:  # a subclass: its own __init__ runs
            shipment_event = cls(
                amazon_order_id=amazon_order_id,
                direct_payment_list=direct_payment_list,
                marketplace_name=marketplace_name,
                order_charge_adjustment_list=order_charge_adjustment_list,
                order_charge_list=order_charge_list,
                order_fee_adjustment_list=order_fee_adjustment_list,
                order_fee_list=order_fee_list,
                posted_date=posted_date,
                seller_order_id=seller_order_id,
                shipment_fee_adjustment_list=shipment_fee_adjustment_list,
                shipment_fee_list=shipment_fee_list,
                shipment_item_adjustment_list=shipment_item_adjustment_list,
                shipment_item_list=shipment_item_list,
                store_name=store_name,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        shipment_event.additional_properties = d or {}
        return shipment_event

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
