from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.listings_feed_processing_report_schema_v2_header_report import (
        ListingsFeedProcessingReportSchemaV2HeaderReport,
    )


T = TypeVar("T", bound="ListingsFeedProcessingReportSchemaV2Header")


@_attrs_define
class ListingsFeedProcessingReportSchemaV2Header:
    """
    Attributes:
        seller_id (str):
        version (str):
        feed_id (str):
        report (ListingsFeedProcessingReportSchemaV2HeaderReport | Unset):
    """

    seller_id: str
    version: str
    feed_id: str
    report: ListingsFeedProcessingReportSchemaV2HeaderReport | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seller_id = self.seller_id

        version = self.version

        feed_id = self.feed_id

        report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.report, Unset):
            report = self.report.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sellerId": seller_id,
                "version": version,
                "feedId": feed_id,
            }
        )
        if report is not UNSET:
            field_dict["report"] = report

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.listings_feed_processing_report_schema_v2_header_report import (
            ListingsFeedProcessingReportSchemaV2HeaderReport,
        )

        d = dict(src_dict)
        seller_id = d.pop("sellerId")

        version = d.pop("version")

        feed_id = d.pop("feedId")

        _report = d.pop("report", UNSET)
        report: ListingsFeedProcessingReportSchemaV2HeaderReport | Unset
        if isinstance(_report, Unset):
            report = UNSET
        else:
            report = ListingsFeedProcessingReportSchemaV2HeaderReport.from_dict(_report)

        listings_feed_processing_report_schema_v2_header = cls(
            seller_id=seller_id,
            version=version,
            feed_id=feed_id,
            report=report,
        )

        listings_feed_processing_report_schema_v2_header.additional_properties = d
        return listings_feed_processing_report_schema_v2_header

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
