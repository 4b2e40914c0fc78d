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
    from ..models.listings_feed_processing_report_schema_v2_header_report import (
        ListingsFeedProcessingReportSchemaV2HeaderReport,
    )


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ListingsFeedProcessingReportSchemaV2HeaderReport
    from ..models.listings_feed_processing_report_schema_v2_header_report import (
        ListingsFeedProcessingReportSchemaV2HeaderReport,
    )

    _lazy_pending = False


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
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.listings_feed_processing_report_schema_v2_header_report import (
            ListingsFeedProcessingReportSchemaV2HeaderReport,
        )

        return (
            (
                ("sellerId", "seller_id", True, ("str",)),
                ("version", "version", True, ("str",)),
                ("feedId", "feed_id", True, ("str",)),
                (
                    "report",
                    "report",
                    False,
                    ("model", ListingsFeedProcessingReportSchemaV2HeaderReport),
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
        seller_id = d.pop("sellerId")

        if _reader is not None and seller_id.__class__ is not str:
            raise DeviationError("sellerId")

        version = d.pop("version")

        if _reader is not None and version.__class__ is not str:
            raise DeviationError("version")

        feed_id = d.pop("feedId")

        if _reader is not None and feed_id.__class__ is not str:
            raise DeviationError("feedId")

        _report = d.pop("report", UNSET)
        report = (
            UNSET
            if _report is UNSET
            else ListingsFeedProcessingReportSchemaV2HeaderReport.from_dict(_report)
        )

        if cls is ListingsFeedProcessingReportSchemaV2Header:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.seller_id = seller_id
            _built.version = version
            _built.feed_id = feed_id
            _built.report = report
            _built._parse_notes = None
            listings_feed_processing_report_schema_v2_header = _built
        else:  # a subclass: its own __init__ runs
            listings_feed_processing_report_schema_v2_header = cls(
                seller_id=seller_id,
                version=version,
                feed_id=feed_id,
                report=report,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        listings_feed_processing_report_schema_v2_header.additional_properties = d or {}
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
