from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListingsFeedProcessingReportSchemaV2IssuesItem")


@_attrs_define
class ListingsFeedProcessingReportSchemaV2IssuesItem:
    """
    Attributes:
        severity (str):
        message (str):
        message_id (int | Unset):
        sku (str | Unset):
        code (str | Unset):
        attribute_name (str | Unset):
    """

    severity: str
    message: str
    message_id: int | Unset = UNSET
    sku: str | Unset = UNSET
    code: str | Unset = UNSET
    attribute_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        severity = self.severity

        message = self.message

        message_id = self.message_id

        sku = self.sku

        code = self.code

        attribute_name = self.attribute_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "severity": severity,
                "message": message,
            }
        )
        if message_id is not UNSET:
            field_dict["messageId"] = message_id
        if sku is not UNSET:
            field_dict["sku"] = sku
        if code is not UNSET:
            field_dict["code"] = code
        if attribute_name is not UNSET:
            field_dict["attributeName"] = attribute_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        severity = d.pop("severity")

        message = d.pop("message")

        message_id = d.pop("messageId", UNSET)

        sku = d.pop("sku", UNSET)

        code = d.pop("code", UNSET)

        attribute_name = d.pop("attributeName", UNSET)

        listings_feed_processing_report_schema_v2_issues_item = cls(
            severity=severity,
            message=message,
            message_id=message_id,
            sku=sku,
            code=code,
            attribute_name=attribute_name,
        )

        listings_feed_processing_report_schema_v2_issues_item.additional_properties = d
        return listings_feed_processing_report_schema_v2_issues_item

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
