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
    from ..models.contact_information import ContactInformation
    from ..models.freight_information import FreightInformation
    from ..models.pallet_input import PalletInput
    from ..models.window_input import WindowInput


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        ContactInformation, \
        FreightInformation, \
        PalletInput, \
        WindowInput
    from ..models.contact_information import ContactInformation
    from ..models.freight_information import FreightInformation
    from ..models.pallet_input import PalletInput
    from ..models.window_input import WindowInput

    _lazy_pending = False


T = TypeVar("T", bound="ShipmentTransportationConfiguration")


@_attrs_define
class ShipmentTransportationConfiguration:
    """
    Attributes:
        ready_to_ship_window (WindowInput):
        shipment_id (str):
        contact_information (ContactInformation | Unset):
        freight_information (FreightInformation | Unset):
        pallets (list[PalletInput] | Unset):
    """

    ready_to_ship_window: WindowInput
    shipment_id: str
    contact_information: ContactInformation | Unset = UNSET
    freight_information: FreightInformation | Unset = UNSET
    pallets: list[PalletInput] | Unset = UNSET
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
        ready_to_ship_window = self.ready_to_ship_window.to_dict()

        shipment_id = self.shipment_id

        contact_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_information, Unset):
            contact_information = self.contact_information.to_dict()

        freight_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.freight_information, Unset):
            freight_information = self.freight_information.to_dict()

        pallets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pallets, Unset):
            pallets = []
            for pallets_item_data in self.pallets:
                pallets_item = pallets_item_data.to_dict()
                pallets.append(pallets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "readyToShipWindow": ready_to_ship_window,
                "shipmentId": shipment_id,
            }
        )
        if contact_information is not UNSET:
            field_dict["contactInformation"] = contact_information
        if freight_information is not UNSET:
            field_dict["freightInformation"] = freight_information
        if pallets is not UNSET:
            field_dict["pallets"] = pallets

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.contact_information import ContactInformation
        from ..models.freight_information import FreightInformation
        from ..models.pallet_input import PalletInput
        from ..models.window_input import WindowInput

        return (
            (
                (
                    "readyToShipWindow",
                    "ready_to_ship_window",
                    True,
                    ("model", WindowInput),
                ),
                ("shipmentId", "shipment_id", True, ("str",)),
                (
                    "contactInformation",
                    "contact_information",
                    False,
                    ("model", ContactInformation),
                ),
                (
                    "freightInformation",
                    "freight_information",
                    False,
                    ("model", FreightInformation),
                ),
                ("pallets", "pallets", False, ("list", ("model", PalletInput))),
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
        ready_to_ship_window = WindowInput.from_dict(d.pop("readyToShipWindow"))

        shipment_id = d.pop("shipmentId")

        if _reader is not None and shipment_id.__class__ is not str:
            raise DeviationError("shipmentId")

        _contact_information = d.pop("contactInformation", UNSET)
        contact_information = (
            UNSET
            if _contact_information is UNSET
            else ContactInformation.from_dict(_contact_information)
        )

        _freight_information = d.pop("freightInformation", UNSET)
        freight_information = (
            UNSET
            if _freight_information is UNSET
            else FreightInformation.from_dict(_freight_information)
        )

        _pallets = d.pop("pallets", UNSET)
        pallets = (
            UNSET
            if _pallets is UNSET
            else [PalletInput.from_dict(_item) for _item in _pallets]
        )

        if cls is ShipmentTransportationConfiguration:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.ready_to_ship_window = ready_to_ship_window
            _built.shipment_id = shipment_id
            _built.contact_information = contact_information
            _built.freight_information = freight_information
            _built.pallets = pallets
            _built._parse_notes = None
            shipment_transportation_configuration = _built
        else:  # a subclass: its own __init__ runs
            shipment_transportation_configuration = cls(
                ready_to_ship_window=ready_to_ship_window,
                shipment_id=shipment_id,
                contact_information=contact_information,
                freight_information=freight_information,
                pallets=pallets,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        shipment_transportation_configuration.additional_properties = d or {}
        return shipment_transportation_configuration

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
