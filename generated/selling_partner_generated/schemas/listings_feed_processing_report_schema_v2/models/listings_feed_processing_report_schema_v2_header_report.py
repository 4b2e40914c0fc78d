from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ListingsFeedProcessingReportSchemaV2HeaderReport")


@_attrs_define
class ListingsFeedProcessingReportSchemaV2HeaderReport:
    """
    Attributes:
        included_data (list[str]):
        api_version (str):
    """

    included_data: list[str]
    api_version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        included_data = self.included_data

        api_version = self.api_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "includedData": included_data,
                "apiVersion": api_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        included_data = cast(list[str], d.pop("includedData"))

        api_version = d.pop("apiVersion")

        listings_feed_processing_report_schema_v2_header_report = cls(
            included_data=included_data,
            api_version=api_version,
        )

        listings_feed_processing_report_schema_v2_header_report.additional_properties = d
        return listings_feed_processing_report_schema_v2_header_report

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
