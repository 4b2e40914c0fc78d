from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    UNSET,
    DeviationError,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.listings_feed_processing_report_schema_v2_summary_item_summary import (
        ListingsFeedProcessingReportSchemaV2SummaryItemSummary,
    )


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ListingsFeedProcessingReportSchemaV2SummaryItemSummary
    from ..models.listings_feed_processing_report_schema_v2_summary_item_summary import (
        ListingsFeedProcessingReportSchemaV2SummaryItemSummary,
    )

    _lazy_pending = False


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
    _parse_notes: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def __repr__(self) -> str:
        return model_repr(self)

    def __getattr__(self, name: str) -> Any:
        return absent(self, name)

    def __eq__(self, other: object) -> bool:
        return model_eq(self, other)

    def __getstate__(self) -> dict[str, Any]:
        return model_getstate(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        model_setstate(self, state)

    def to_dict(self) -> dict[str, Any]:
        if self._parse_notes is not None:
            return self._parse_notes.to_dict(self)
        if _lazy_pending:
            _load_lazy()
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
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.listings_feed_processing_report_schema_v2_summary_item_summary import (
            ListingsFeedProcessingReportSchemaV2SummaryItemSummary,
        )

        return (
            (
                ("errors", "errors", True, ("int",)),
                ("warnings", "warnings", True, ("int",)),
                ("messagesProcessed", "messages_processed", True, ("int",)),
                ("messagesAccepted", "messages_accepted", True, ("int",)),
                ("messagesInvalid", "messages_invalid", True, ("int",)),
                (
                    "itemSummary",
                    "item_summary",
                    False,
                    ("model", ListingsFeedProcessingReportSchemaV2SummaryItemSummary),
                ),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        if _lazy_pending:
            _load_lazy()
        d = dict(src_dict)
        errors = d.pop("errors")

        if _reader is not None and errors.__class__ is not int:
            raise DeviationError("errors")

        warnings = d.pop("warnings")

        if _reader is not None and warnings.__class__ is not int:
            raise DeviationError("warnings")

        messages_processed = d.pop("messagesProcessed")

        if _reader is not None and messages_processed.__class__ is not int:
            raise DeviationError("messagesProcessed")

        messages_accepted = d.pop("messagesAccepted")

        if _reader is not None and messages_accepted.__class__ is not int:
            raise DeviationError("messagesAccepted")

        messages_invalid = d.pop("messagesInvalid")

        if _reader is not None and messages_invalid.__class__ is not int:
            raise DeviationError("messagesInvalid")

        _item_summary = d.pop("itemSummary", UNSET)
        item_summary = (
            UNSET
            if _item_summary is UNSET
            else ListingsFeedProcessingReportSchemaV2SummaryItemSummary.from_dict(
                _item_summary
            )
        )

        if cls is ListingsFeedProcessingReportSchemaV2Summary:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.errors = errors
            _built.warnings = warnings
            _built.messages_processed = messages_processed
            _built.messages_accepted = messages_accepted
            _built.messages_invalid = messages_invalid
            _built.item_summary = item_summary
            _built._parse_notes = None
            listings_feed_processing_report_schema_v2_summary = _built
        else:  # a subclass: its own __init__ runs
            listings_feed_processing_report_schema_v2_summary = cls(
                errors=errors,
                warnings=warnings,
                messages_processed=messages_processed,
                messages_accepted=messages_accepted,
                messages_invalid=messages_invalid,
                item_summary=item_summary,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        listings_feed_processing_report_schema_v2_summary.additional_properties = (
            d or {}
        )
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
