from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.listings_feed_processing_report_schema_v2_summary_item_summary import (
        ListingsFeedProcessingReportSchemaV2SummaryItemSummary,
    )


T = TypeVar("T", bound="ListingsFeedProcessingReportSchemaV2Summary")


@_attrs_define
class ListingsFeedProcessingReportSchemaV2Summary:
    """
    Attributes:
        errors (int):
        warnings (int):
        messages_processed (int):
        messages_accepted (int):
        messages_invalid (int):
        item_summary (ListingsFeedProcessingReportSchemaV2SummaryItemSummary | Unset):
    """

    errors: int
    warnings: int
    messages_processed: int
    messages_accepted: int
    messages_invalid: int
    item_summary: ListingsFeedProcessingReportSchemaV2SummaryItemSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors = self.errors

        warnings = self.warnings

        messages_processed = self.messages_processed

        messages_accepted = self.messages_accepted

        messages_invalid = self.messages_invalid

        item_summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_summary, Unset):
            item_summary = self.item_summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
                "warnings": warnings,
                "messagesProcessed": messages_processed,
                "messagesAccepted": messages_accepted,
                "messagesInvalid": messages_invalid,
            }
        )
        if item_summary is not UNSET:
            field_dict["itemSummary"] = item_summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.listings_feed_processing_report_schema_v2_summary_item_summary import (
            ListingsFeedProcessingReportSchemaV2SummaryItemSummary,
        )

        d = dict(src_dict)
        errors = d.pop("errors")

        warnings = d.pop("warnings")

        messages_processed = d.pop("messagesProcessed")

        messages_accepted = d.pop("messagesAccepted")

        messages_invalid = d.pop("messagesInvalid")

        _item_summary = d.pop("itemSummary", UNSET)
        item_summary: ListingsFeedProcessingReportSchemaV2SummaryItemSummary | Unset
        if isinstance(_item_summary, Unset):
            item_summary = UNSET
        else:
            item_summary = (
                ListingsFeedProcessingReportSchemaV2SummaryItemSummary.from_dict(
                    _item_summary
                )
            )

        listings_feed_processing_report_schema_v2_summary = cls(
            errors=errors,
            warnings=warnings,
            messages_processed=messages_processed,
            messages_accepted=messages_accepted,
            messages_invalid=messages_invalid,
            item_summary=item_summary,
        )

        listings_feed_processing_report_schema_v2_summary.additional_properties = d
        return listings_feed_processing_report_schema_v2_summary

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
