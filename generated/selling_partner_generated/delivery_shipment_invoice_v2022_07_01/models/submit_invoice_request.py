from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_type import InvoiceType
from ..models.program_type import ProgramType
from ..types import (
    FAST,
    READER,
    DeviationError,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

T = TypeVar("T", bound="SubmitInvoiceRequest")


@_attrs_define
class SubmitInvoiceRequest:
    """
    Attributes:
        content_md5_value (str):
        invoice_content (str):
        invoice_type (InvoiceType):
        marketplace_id (str):
        program_type (ProgramType):
    """

    content_md5_value: str
    invoice_content: str
    invoice_type: InvoiceType
    marketplace_id: str
    program_type: ProgramType
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
        content_md5_value = self.content_md5_value

        invoice_content = self.invoice_content

        invoice_type = self.invoice_type.value

        marketplace_id = self.marketplace_id

        program_type = self.program_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contentMD5Value": content_md5_value,
                "invoiceContent": invoice_content,
                "invoiceType": invoice_type,
                "marketplaceId": marketplace_id,
                "programType": program_type,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("contentMD5Value", "content_md5_value", True, ("str",)),
                ("invoiceContent", "invoice_content", True, ("str",)),
                ("invoiceType", "invoice_type", True, ("enum", InvoiceType)),
                ("marketplaceId", "marketplace_id", True, ("str",)),
                ("programType", "program_type", True, ("enum", ProgramType)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        content_md5_value = d.pop("contentMD5Value")

        if _reader is not None and content_md5_value.__class__ is not str:
            raise DeviationError("contentMD5Value")

        invoice_content = d.pop("invoiceContent")

        if _reader is not None and invoice_content.__class__ is not str:
            raise DeviationError("invoiceContent")

        _invoice_type = d.pop("invoiceType")
        invoice_type = (
            InvoiceType._value2member_map_.get(_invoice_type)
            if _invoice_type.__class__ is str
            else None
        ) or InvoiceType(_invoice_type)

        marketplace_id = d.pop("marketplaceId")

        if _reader is not None and marketplace_id.__class__ is not str:
            raise DeviationError("marketplaceId")

        _program_type = d.pop("programType")
        program_type = (
            ProgramType._value2member_map_.get(_program_type)
            if _program_type.__class__ is str
            else None
        ) or ProgramType(_program_type)

        if cls is SubmitInvoiceRequest:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.content_md5_value = content_md5_value
            _built.invoice_content = invoice_content
            _built.invoice_type = invoice_type
            _built.marketplace_id = marketplace_id
            _built.program_type = program_type
            _built._parse_notes = None
            submit_invoice_request = _built
        else:  # a subclass: its own __init__ runs
            submit_invoice_request = cls(
                content_md5_value=content_md5_value,
                invoice_content=invoice_content,
                invoice_type=invoice_type,
                marketplace_id=marketplace_id,
                program_type=program_type,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        submit_invoice_request.additional_properties = d or {}
        return submit_invoice_request

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
