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

T = TypeVar("T", bound="HttpResponseHeaders")


@_attrs_define
class HttpResponseHeaders:
    """
    Attributes:
        date (str | Unset):
        x_amzn_request_id (str | Unset):
    """

    date: str | Unset = UNSET
    x_amzn_request_id: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)
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
        date = self.date

        x_amzn_request_id = self.x_amzn_request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["Date"] = date
        if x_amzn_request_id is not UNSET:
            field_dict["x-amzn-RequestId"] = x_amzn_request_id

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("Date", "date", False, ("str",)),
                ("x-amzn-RequestId", "x_amzn_request_id", False, ("str",)),
            ),
            ("str",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        date = d.pop("Date", UNSET)

        if _reader is not None and date.__class__ is not str and date is not UNSET:
            raise DeviationError("Date")

        x_amzn_request_id = d.pop("x-amzn-RequestId", UNSET)

        if (
            _reader is not None
            and x_amzn_request_id.__class__ is not str
            and x_amzn_request_id is not UNSET
        ):
            raise DeviationError("x-amzn-RequestId")

        if cls is HttpResponseHeaders:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.date = date
            _built.x_amzn_request_id = x_amzn_request_id
            _built._parse_notes = None
            http_response_headers = _built
        else:  # a subclass: its own __init__ runs
            http_response_headers = cls(
                date=date,
                x_amzn_request_id=x_amzn_request_id,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        http_response_headers.additional_properties = d or {}
        return http_response_headers

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
