from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency


T = TypeVar("T", bound="TDSReimbursementEvent")


@_attrs_define
class TDSReimbursementEvent:
    """
    Attributes:
        posted_date (datetime.datetime | Unset):
        reimbursed_amount (Currency | Unset):
        tds_order_id (str | Unset):
    """

    posted_date: datetime.datetime | Unset = UNSET
    reimbursed_amount: Currency | Unset = UNSET
    tds_order_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        posted_date: str | Unset = UNSET
        if not isinstance(self.posted_date, Unset):
            posted_date = self.posted_date.isoformat()

        reimbursed_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reimbursed_amount, Unset):
            reimbursed_amount = self.reimbursed_amount.to_dict()

        tds_order_id = self.tds_order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if posted_date is not UNSET:
            field_dict["PostedDate"] = posted_date
        if reimbursed_amount is not UNSET:
            field_dict["ReimbursedAmount"] = reimbursed_amount
        if tds_order_id is not UNSET:
            field_dict["TDSOrderId"] = tds_order_id

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

        _reimbursed_amount = d.pop("ReimbursedAmount", UNSET)
        reimbursed_amount: Currency | Unset
        if isinstance(_reimbursed_amount, Unset):
            reimbursed_amount = UNSET
        else:
            reimbursed_amount = Currency.from_dict(_reimbursed_amount)

        tds_order_id = d.pop("TDSOrderId", UNSET)

        tds_reimbursement_event = cls(
            posted_date=posted_date,
            reimbursed_amount=reimbursed_amount,
            tds_order_id=tds_order_id,
        )

        tds_reimbursement_event.additional_properties = d
        return tds_reimbursement_event

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
