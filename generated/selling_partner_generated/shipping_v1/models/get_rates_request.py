from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_type import ServiceType
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
    from ..models.container_specification import ContainerSpecification


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Address, ContainerSpecification
    from ..models.address import Address
    from ..models.container_specification import ContainerSpecification

    _lazy_pending = False


T = TypeVar("T", bound="GetRatesRequest")


@_attrs_define
class GetRatesRequest:
    """
    Attributes:
        container_specifications (list[ContainerSpecification]):
        service_types (list[ServiceType]):
        ship_from (Address):
        ship_to (Address):
        ship_date (datetime.datetime | Unset):
    """

    container_specifications: list[ContainerSpecification]
    service_types: list[ServiceType]
    ship_from: Address
    ship_to: Address
    ship_date: datetime.datetime | Unset = UNSET
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
        container_specifications = []
        for (
            componentsschemas_container_specification_list_item_data
        ) in self.container_specifications:
            componentsschemas_container_specification_list_item = (
                componentsschemas_container_specification_list_item_data.to_dict()
            )
            container_specifications.append(
                componentsschemas_container_specification_list_item
            )

        service_types = []
        for componentsschemas_service_type_list_item_data in self.service_types:
            componentsschemas_service_type_list_item = (
                componentsschemas_service_type_list_item_data.value
            )
            service_types.append(componentsschemas_service_type_list_item)

        ship_from = self.ship_from.to_dict()

        ship_to = self.ship_to.to_dict()

        ship_date: str | Unset = UNSET
        if not isinstance(self.ship_date, Unset):
            ship_date = self.ship_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "containerSpecifications": container_specifications,
                "serviceTypes": service_types,
                "shipFrom": ship_from,
                "shipTo": ship_to,
            }
        )
        if ship_date is not UNSET:
            field_dict["shipDate"] = ship_date

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.address import Address
        from ..models.container_specification import ContainerSpecification

        return (
            (
                (
                    "containerSpecifications",
                    "container_specifications",
                    True,
                    ("list", ("model", ContainerSpecification)),
                ),
                (
                    "serviceTypes",
                    "service_types",
                    True,
                    ("list", ("enum", ServiceType)),
                ),
                ("shipFrom", "ship_from", True, ("model", Address)),
                ("shipTo", "ship_to", True, ("model", Address)),
                ("shipDate", "ship_date", False, ("datetime",)),
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
        _container_specifications = d.pop("containerSpecifications")
        container_specifications = [
            ContainerSpecification.from_dict(_item)
            for _item in _container_specifications
        ]

        _service_types = d.pop("serviceTypes")
        service_types = [
            (
                ServiceType._value2member_map_.get(_item)
                if _item.__class__ is str
                else None
            )
            or ServiceType(_item)
            for _item in _service_types
        ]

        ship_from = Address.from_dict(d.pop("shipFrom"))

        ship_to = Address.from_dict(d.pop("shipTo"))

        _ship_date = d.pop("shipDate", UNSET)
        ship_date = (
            UNSET
            if _ship_date is UNSET
            else datetime.datetime.fromisoformat(_ship_date)
        )

        if (
            _reader is not None
            and not isinstance(ship_date, Unset)
            and ship_date.tzinfo is None
        ):
            raise DeviationError("shipDate")

        if cls is GetRatesRequest:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.container_specifications = container_specifications
            _built.service_types = service_types
            _built.ship_from = ship_from
            _built.ship_to = ship_to
            _built.ship_date = ship_date
            _built._parse_notes = None
            get_rates_request = _built
        else:  # a subclass: its own __init__ runs
            get_rates_request = cls(
                container_specifications=container_specifications,
                service_types=service_types,
                ship_from=ship_from,
                ship_to=ship_to,
                ship_date=ship_date,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        get_rates_request.additional_properties = d or {}
        return get_rates_request

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
