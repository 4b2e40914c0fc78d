from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OutboundExecutionError")


@_attrs_define
class OutboundExecutionError:
    """
    Attributes:
        failure_code (str):
        failure_reasons (list[str]):
        sku (str | Unset):
    """

    failure_code: str
    failure_reasons: list[str]
    sku: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        failure_code = self.failure_code

        failure_reasons = self.failure_reasons

        sku = self.sku

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "failureCode": failure_code,
                "failureReasons": failure_reasons,
            }
        )
        if sku is not UNSET:
            field_dict["sku"] = sku

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        failure_code = d.pop("failureCode")

        failure_reasons = cast(list[str], d.pop("failureReasons"))

        sku = d.pop("sku", UNSET)

        outbound_execution_error = cls(
            failure_code=failure_code,
            failure_reasons=failure_reasons,
            sku=sku,
        )

        outbound_execution_error.additional_properties = d
        return outbound_execution_error

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
