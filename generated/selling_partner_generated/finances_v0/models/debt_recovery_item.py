from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency


T = TypeVar("T", bound="DebtRecoveryItem")


@_attrs_define
class DebtRecoveryItem:
    """
    Attributes:
        group_begin_date (datetime.datetime | Unset):
        group_end_date (datetime.datetime | Unset):
        original_amount (Currency | Unset):
        recovery_amount (Currency | Unset):
    """

    group_begin_date: datetime.datetime | Unset = UNSET
    group_end_date: datetime.datetime | Unset = UNSET
    original_amount: Currency | Unset = UNSET
    recovery_amount: Currency | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_begin_date: str | Unset = UNSET
        if not isinstance(self.group_begin_date, Unset):
            group_begin_date = self.group_begin_date.isoformat()

        group_end_date: str | Unset = UNSET
        if not isinstance(self.group_end_date, Unset):
            group_end_date = self.group_end_date.isoformat()

        original_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.original_amount, Unset):
            original_amount = self.original_amount.to_dict()

        recovery_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recovery_amount, Unset):
            recovery_amount = self.recovery_amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_begin_date is not UNSET:
            field_dict["GroupBeginDate"] = group_begin_date
        if group_end_date is not UNSET:
            field_dict["GroupEndDate"] = group_end_date
        if original_amount is not UNSET:
            field_dict["OriginalAmount"] = original_amount
        if recovery_amount is not UNSET:
            field_dict["RecoveryAmount"] = recovery_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.currency import Currency

        d = dict(src_dict)
        _group_begin_date = d.pop("GroupBeginDate", UNSET)
        group_begin_date: datetime.datetime | Unset
        if isinstance(_group_begin_date, Unset):
            group_begin_date = UNSET
        else:
            group_begin_date = datetime.datetime.fromisoformat(_group_begin_date)

        _group_end_date = d.pop("GroupEndDate", UNSET)
        group_end_date: datetime.datetime | Unset
        if isinstance(_group_end_date, Unset):
            group_end_date = UNSET
        else:
            group_end_date = datetime.datetime.fromisoformat(_group_end_date)

        _original_amount = d.pop("OriginalAmount", UNSET)
        original_amount: Currency | Unset
        if isinstance(_original_amount, Unset):
            original_amount = UNSET
        else:
            original_amount = Currency.from_dict(_original_amount)

        _recovery_amount = d.pop("RecoveryAmount", UNSET)
        recovery_amount: Currency | Unset
        if isinstance(_recovery_amount, Unset):
            recovery_amount = UNSET
        else:
            recovery_amount = Currency.from_dict(_recovery_amount)

        debt_recovery_item = cls(
            group_begin_date=group_begin_date,
            group_end_date=group_end_date,
            original_amount=original_amount,
            recovery_amount=recovery_amount,
        )

        debt_recovery_item.additional_properties = d
        return debt_recovery_item

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
