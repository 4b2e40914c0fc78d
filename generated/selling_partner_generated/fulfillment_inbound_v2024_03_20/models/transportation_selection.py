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


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ContactInformation
    from ..models.contact_information import ContactInformation

    _lazy_pending = False


T = TypeVar("T", bound="TransportationSelection")


@_attrs_define
class TransportationSelection:
    """
    Attributes:
        shipment_id (str):
        transportation_option_id (str):
        contact_information (ContactInformation | Unset):
    """

    shipment_id: str
    transportation_option_id: str
    contact_information: ContactInformation | Unset = UNSET
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
        shipment_id = self.shipment_id

        transportation_option_id = self.transportation_option_id

        contact_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_information, Unset):
            contact_information = self.contact_information.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shipmentId": shipment_id,
                "transportationOptionId": transportation_option_id,
            }
        )
        if contact_information is not UNSET:
            field_dict["contactInformation"] = contact_information

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.contact_information import ContactInformation

        return (
            (
                ("shipmentId", "shipment_id", True, ("str",)),
                ("transportationOptionId", "transportation_option_id", True, ("str",)),
                (
                    "contactInformation",
                    "contact_information",
                    False,
                    ("model", ContactInformation),
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
        shipment_id = d.pop("shipmentId")

        if _reader is not None and shipment_id.__class__ is not str:
            raise DeviationError("shipmentId")

        transportation_option_id = d.pop("transportationOptionId")

        if _reader is not None and transportation_option_id.__class__ is not str:
            raise DeviationError("transportationOptionId")

        _contact_information = d.pop("contactInformation", UNSET)
        contact_information = (
            UNSET
            if _contact_information is UNSET
            else ContactInformation.from_dict(_contact_information)
        )

        if cls is TransportationSelection:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.shipment_id = shipment_id
            _built.transportation_option_id = transportation_option_id
            _built.contact_information = contact_information
            _built._parse_notes = None
            transportation_selection = _built
        else:  # a subclass: its own __init__ runs
            transportation_selection = cls(
                shipment_id=shipment_id,
                transportation_option_id=transportation_option_id,
                contact_information=contact_information,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        transportation_selection.additional_properties = d or {}
        return transportation_selection

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
