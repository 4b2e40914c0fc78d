from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TestNotification")


@_attrs_define
class TestNotification:
    """
    Attributes:
        payload_version (str):
        test_scenario (str | Unset):
    """

    payload_version: str
    test_scenario: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payload_version = self.payload_version

        test_scenario = self.test_scenario

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payloadVersion": payload_version,
            }
        )
        if test_scenario is not UNSET:
            field_dict["testScenario"] = test_scenario

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        payload_version = d.pop("payloadVersion")

        test_scenario = d.pop("testScenario", UNSET)

        test_notification = cls(
            payload_version=payload_version,
            test_scenario=test_scenario,
        )

        test_notification.additional_properties = d
        return test_notification

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
