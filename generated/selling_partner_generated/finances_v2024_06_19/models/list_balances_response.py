from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.balance import Balance


T = TypeVar("T", bound="ListBalancesResponse")


@_attrs_define
class ListBalancesResponse:
    """
    Attributes:
        balances (list[Balance] | Unset):
        next_token (str | Unset):
    """

    balances: list[Balance] | Unset = UNSET
    next_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.balances, Unset):
            balances = []
            for componentsschemas_balances_item_data in self.balances:
                componentsschemas_balances_item = (
                    componentsschemas_balances_item_data.to_dict()
                )
                balances.append(componentsschemas_balances_item)

        next_token = self.next_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if balances is not UNSET:
            field_dict["balances"] = balances
        if next_token is not UNSET:
            field_dict["nextToken"] = next_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.balance import Balance

        d = dict(src_dict)
        _balances = d.pop("balances", UNSET)
        balances: list[Balance] | Unset = UNSET
        if _balances is not UNSET:
            balances = []
            for componentsschemas_balances_item_data in _balances:
                componentsschemas_balances_item = Balance.from_dict(
                    componentsschemas_balances_item_data
                )

                balances.append(componentsschemas_balances_item)

        next_token = d.pop("nextToken", UNSET)

        list_balances_response = cls(
            balances=balances,
            next_token=next_token,
        )

        list_balances_response.additional_properties = d
        return list_balances_response

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
