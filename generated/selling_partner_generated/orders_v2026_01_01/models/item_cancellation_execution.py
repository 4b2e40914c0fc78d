from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemCancellationExecution")


@_attrs_define
class ItemCancellationExecution:
    """
    Attributes:
        cancel_reason (str | Unset):
        cancelled_by (str | Unset):
    """

    cancel_reason: str | Unset = UNSET
    cancelled_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cancel_reason = self.cancel_reason

        cancelled_by = self.cancelled_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cancel_reason is not UNSET:
            field_dict["cancelReason"] = cancel_reason
        if cancelled_by is not UNSET:
            field_dict["cancelledBy"] = cancelled_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cancel_reason = d.pop("cancelReason", UNSET)

        cancelled_by = d.pop("cancelledBy", UNSET)

        item_cancellation_execution = cls(
            cancel_reason=cancel_reason,
            cancelled_by=cancelled_by,
        )

        item_cancellation_execution.additional_properties = d
        return item_cancellation_execution

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
