from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payout import Payout


T = TypeVar("T", bound="ListPayoutsResponse")


@_attrs_define
class ListPayoutsResponse:
    """
    Attributes:
        next_token (str | Unset):
        payouts (list[Payout] | Unset):
    """

    next_token: str | Unset = UNSET
    payouts: list[Payout] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_token = self.next_token

        payouts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payouts, Unset):
            payouts = []
            for payouts_item_data in self.payouts:
                payouts_item = payouts_item_data.to_dict()
                payouts.append(payouts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if next_token is not UNSET:
            field_dict["nextToken"] = next_token
        if payouts is not UNSET:
            field_dict["payouts"] = payouts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payout import Payout

        d = dict(src_dict)
        next_token = d.pop("nextToken", UNSET)

        _payouts = d.pop("payouts", UNSET)
        payouts: list[Payout] | Unset = UNSET
        if _payouts is not UNSET:
            payouts = []
            for payouts_item_data in _payouts:
                payouts_item = Payout.from_dict(payouts_item_data)

                payouts.append(payouts_item)

        list_payouts_response = cls(
            next_token=next_token,
            payouts=payouts,
        )

        list_payouts_response.additional_properties = d
        return list_payouts_response

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
