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

T = TypeVar("T", bound="OperationProblem")


@_attrs_define
class OperationProblem:
    """
    Attributes:
        code (str):
        message (str):
        severity (str):
        details (str | Unset):
    """

    code: str
    message: str
    severity: str
    details: str | Unset = UNSET
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
        code = self.code

        message = self.message

        severity = self.severity

        details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "severity": severity,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("code", "code", True, ("str",)),
                ("message", "message", True, ("str",)),
                ("severity", "severity", True, ("str",)),
                ("details", "details", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        code = d.pop("code")

        if _reader is not None and code.__class__ is not str:
            raise DeviationError("code")

        message = d.pop("message")

        if _reader is not None and message.__class__ is not str:
            raise DeviationError("message")

        severity = d.pop("severity")

        if _reader is not None and severity.__class__ is not str:
            raise DeviationError("severity")

        details = d.pop("details", UNSET)

        if (
            _reader is not None
            and details.__class__ is not str
            and details is not UNSET
        ):
            raise DeviationError("details")

        if cls is OperationProblem:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.code = code
            _built.message = message
            _built.severity = severity
            _built.details = details
            _built._parse_notes = None
            operation_problem = _built
        else:  # a subclass: its own __init__ runs
            operation_problem = cls(
                code=code,
                message=message,
                severity=severity,
                details=details,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        operation_problem.additional_properties = d or {}
        return operation_problem

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
