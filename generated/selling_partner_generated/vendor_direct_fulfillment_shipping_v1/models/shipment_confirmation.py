from __future__ import annotations

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
    from ..models.container import Container
    from ..models.item import Item
    from ..models.party_identification import PartyIdentification
    from ..models.shipment_details import ShipmentDetails


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Container, Item, PartyIdentification, ShipmentDetails
    from ..models.container import Container
    from ..models.item import Item
    from ..models.party_identification import PartyIdentification
    from ..models.shipment_details import ShipmentDetails

    _lazy_pending = False


T = TypeVar("T", bound="ShipmentConfirmation")


@_attrs_define
class ShipmentConfirmation:
    """
    Attributes:
        items (list[Item]):
        purchase_order_number (str):
        selling_party (PartyIdentification):
        ship_from_party (PartyIdentification):
        shipment_details (ShipmentDetails):
        containers (list[Container] | Unset):
    """

    items: list[Item]
    purchase_order_number: str
    selling_party: PartyIdentification
    ship_from_party: PartyIdentification
    shipment_details: ShipmentDetails
    containers: list[Container] | Unset = UNSET
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
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        purchase_order_number = self.purchase_order_number

        selling_party = self.selling_party.to_dict()

        ship_from_party = self.ship_from_party.to_dict()

        shipment_details = self.shipment_details.to_dict()

        containers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.containers, Unset):
            containers = []
            for containers_item_data in self.containers:
                containers_item = containers_item_data.to_dict()
                containers.append(containers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "purchaseOrderNumber": purchase_order_number,
                "sellingParty": selling_party,
                "shipFromParty": ship_from_party,
                "shipmentDetails": shipment_details,
            }
        )
        if containers is not UNSET:
            field_dict["containers"] = containers

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.container import Container
        from ..models.item import Item
        from ..models.party_identification import PartyIdentification
        from ..models.shipment_details import ShipmentDetails

        return (
            (
                ("items", "items", True, ("list", ("model", Item))),
                ("purchaseOrderNumber", "purchase_order_number", True, ("str",)),
                ("sellingParty", "selling_party", True, ("model", PartyIdentification)),
                (
                    "shipFromParty",
                    "ship_from_party",
                    True,
                    ("model", PartyIdentification),
                ),
                (
                    "shipmentDetails",
                    "shipment_details",
                    True,
                    ("model", ShipmentDetails),
                ),
                ("containers", "containers", False, ("list", ("model", Container))),
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
        _items = d.pop("items")
        items = [Item.from_dict(_item) for _item in _items]

        purchase_order_number = d.pop("purchaseOrderNumber")

        if _reader is not None and purchase_order_number.__class__ is not str:
            raise DeviationError("purchaseOrderNumber")

        selling_party = PartyIdentification.from_dict(d.pop("sellingParty"))

        ship_from_party = PartyIdentification.from_dict(d.pop("shipFromParty"))

        shipment_details = ShipmentDetails.from_dict(d.pop("shipmentDetails"))

        _containers = d.pop("containers", UNSET)
        containers = (
            UNSET
            if _containers is UNSET
            else [Container.from_dict(_item) for _item in _containers]
        )

        if cls is ShipmentConfirmation:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.items = items
            _built.purchase_order_number = purchase_order_number
            _built.selling_party = selling_party
            _built.ship_from_party = ship_from_party
            _built.shipment_details = shipment_details
            _built.containers = containers
            _built._parse_notes = None
            shipment_confirmation = _built
        else:  # a subclass: its own __init__ runs
            shipment_confirmation = cls(
                items=items,
                purchase_order_number=purchase_order_number,
                selling_party=selling_party,
                ship_from_party=ship_from_party,
                shipment_details=shipment_details,
                containers=containers,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        shipment_confirmation.additional_properties = d or {}
        return shipment_confirmation

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
