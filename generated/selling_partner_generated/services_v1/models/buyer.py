from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

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

T = TypeVar("T", bound="Buyer")


@_attrs_define
class Buyer:
    """
    Attributes:
        buyer_id (str | Unset):
        is_prime_member (bool | Unset):
        name (str | Unset):
        phone (str | Unset):
    """

    buyer_id: str | Unset = UNSET
    is_prime_member: bool | Unset = UNSET
    name: str | Unset = UNSET
    phone: str | Unset = UNSET
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
        buyer_id = self.buyer_id

        is_prime_member = self.is_prime_member

        name = self.name

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if buyer_id is not UNSET:
            field_dict["buyerId"] = buyer_id
        if is_prime_member is not UNSET:
            field_dict["isPrimeMember"] = is_prime_member
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("buyerId", "buyer_id", False, ("str",)),
                ("isPrimeMember", "is_prime_member", False, ("bool",)),
                ("name", "name", False, ("str",)),
                ("phone", "phone", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        buyer_id = d.pop("buyerId", UNSET)

        if (
            _reader is not None
            and buyer_id.__class__ is not str
            and buyer_id is not UNSET
        ):
            raise DeviationError("buyerId")

        is_prime_member = d.pop("isPrimeMember", UNSET)

        if (
            _reader is not None
            and is_prime_member.__class__ is not bool
            and is_prime_member is not UNSET
        ):
            raise DeviationError("isPrimeMember")

        name = d.pop("name", UNSET)

        if _reader is not None and name.__class__ is not str and name is not UNSET:
            raise DeviationError("name")

        phone = d.pop("phone", UNSET)

        if _reader is not None and phone.__class__ is not str and phone is not UNSET:
            raise DeviationError("phone")

        if cls is Buyer:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.buyer_id = buyer_id
            _built.is_prime_member = is_prime_member
            _built.name = name
            _built.phone = phone
            _built._parse_notes = None
            buyer = _built
        else:  # a subclass: its own __init__ runs
            buyer = cls(
                buyer_id=buyer_id,
                is_prime_member=is_prime_member,
                name=name,
                phone=phone,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        buyer.additional_properties = d or {}
        return buyer

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
