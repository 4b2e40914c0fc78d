from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_status import AccountStatus
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_id = d.pop("accountId", UNSET)

        _registration_status = d.pop("registrationStatus", UNSET)
        registration_status: AccountStatus | Unset
        if isinstance(_registration_status, Unset):
            registration_status = UNSET
        else:
            registration_status = AccountStatus(_registration_status)

        link_carrier_account_response = cls(
            account_id=account_id,
            registration_status=registration_status,
        )

        link_carrier_account_response.additional_properties = d
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
