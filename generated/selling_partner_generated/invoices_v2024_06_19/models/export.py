from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_status import ExportStatus
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

T = TypeVar("T", bound="Export")


@_attrs_define
class Export:
    """
    Attributes:
        error_message (str | Unset):
        export_id (str | Unset):
        generate_export_finished_at (datetime.datetime | Unset):
        generate_export_started_at (datetime.datetime | Unset):
        invoices_document_ids (list[str] | Unset):
        status (ExportStatus | Unset):
    """

    error_message: str | Unset = UNSET
    export_id: str | Unset = UNSET
    generate_export_finished_at: datetime.datetime | Unset = UNSET
    generate_export_started_at: datetime.datetime | Unset = UNSET
    invoices_document_ids: list[str] | Unset = UNSET
    status: ExportStatus | Unset = UNSET
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
        error_message = self.error_message

        export_id = self.export_id

        generate_export_finished_at: str | Unset = UNSET
        if not isinstance(self.generate_export_finished_at, Unset):
            generate_export_finished_at = self.generate_export_finished_at.isoformat()

        generate_export_started_at: str | Unset = UNSET
        if not isinstance(self.generate_export_started_at, Unset):
            generate_export_started_at = self.generate_export_started_at.isoformat()

        invoices_document_ids: list[str] | Unset = UNSET
        if not isinstance(self.invoices_document_ids, Unset):
            invoices_document_ids = self.invoices_document_ids

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if export_id is not UNSET:
            field_dict["exportId"] = export_id
        if generate_export_finished_at is not UNSET:
            field_dict["generateExportFinishedAt"] = generate_export_finished_at
        if generate_export_started_at is not UNSET:
            field_dict["generateExportStartedAt"] = generate_export_started_at
        if invoices_document_ids is not UNSET:
            field_dict["invoicesDocumentIds"] = invoices_document_ids
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("errorMessage", "error_message", False, ("str",)),
                ("exportId", "export_id", False, ("str",)),
                (
                    "generateExportFinishedAt",
                    "generate_export_finished_at",
                    False,
                    ("datetime",),
                ),
                (
                    "generateExportStartedAt",
                    "generate_export_started_at",
                    False,
                    ("datetime",),
                ),
                (
                    "invoicesDocumentIds",
                    "invoices_document_ids",
                    False,
                    ("list", ("str",)),
                ),
                ("status", "status", False, ("enum", ExportStatus)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        error_message = d.pop("errorMessage", UNSET)

        if (
            _reader is not None
            and error_message.__class__ is not str
            and error_message is not UNSET
        ):
            raise DeviationError("errorMessage")

        export_id = d.pop("exportId", UNSET)

        if (
            _reader is not None
            and export_id.__class__ is not str
            and export_id is not UNSET
        ):
            raise DeviationError("exportId")

        _generate_export_finished_at = d.pop("generateExportFinishedAt", UNSET)
        generate_export_finished_at = (
            UNSET
            if _generate_export_finished_at is UNSET
            else datetime.datetime.fromisoformat(_generate_export_finished_at)
        )

        if (
            _reader is not None
            and not isinstance(generate_export_finished_at, Unset)
            and generate_export_finished_at.tzinfo is None
        ):
            raise DeviationError("generateExportFinishedAt")

        _generate_export_started_at = d.pop("generateExportStartedAt", UNSET)
        generate_export_started_at = (
            UNSET
            if _generate_export_started_at is UNSET
            else datetime.datetime.fromisoformat(_generate_export_started_at)
        )

        if (
            _reader is not None
            and not isinstance(generate_export_started_at, Unset)
            and generate_export_started_at.tzinfo is None
        ):
            raise DeviationError("generateExportStartedAt")

        invoices_document_ids = d.pop("invoicesDocumentIds", UNSET)

        if (
            _reader is not None
            and invoices_document_ids.__class__ is not list
            and invoices_document_ids is not UNSET
        ):
            raise DeviationError("invoicesDocumentIds")

        _status = d.pop("status", UNSET)
        status = (
            UNSET
            if _status is UNSET
            else (
                ExportStatus._value2member_map_.get(_status)
                if _status.__class__ is str
                else None
            )
            or ExportStatus(_status)
        )

        if cls is Export:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.error_message = error_message
            _built.export_id = export_id
            _built.generate_export_finished_at = generate_export_finished_at
            _built.generate_export_started_at = generate_export_started_at
            _built.invoices_document_ids = invoices_document_ids
            _built.status = status
            _built._parse_notes = None
            export = _built
        else:  # a subclass: its own __init__ runs
            export = cls(
                error_message=error_message,
                export_id=export_id,
                generate_export_finished_at=generate_export_finished_at,
                generate_export_started_at=generate_export_started_at,
                invoices_document_ids=invoices_document_ids,
                status=status,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        export.additional_properties = d or {}
        return export

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
