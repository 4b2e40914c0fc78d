from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.restricted_resource_method import RestrictedResourceMethod
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

T = TypeVar("T", bound="RestrictedResource")


@_attrs_define
class RestrictedResource:
    """
    Attributes:
        method (RestrictedResourceMethod):
        path (str):
        data_elements (list[str] | Unset):
    """

    method: RestrictedResourceMethod
    path: str
    data_elements: list[str] | Unset = UNSET
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
        method = self.method.value

        path = self.path

        data_elements: list[str] | Unset = UNSET
        if not isinstance(self.data_elements, Unset):
            data_elements = self.data_elements

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "path": path,
            }
        )
        if data_elements is not UNSET:
            field_dict["dataElements"] = data_elements

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("method", "method", True, ("enum", RestrictedResourceMethod)),
                ("path", "path", True, ("str",)),
                ("dataElements", "data_elements", False, ("list", ("str",))),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        _method = d.pop("method")
        method = (
            RestrictedResourceMethod._value2member_map_.get(_method)
            if _method.__class__ is str
            else None
        ) or RestrictedResourceMethod(_method)

        path = d.pop("path")

        if _reader is not None and path.__class__ is not str:
            raise DeviationError("path")

        data_elements = d.pop("dataElements", UNSET)

        if (
            _reader is not None
            and data_elements.__class__ is not list
            and data_elements is not UNSET
        ):
            raise DeviationError("dataElements")

        if cls is RestrictedResource:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.method = method
            _built.path = path
            _built.data_elements = data_elements
            _built._parse_notes = None
            restricted_resource = _built
        else:  # a subclass: its own __init__ runs
            restricted_resource = cls(
                method=method,
                path=path,
                data_elements=data_elements,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        restricted_resource.additional_properties = d or {}
        return restricted_resource

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
