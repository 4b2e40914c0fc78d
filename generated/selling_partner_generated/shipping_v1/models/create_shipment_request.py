from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    DeviationError,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.container import Container


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Address, Container
    from ..models.address import Address
    from ..models.container import Container

    _lazy_pending = False


T = TypeVar("T", bound="CreateShipmentRequest")


@_attrs_define
class CreateShipmentRequest:
    """
    Attributes:
        client_reference_id (str):
        containers (list[Container]):
        ship_from (Address):
        ship_to (Address):
    """

    client_reference_id: str
    containers: list[Container]
    ship_from: Address
    ship_to: Address
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientReferenceId": client_reference_id,
                "containers": containers,
                "shipFrom": ship_from,
                "shipTo": ship_to,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.address import Address
        from ..models.container import Container

        return (
            (
                ("clientReferenceId", "client_reference_id", True, ("str",)),
                ("containers", "containers", True, ("list", ("model", Container))),
                ("shipFrom", "ship_from", True, ("model", Address)),
                ("shipTo", "ship_to", True, ("model", Address)),
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

        if cls is CreateShipmentRequest:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.client_reference_id = client_reference_id
            _built.containers = containers
            _built.ship_from = ship_from
            _built.ship_to = ship_to
            _built._parse_notes = None
            create_shipment_request = _built
        else:  # a subclass: its own __init__ runs
            create_shipment_request = cls(
                client_reference_id=client_reference_id,
                containers=containers,
                ship_from=ship_from,
                ship_to=ship_to,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        create_shipment_request.additional_properties = d or {}
        return create_shipment_request

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
