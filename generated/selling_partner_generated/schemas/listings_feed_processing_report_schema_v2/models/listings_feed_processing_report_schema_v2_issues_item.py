from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

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
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("severity", "severity", True, ("str",)),
                ("message", "message", True, ("str",)),
                ("messageId", "message_id", False, ("int",)),
                ("sku", "sku", False, ("str",)),
                ("code", "code", False, ("str",)),
                ("attributeName", "attribute_name", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        severity = d.pop("severity")

        if _reader is not None and severity.__class__ is not str:
            raise DeviationError("severity")

        message = d.pop("message")

        if _reader is not None and message.__class__ is not str:
            raise DeviationError("message")

        message_id = d.pop("messageId", UNSET)

        if (
            _reader is not None
            and message_id.__class__ is not int
            and message_id is not UNSET
        ):
            raise DeviationError("messageId")

        sku = d.pop("sku", UNSET)

        if _reader is not None and sku.__class__ is not str and sku is not UNSET:
            raise DeviationError("sku")

        code = d.pop("code", UNSET)

        if _reader is not None and code.__class__ is not str and code is not UNSET:
            raise DeviationError("code")

        attribute_name = d.pop("attributeName", UNSET)

        if (
            _reader is not None
            and attribute_name.__class__ is not str
            and attribute_name is not UNSET
        ):
            raise DeviationError("attributeName")

        if cls is ListingsFeedProcessingReportSchemaV2IssuesItem:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.severity = severity
            _built.message = message
            _built.message_id = message_id
            _built.sku = sku
            _built.code = code
            _built.attribute_name = attribute_name
            _built._parse_notes = None
            listings_feed_processing_report_schema_v2_issues_item = _built
        else:  # a subclass: its own __init__ runs
            listings_feed_processing_report_schema_v2_issues_item = cls(
                severity=severity,
                message=message,
                message_id=message_id,
                sku=sku,
                code=code,
                attribute_name=attribute_name,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        listings_feed_processing_report_schema_v2_issues_item.additional_properties = (
            d or {}
        )
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
