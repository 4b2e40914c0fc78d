from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_status import AccountStatus
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

T = TypeVar("T", bound="LinkCarrierAccountResponse")


@_attrs_define
class LinkCarrierAccountResponse:
    """
    Attributes:
        account_id (str | Unset):
        registration_status (AccountStatus | Unset):
    """

    account_id: str | Unset = UNSET
    registration_status: AccountStatus | Unset = UNSET
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
        account_id = self.account_id

        registration_status: str | Unset = UNSET
        if not isinstance(self.registration_status, Unset):
            registration_status = self.registration_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if registration_status is not UNSET:
            field_dict["registrationStatus"] = registration_status

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("accountId", "account_id", False, ("str",)),
                (
                    "registrationStatus",
                    "registration_status",
                    False,
                    ("enum", AccountStatus),
                ),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        account_id = d.pop("accountId", UNSET)

        if (
            _reader is not None
            and account_id.__class__ is not str
            and account_id is not UNSET
        ):
            raise DeviationError("accountId")

        _registration_status = d.pop("registrationStatus", UNSET)
        registration_status = (
            UNSET
            if _registration_status is UNSET
            else (
                AccountStatus._value2member_map_.get(_registration_status)
                if _registration_status.__class__ is str
                else None
            )
            or AccountStatus(_registration_status)
        )

        if cls is LinkCarrierAccountResponse:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.account_id = account_id
            _built.registration_status = registration_status
            _built._parse_notes = None
            link_carrier_account_response = _built
        else:  # a subclass: its own __init__ runs
            link_carrier_account_response = cls(
                account_id=account_id,
                registration_status=registration_status,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        link_carrier_account_response.additional_properties = d or {}
        return link_carrier_account_response

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
