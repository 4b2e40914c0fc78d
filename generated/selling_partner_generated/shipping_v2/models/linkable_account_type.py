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


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, CarrierAccountInput
    from ..models.carrier_account_input import CarrierAccountInput

    _lazy_pending = False


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
        if _lazy_pending:
            _load_lazy()
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
        if _lazy_pending:
            _load_lazy()
        d = dict(src_dict)
        _account_type = d.pop("accountType", UNSET)
        account_type = (
            UNSET
            if _account_type is UNSET
            else (
                AccountType._value2member_map_.get(_account_type)
                if _account_type.__class__ is str
                else None
            )
            or AccountType(_account_type)
        )

        _carrier_account_inputs = d.pop("carrierAccountInputs", UNSET)
        carrier_account_inputs = (
            UNSET
            if _carrier_account_inputs is UNSET
            else [
                CarrierAccountInput.from_dict(_item)
                for _item in _carrier_account_inputs
            ]
        )

        if cls is LinkableAccountType:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.account_type = account_type
            _built.carrier_account_inputs = carrier_account_inputs
            _built._parse_notes = None
            linkable_account_type = _built
        else:  # a subclass: its own __init__ runs
            linkable_account_type = cls(
                account_type=account_type,
                carrier_account_inputs=carrier_account_inputs,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        linkable_account_type.additional_properties = d or {}
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
