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
    from ..models.address_with_contact import AddressWithContact


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, AddressWithContact
    from ..models.address_with_contact import AddressWithContact

    _lazy_pending = False


T = TypeVar("T", bound="ReturnLocation")


@_attrs_define
class ReturnLocation:
    """
    Attributes:
        address_with_contact (AddressWithContact | Unset):
        supply_source_id (str | Unset):
    """

    address_with_contact: AddressWithContact | Unset = UNSET
    supply_source_id: str | Unset = UNSET
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
        address_with_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address_with_contact, Unset):
            address_with_contact = self.address_with_contact.to_dict()

        supply_source_id = self.supply_source_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_with_contact is not UNSET:
            field_dict["addressWithContact"] = address_with_contact
        if supply_source_id is not UNSET:
            field_dict["supplySourceId"] = supply_source_id

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.address_with_contact import AddressWithContact

        return (
            (
                (
                    "addressWithContact",
                    "address_with_contact",
                    False,
                    ("model", AddressWithContact),
                ),
                ("supplySourceId", "supply_source_id", False, ("str",)),
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
        _address_with_contact = d.pop("addressWithContact", UNSET)
        address_with_contact = (
            UNSET
            if _address_with_contact is UNSET
            else AddressWithContact.from_dict(_address_with_contact)
        )

        supply_source_id = d.pop("supplySourceId", UNSET)

        if (
            _reader is not None
            and supply_source_id.__class__ is not str
            and supply_source_id is not UNSET
        ):
            raise DeviationError("supplySourceId")

        if cls is ReturnLocation:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.address_with_contact = address_with_contact
            _built.supply_source_id = supply_source_id
            _built._parse_notes = None
            return_location = _built
        else:  # a subclass: its own __init__ runs
            return_location = cls(
                address_with_contact=address_with_contact,
                supply_source_id=supply_source_id,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        return_location.additional_properties = d or {}
        return return_location

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
