from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_registration_info_type import TaxRegistrationInfoType
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


T = TypeVar("T", bound="TaxRegistrationInfo")


@_attrs_define
class TaxRegistrationInfo:
    """
    Attributes:
        address (Address | Unset):
        messages (str | Unset):
        number (str | Unset):
        type_ (TaxRegistrationInfoType | Unset):
    """

    address: Address | Unset = UNSET
    messages: str | Unset = UNSET
    number: str | Unset = UNSET
    type_: TaxRegistrationInfoType | Unset = UNSET
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
        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        messages = self.messages

        number = self.number

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if messages is not UNSET:
            field_dict["messages"] = messages
        if number is not UNSET:
            field_dict["number"] = number
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.address import Address

        return (
            (
                ("address", "address", False, ("model", Address)),
                ("messages", "messages", False, ("str",)),
                ("number", "number", False, ("str",)),
                ("type", "type_", False, ("enum", TaxRegistrationInfoType)),
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
        _address = d.pop("address", UNSET)
        address = UNSET if _address is UNSET else Address.from_dict(_address)

        messages = d.pop("messages", UNSET)

        if (
            _reader is not None
            and messages.__class__ is not str
            and messages is not UNSET
        ):
            raise DeviationError("messages")

        number = d.pop("number", UNSET)

        if _reader is not None and number.__class__ is not str and number is not UNSET:
            raise DeviationError("number")

        _type_ = d.pop("type", UNSET)
        type_ = (
            UNSET
            if _type_ is UNSET
            else (
                TaxRegistrationInfoType._value2member_map_.get(_type_)
                if _type_.__class__ is str
                else None
            )
            or TaxRegistrationInfoType(_type_)
        )

        if cls is TaxRegistrationInfo:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.address = address
            _built.messages = messages
            _built.number = number
            _built.type_ = type_
            _built._parse_notes = None
            tax_registration_info = _built
        else:  # a subclass: its own __init__ runs
            tax_registration_info = cls(
                address=address,
                messages=messages,
                number=number,
                type_=type_,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        tax_registration_info.additional_properties = d or {}
        return tax_registration_info

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
