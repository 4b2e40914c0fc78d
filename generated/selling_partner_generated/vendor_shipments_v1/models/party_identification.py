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
    from ..models.tax_registration_details import TaxRegistrationDetails


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Address, TaxRegistrationDetails
    from ..models.address import Address
    from ..models.tax_registration_details import TaxRegistrationDetails

    _lazy_pending = False


T = TypeVar("T", bound="PartyIdentification")


@_attrs_define
class PartyIdentification:
    """
    Attributes:
        party_id (str):
        address (Address | Unset):
        tax_registration_details (list[TaxRegistrationDetails] | Unset):
    """

    party_id: str
    address: Address | Unset = UNSET
    tax_registration_details: list[TaxRegistrationDetails] | Unset = UNSET
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
        party_id = self.party_id

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        tax_registration_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_registration_details, Unset):
            tax_registration_details = []
            for tax_registration_details_item_data in self.tax_registration_details:
                tax_registration_details_item = (
                    tax_registration_details_item_data.to_dict()
                )
                tax_registration_details.append(tax_registration_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "partyId": party_id,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address
        if tax_registration_details is not UNSET:
            field_dict["taxRegistrationDetails"] = tax_registration_details

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.address import Address
        from ..models.tax_registration_details import TaxRegistrationDetails

        return (
            (
                ("partyId", "party_id", True, ("str",)),
                ("address", "address", False, ("model", Address)),
                (
                    "taxRegistrationDetails",
                    "tax_registration_details",
                    False,
                    ("list", ("model", TaxRegistrationDetails)),
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
        party_id = d.pop("partyId")

        if _reader is not None and party_id.__class__ is not str:
            raise DeviationError("partyId")

        _address = d.pop("address", UNSET)
        address = UNSET if _address is UNSET else Address.from_dict(_address)

        _tax_registration_details = d.pop("taxRegistrationDetails", UNSET)
        tax_registration_details = (
            UNSET
            if _tax_registration_details is UNSET
            else [
                TaxRegistrationDetails.from_dict(_item)
                for _item in _tax_registration_details
            ]
        )

        if cls is PartyIdentification:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.party_id = party_id
            _built.address = address
            _built.tax_registration_details = tax_registration_details
            _built._parse_notes = None
            party_identification = _built
        else:  # a subclass: its own __init__ runs
            party_identification = cls(
                party_id=party_id,
                address=address,
                tax_registration_details=tax_registration_details,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        party_identification.additional_properties = d or {}
        return party_identification

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
