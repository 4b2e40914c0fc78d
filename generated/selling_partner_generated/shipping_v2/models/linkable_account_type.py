from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_type import AccountType
from ..types import (
    FAST,
    READER,
    UNSET,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.carrier_account_input import CarrierAccountInput


T = TypeVar("T", bound="LinkableAccountType")


@_attrs_define
class LinkableAccountType:
    """
    Attributes:
        account_type (AccountType | Unset):
        carrier_account_inputs (list[CarrierAccountInput] | Unset):
    """

    account_type: AccountType | Unset = UNSET
    carrier_account_inputs: list[CarrierAccountInput] | Unset = UNSET
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
        account_type: str | Unset = UNSET
        if not isinstance(self.account_type, Unset):
            account_type = self.account_type.value

        carrier_account_inputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.carrier_account_inputs, Unset):
            carrier_account_inputs = []
            for (
                componentsschemas_carrier_account_inputs_list_item_data
            ) in self.carrier_account_inputs:
                componentsschemas_carrier_account_inputs_list_item = (
                    componentsschemas_carrier_account_inputs_list_item_data.to_dict()
                )
                carrier_account_inputs.append(
                    componentsschemas_carrier_account_inputs_list_item
                )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_type is not UNSET:
            field_dict["accountType"] = account_type
        if carrier_account_inputs is not UNSET:
            field_dict["carrierAccountInputs"] = carrier_account_inputs

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.carrier_account_input import CarrierAccountInput

        return (
            (
                ("accountType", "account_type", False, ("enum", AccountType)),
                (
                    "carrierAccountInputs",
                    "carrier_account_inputs",
                    False,
                    ("list", ("model", CarrierAccountInput)),
                ),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        from ..models.carrier_account_input import CarrierAccountInput

        d = dict(src_dict)
        _account_type = d.pop("accountType", UNSET)
        account_type: AccountType | Unset
        if isinstance(_account_type, Unset):
            account_type = UNSET
        else:
            account_type = AccountType(_account_type)

        _carrier_account_inputs = d.pop("carrierAccountInputs", UNSET)
        carrier_account_inputs: list[CarrierAccountInput] | Unset = UNSET
        if _carrier_account_inputs is not UNSET:
            carrier_account_inputs = []
            for (
                componentsschemas_carrier_account_inputs_list_item_data
            ) in _carrier_account_inputs:
                componentsschemas_carrier_account_inputs_list_item = (
                    CarrierAccountInput.from_dict(
                        componentsschemas_carrier_account_inputs_list_item_data
                    )
                )

                carrier_account_inputs.append(
                    componentsschemas_carrier_account_inputs_list_item
                )

        linkable_account_type = cls(
            account_type=account_type,
            carrier_account_inputs=carrier_account_inputs,
        )

        linkable_account_type.additional_properties = d
        return linkable_account_type

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
