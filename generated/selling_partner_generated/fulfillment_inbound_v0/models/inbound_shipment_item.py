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
    from ..models.prep_details import PrepDetails


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, PrepDetails
    from ..models.prep_details import PrepDetails

    _lazy_pending = False


T = TypeVar("T", bound="InboundShipmentItem")


@_attrs_define
class InboundShipmentItem:
    """
    Attributes:
        quantity_shipped (int):
        seller_sku (str):
        fulfillment_network_sku (str | Unset):
        prep_details_list (list[PrepDetails] | Unset):
        quantity_in_case (int | Unset):
        quantity_received (int | Unset):
        release_date (datetime.date | Unset):
        shipment_id (str | Unset):
    """

    quantity_shipped: int
    seller_sku: str
    fulfillment_network_sku: str | Unset = UNSET
    prep_details_list: list[PrepDetails] | Unset = UNSET
    quantity_in_case: int | Unset = UNSET
    quantity_received: int | Unset = UNSET
    release_date: datetime.date | Unset = UNSET
    shipment_id: str | Unset = UNSET
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
        quantity_shipped = self.quantity_shipped

        seller_sku = self.seller_sku

        fulfillment_network_sku = self.fulfillment_network_sku

        prep_details_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.prep_details_list, Unset):
            prep_details_list = []
            for componentsschemas_prep_details_list_item_data in self.prep_details_list:
                componentsschemas_prep_details_list_item = (
                    componentsschemas_prep_details_list_item_data.to_dict()
                )
                prep_details_list.append(componentsschemas_prep_details_list_item)

        quantity_in_case = self.quantity_in_case

        quantity_received = self.quantity_received

        release_date: str | Unset = UNSET
        if not isinstance(self.release_date, Unset):
            release_date = self.release_date.isoformat()

        shipment_id = self.shipment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "QuantityShipped": quantity_shipped,
                "SellerSKU": seller_sku,
            }
        )
        if fulfillment_network_sku is not UNSET:
            field_dict["FulfillmentNetworkSKU"] = fulfillment_network_sku
        if prep_details_list is not UNSET:
            field_dict["PrepDetailsList"] = prep_details_list
        if quantity_in_case is not UNSET:
            field_dict["QuantityInCase"] = quantity_in_case
        if quantity_received is not UNSET:
            field_dict["QuantityReceived"] = quantity_received
        if release_date is not UNSET:
            field_dict["ReleaseDate"] = release_date
        if shipment_id is not UNSET:
            field_dict["ShipmentId"] = shipment_id

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.prep_details import PrepDetails

        return (
            (
                ("QuantityShipped", "quantity_shipped", True, ("int",)),
                ("SellerSKU", "seller_sku", True, ("str",)),
                ("FulfillmentNetworkSKU", "fulfillment_network_sku", False, ("str",)),
                (
                    "PrepDetailsList",
                    "prep_details_list",
                    False,
                    ("list", ("model", PrepDetails)),
                ),
                ("QuantityInCase", "quantity_in_case", False, ("int",)),
                ("QuantityReceived", "quantity_received", False, ("int",)),
                ("ReleaseDate", "release_date", False, ("date",)),
                ("ShipmentId", "shipment_id", False, ("str",)),
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
        quantity_shipped = d.pop("QuantityShipped")

        if _reader is not None and quantity_shipped.__class__ is not int:
            raise DeviationError("QuantityShipped")

        seller_sku = d.pop("SellerSKU")

        if _reader is not None and seller_sku.__class__ is not str:
            raise DeviationError("SellerSKU")

        fulfillment_network_sku = d.pop("FulfillmentNetworkSKU", UNSET)

        if (
            _reader is not None
            and fulfillment_network_sku.__class__ is not str
            and fulfillment_network_sku is not UNSET
        ):
            raise DeviationError("FulfillmentNetworkSKU")

        _prep_details_list = d.pop("PrepDetailsList", UNSET)
        prep_details_list = (
            UNSET
            if _prep_details_list is UNSET
            else [PrepDetails.from_dict(_item) for _item in _prep_details_list]
        )

        quantity_in_case = d.pop("QuantityInCase", UNSET)

        if (
            _reader is not None
            and quantity_in_case.__class__ is not int
            and quantity_in_case is not UNSET
        ):
            raise DeviationError("QuantityInCase")

        quantity_received = d.pop("QuantityReceived", UNSET)

        if (
            _reader is not None
            and quantity_received.__class__ is not int
            and quantity_received is not UNSET
        ):
            raise DeviationError("QuantityReceived")

        _release_date = d.pop("ReleaseDate", UNSET)
        release_date = (
            UNSET
            if _release_date is UNSET
            else datetime.date.fromisoformat(_release_date)
        )

        shipment_id = d.pop("ShipmentId", UNSET)

        if (
            _reader is not None
            and shipment_id.__class__ is not str
            and shipment_id is not UNSET
        ):
            raise DeviationError("ShipmentId")

        if cls is InboundShipmentItem:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.quantity_shipped = quantity_shipped
            _built.seller_sku = seller_sku
            _built.fulfillment_network_sku = fulfillment_network_sku
            _built.prep_details_list = prep_details_list
            _built.quantity_in_case = quantity_in_case
            _built.quantity_received = quantity_received
            _built.release_date = release_date
            _built.shipment_id = shipment_id
            _built._parse_notes = None
            inbound_shipment_item = _built
        else:  # a subclass: its own __init__ runs
            inbound_shipment_item = cls(
                quantity_shipped=quantity_shipped,
                seller_sku=seller_sku,
                fulfillment_network_sku=fulfillment_network_sku,
                prep_details_list=prep_details_list,
                quantity_in_case=quantity_in_case,
                quantity_received=quantity_received,
                release_date=release_date,
                shipment_id=shipment_id,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        inbound_shipment_item.additional_properties = d or {}
        return inbound_shipment_item

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
