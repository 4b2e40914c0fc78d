from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_registration_details_tax_registration_type import (
    TaxRegistrationDetailsTaxRegistrationType,
)
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


T = TypeVar("T", bound="TaxRegistrationDetails")


@_attrs_define
class TaxRegistrationDetails:
    """
    Attributes:
        tax_registration_number (str):
        tax_registration_address (Address | Unset):
        tax_registration_messages (str | Unset):
        tax_registration_type (TaxRegistrationDetailsTaxRegistrationType | Unset):
    """

    tax_registration_number: str
    tax_registration_address: Address | Unset = UNSET
    tax_registration_messages: str | Unset = UNSET
    tax_registration_type: TaxRegistrationDetailsTaxRegistrationType | Unset = UNSET
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
        tax_registration_number = self.tax_registration_number

        tax_registration_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_registration_address, Unset):
            tax_registration_address = self.tax_registration_address.to_dict()

        tax_registration_messages = self.tax_registration_messages

        tax_registration_type: str | Unset = UNSET
        if not isinstance(self.tax_registration_type, Unset):
            tax_registration_type = self.tax_registration_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "taxRegistrationNumber": tax_registration_number,
            }
        )
        if tax_registration_address is not UNSET:
            field_dict["taxRegistrationAddress"] = tax_registration_address
        if tax_registration_messages is not UNSET:
            field_dict["taxRegistrationMessages"] = tax_registration_messages
        if tax_registration_type is not UNSET:
            field_dict["taxRegistrationType"] = tax_registration_type

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.address import Address

        return (
            (
                ("taxRegistrationNumber", "tax_registration_number", True, ("str",)),
                (
                    "taxRegistrationAddress",
                    "tax_registration_address",
                    False,
                    ("model", Address),
                ),
                (
                    "taxRegistrationMessages",
                    "tax_registration_messages",
                    False,
                    ("str",),
                ),
                (
                    "taxRegistrationType",
                    "tax_registration_type",
                    False,
                    ("enum", TaxRegistrationDetailsTaxRegistrationType),
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
        tax_registration_number = d.pop("taxRegistrationNumber")

        if _reader is not None and tax_registration_number.__class__ is not str:
            raise DeviationError("taxRegistrationNumber")

        _tax_registration_address = d.pop("taxRegistrationAddress", UNSET)
        tax_registration_address = (
            UNSET
            if _tax_registration_address is UNSET
            else Address.from_dict(_tax_registration_address)
        )

        tax_registration_messages = d.pop("taxRegistrationMessages", UNSET)

        if (
            _reader is not None
            and tax_registration_messages.__class__ is not str
            and tax_registration_messages is not UNSET
        ):
            raise DeviationError("taxRegistrationMessages")

        _tax_registration_type = d.pop("taxRegistrationType", UNSET)
        tax_registration_type = (
            UNSET
            if _tax_registration_type is UNSET
            else (
                TaxRegistrationDetailsTaxRegistrationType._value2member_map_.get(
                    _tax_registration_type
                )
                if _tax_registration_type.__class__ is str
                else None
            )
            or TaxRegistrationDetailsTaxRegistrationType(_tax_registration_type)
        )

        if cls is TaxRegistrationDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.tax_registration_number = tax_registration_number
            _built.tax_registration_address = tax_registration_address
            _built.tax_registration_messages = tax_registration_messages
            _built.tax_registration_type = tax_registration_type
            _built._parse_notes = None
            tax_registration_details = _built
        else:  # a subclass: its own __init__ runs
            tax_registration_details = cls(
                tax_registration_number=tax_registration_number,
                tax_registration_address=tax_registration_address,
                tax_registration_messages=tax_registration_messages,
                tax_registration_type=tax_registration_type,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        tax_registration_details.additional_properties = d or {}
        return tax_registration_details

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
