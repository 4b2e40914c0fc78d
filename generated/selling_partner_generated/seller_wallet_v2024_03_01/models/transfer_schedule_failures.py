from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TransferScheduleFailures")


@_attrs_define
class TransferScheduleFailures:
    """
    Attributes:
        transfer_schedule_failure_date (datetime.datetime):
        transfer_schedule_failure_reason (str):
    """

    transfer_schedule_failure_date: datetime.datetime
    transfer_schedule_failure_reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfer_schedule_failure_date = self.transfer_schedule_failure_date.isoformat()

        transfer_schedule_failure_reason = self.transfer_schedule_failure_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transferScheduleFailureDate": transfer_schedule_failure_date,
                "transferScheduleFailureReason": transfer_schedule_failure_reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        transfer_schedule_failure_date = datetime.datetime.fromisoformat(
            d.pop("transferScheduleFailureDate")
        )

        transfer_schedule_failure_reason = d.pop("transferScheduleFailureReason")

        transfer_schedule_failures = cls(
            transfer_schedule_failure_date=transfer_schedule_failure_date,
            transfer_schedule_failure_reason=transfer_schedule_failure_reason,
        )

        transfer_schedule_failures.additional_properties = d
        return transfer_schedule_failures

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
