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
    from ..models.accepted_rate import AcceptedRate
    from ..models.address import Address
    from ..models.container import Container
    from ..models.party import Party


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, AcceptedRate, Address, Container, Party
    from ..models.accepted_rate import AcceptedRate
    from ..models.address import Address
    from ..models.container import Container
    from ..models.party import Party

    _lazy_pending = False


T = TypeVar("T", bound="Shipment")


@_attrs_define
class Shipment:
    """
    Attributes:
        client_reference_id (str):
        containers (list[Container]):
        ship_from (Address):
        ship_to (Address):
        shipment_id (str):
        accepted_rate (AcceptedRate | Unset):
        shipper (Party | Unset):
    """

    client_reference_id: str
    containers: list[Container]
    ship_from: Address
    ship_to: Address
    shipment_id: str
    accepted_rate: AcceptedRate | Unset = UNSET
    shipper: Party | Unset = UNSET
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
        client_reference_id = self.client_reference_id

        containers = []
        for componentsschemas_container_list_item_data in self.containers:
            componentsschemas_container_list_item = (
                componentsschemas_container_list_item_data.to_dict()
            )
            containers.append(componentsschemas_container_list_item)

        ship_from = self.ship_from.to_dict()

        ship_to = self.ship_to.to_dict()

        shipment_id = self.shipment_id

        accepted_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.accepted_rate, Unset):
            accepted_rate = self.accepted_rate.to_dict()

        shipper: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipper, Unset):
            shipper = self.shipper.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientReferenceId": client_reference_id,
                "containers": containers,
                "shipFrom": ship_from,
                "shipTo": ship_to,
                "shipmentId": shipment_id,
            }
        )
        if accepted_rate is not UNSET:
            field_dict["acceptedRate"] = accepted_rate
        if shipper is not UNSET:
            field_dict["shipper"] = shipper

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.accepted_rate import AcceptedRate
        from ..models.address import Address
        from ..models.container import Container
        from ..models.party import Party

        return (
            (
                ("clientReferenceId", "client_reference_id", True, ("str",)),
                ("containers", "containers", True, ("list", ("model", Container))),
                ("shipFrom", "ship_from", True, ("model", Address)),
                ("shipTo", "ship_to", True, ("model", Address)),
                ("shipmentId", "shipment_id", True, ("str",)),
                ("acceptedRate", "accepted_rate", False, ("model", AcceptedRate)),
                ("shipper", "shipper", False, ("model", Party)),
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
        client_reference_id = d.pop("clientReferenceId")

        if _reader is not None and client_reference_id.__class__ is not str:
            raise DeviationError("clientReferenceId")

        _containers = d.pop("containers")
        containers = [Container.from_dict(_item) for _item in _containers]

        ship_from = Address.from_dict(d.pop("shipFrom"))

        ship_to = Address.from_dict(d.pop("shipTo"))

        shipment_id = d.pop("shipmentId")

        if _reader is not None and shipment_id.__class__ is not str:
            raise DeviationError("shipmentId")

        _accepted_rate = d.pop("acceptedRate", UNSET)
        accepted_rate = (
            UNSET if _accepted_rate is UNSET else AcceptedRate.from_dict(_accepted_rate)
        )

        _shipper = d.pop("shipper", UNSET)
        shipper = UNSET if _shipper is UNSET else Party.from_dict(_shipper)

        if cls is Shipment:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.client_reference_id = client_reference_id
            _built.containers = containers
            _built.ship_from = ship_from
            _built.ship_to = ship_to
            _built.shipment_id = shipment_id
            _built.accepted_rate = accepted_rate
            _built.shipper = shipper
            _built._parse_notes = None
            shipment = _built
        else:  # a subclass: its own __init__ runs
            shipment = cls(
                client_reference_id=client_reference_id,
                containers=containers,
                ship_from=ship_from,
                ship_to=ship_to,
                shipment_id=shipment_id,
                accepted_rate=accepted_rate,
                shipper=shipper,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        shipment.additional_properties = d or {}
        return shipment

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
