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
    from ..models.address import Address


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Address
    from ..models.address import Address

    _lazy_pending = False


T = TypeVar("T", bound="DestinationDetails")


@_attrs_define
class DestinationDetails:
    """
    Attributes:
        destination_address (Address | Unset):
        destination_region (str | Unset):
        shipment_id (str | Unset):
    """

    destination_address: Address | Unset = UNSET
    destination_region: str | Unset = UNSET
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
        destination_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination_address, Unset):
            destination_address = self.destination_address.to_dict()

        destination_region = self.destination_region

        shipment_id = self.shipment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if destination_address is not UNSET:
            field_dict["destinationAddress"] = destination_address
        if destination_region is not UNSET:
            field_dict["destinationRegion"] = destination_region
        if shipment_id is not UNSET:
            field_dict["shipmentId"] = shipment_id

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.address import Address

        return (
            (
                (
                    "destinationAddress",
                    "destination_address",
                    False,
                    ("model", Address),
                ),
                ("destinationRegion", "destination_region", False, ("str",)),
                ("shipmentId", "shipment_id", False, ("str",)),
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
        _destination_address = d.pop("destinationAddress", UNSET)
        destination_address = (
            UNSET
            if _destination_address is UNSET
            else Address.from_dict(_destination_address)
        )

        destination_region = d.pop("destinationRegion", UNSET)

        if (
            _reader is not None
            and destination_region.__class__ is not str
            and destination_region is not UNSET
        ):
            raise DeviationError("destinationRegion")

        shipment_id = d.pop("shipmentId", UNSET)

        if (
            _reader is not None
            and shipment_id.__class__ is not str
            and shipment_id is not UNSET
        ):
            raise DeviationError("shipmentId")

        if cls is DestinationDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.destination_address = destination_address
            _built.destination_region = destination_region
            _built.shipment_id = shipment_id
            _built._parse_notes = None
            destination_details = _built
        else:  # a subclass: its own __init__ runs
            destination_details = cls(
                destination_address=destination_address,
                destination_region=destination_region,
                shipment_id=shipment_id,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        destination_details.additional_properties = d or {}
        return destination_details

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
