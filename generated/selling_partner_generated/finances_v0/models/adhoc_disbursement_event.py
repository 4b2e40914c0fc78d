from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency


T = TypeVar("T", bound="AdhocDisbursementEvent")


@_attrs_define
class AdhocDisbursementEvent:
    """
    Attributes:
        posted_date (datetime.datetime | Unset):
        transaction_amount (Currency | Unset):
        transaction_id (str | Unset):
        transaction_type (str | Unset):
    """

    posted_date: datetime.datetime | Unset = UNSET
    transaction_amount: Currency | Unset = UNSET
    transaction_id: str | Unset = UNSET
    transaction_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        posted_date: str | Unset = UNSET
        if not isinstance(self.posted_date, Unset):
            posted_date = self.posted_date.isoformat()

        transaction_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction_amount, Unset):
            transaction_amount = self.transaction_amount.to_dict()

        transaction_id = self.transaction_id

        transaction_type = self.transaction_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if posted_date is not UNSET:
            field_dict["PostedDate"] = posted_date
        if transaction_amount is not UNSET:
            field_dict["TransactionAmount"] = transaction_amount
        if transaction_id is not UNSET:
            field_dict["TransactionId"] = transaction_id
        if transaction_type is not UNSET:
            field_dict["TransactionType"] = transaction_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.currency import Currency

        d = dict(src_dict)
        _posted_date = d.pop("PostedDate", UNSET)
        posted_date: datetime.datetime | Unset
        if isinstance(_posted_date, Unset):
            posted_date = UNSET
        else:
            posted_date = datetime.datetime.fromisoformat(_posted_date)

        _transaction_amount = d.pop("TransactionAmount", UNSET)
        transaction_amount: Currency | Unset
        if isinstance(_transaction_amount, Unset):
            transaction_amount = UNSET
        else:
            transaction_amount = Currency.from_dict(_transaction_amount)

        transaction_id = d.pop("TransactionId", UNSET)

        transaction_type = d.pop("TransactionType", UNSET)

        adhoc_disbursement_event = cls(
            posted_date=posted_date,
            transaction_amount=transaction_amount,
            transaction_id=transaction_id,
            transaction_type=transaction_type,
        )

        adhoc_disbursement_event.additional_properties = d
        return adhoc_disbursement_event

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
