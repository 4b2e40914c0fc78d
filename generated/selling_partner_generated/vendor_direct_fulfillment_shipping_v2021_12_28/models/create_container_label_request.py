from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.carrier_id import CarrierId
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
    from ..models.package import Package
    from ..models.party_identification import PartyIdentification


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Package, PartyIdentification
    from ..models.package import Package
    from ..models.party_identification import PartyIdentification

    _lazy_pending = False


T = TypeVar("T", bound="CreateContainerLabelRequest")


@_attrs_define
class CreateContainerLabelRequest:
    """
    Attributes:
        carrier_id (CarrierId):
        packages (list[Package]):
        selling_party (PartyIdentification):
        ship_from_party (PartyIdentification):
        vendor_container_id (str):
    """

    carrier_id: CarrierId
    packages: list[Package]
    selling_party: PartyIdentification
    ship_from_party: PartyIdentification
    vendor_container_id: str
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
        carrier_id = self.carrier_id.value

        packages = []
        for componentsschemas_packages_item_data in self.packages:
            componentsschemas_packages_item = (
                componentsschemas_packages_item_data.to_dict()
            )
            packages.append(componentsschemas_packages_item)

        selling_party = self.selling_party.to_dict()

        ship_from_party = self.ship_from_party.to_dict()

        vendor_container_id = self.vendor_container_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "carrierId": carrier_id,
                "packages": packages,
                "sellingParty": selling_party,
                "shipFromParty": ship_from_party,
                "vendorContainerId": vendor_container_id,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.package import Package
        from ..models.party_identification import PartyIdentification

        return (
            (
                ("carrierId", "carrier_id", True, ("enum", CarrierId)),
                ("packages", "packages", True, ("list", ("model", Package))),
                ("sellingParty", "selling_party", True, ("model", PartyIdentification)),
                (
                    "shipFromParty",
                    "ship_from_party",
                    True,
                    ("model", PartyIdentification),
                ),
                ("vendorContainerId", "vendor_container_id", True, ("str",)),
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
        _carrier_id = d.pop("carrierId")
        carrier_id = (
            CarrierId._value2member_map_.get(_carrier_id)
            if _carrier_id.__class__ is str
            else None
        ) or CarrierId(_carrier_id)

        _packages = d.pop("packages")
        packages = [Package.from_dict(_item) for _item in _packages]

        selling_party = PartyIdentification.from_dict(d.pop("sellingParty"))

        ship_from_party = PartyIdentification.from_dict(d.pop("shipFromParty"))

        vendor_container_id = d.pop("vendorContainerId")

        if _reader is not None and vendor_container_id.__class__ is not str:
            raise DeviationError("vendorContainerId")

        if cls is CreateContainerLabelRequest:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.carrier_id = carrier_id
            _built.packages = packages
            _built.selling_party = selling_party
            _built.ship_from_party = ship_from_party
            _built.vendor_container_id = vendor_container_id
            _built._parse_notes = None
            create_container_label_request = _built
        else:  # a subclass: its own __init__ runs
            create_container_label_request = cls(
                carrier_id=carrier_id,
                packages=packages,
                selling_party=selling_party,
                ship_from_party=ship_from_party,
                vendor_container_id=vendor_container_id,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        create_container_label_request.additional_properties = d or {}
        return create_container_label_request

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
