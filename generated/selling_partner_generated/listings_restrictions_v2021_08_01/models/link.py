from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.link_verb import LinkVerb
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

T = TypeVar("T", bound="Link")


@_attrs_define
class Link:
    """
    Attributes:
        resource (str):
        verb (LinkVerb):
        title (str | Unset):
        type_ (str | Unset):
    """

    resource: str
    verb: LinkVerb
    title: str | Unset = UNSET
    type_: str | Unset = UNSET
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
        resource = self.resource

        verb = self.verb.value

        title = self.title

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource": resource,
                "verb": verb,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("resource", "resource", True, ("str",)),
                ("verb", "verb", True, ("enum", LinkVerb)),
                ("title", "title", False, ("str",)),
                ("type", "type_", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        resource = d.pop("resource")

        if _reader is not None and resource.__class__ is not str:
            raise DeviationError("resource")

        _verb = d.pop("verb")
        verb = (
            LinkVerb._value2member_map_.get(_verb) if _verb.__class__ is str else None
        ) or LinkVerb(_verb)

        title = d.pop("title", UNSET)

        if _reader is not None and title.__class__ is not str and title is not UNSET:
            raise DeviationError("title")

        type_ = d.pop("type", UNSET)

        if _reader is not None and type_.__class__ is not str and type_ is not UNSET:
            raise DeviationError("type")

        if cls is Link:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.resource = resource
            _built.verb = verb
            _built.title = title
            _built.type_ = type_
            _built._parse_notes = None
            link = _built
        else:  # a subclass: its own __init__ runs
            link = cls(
                resource=resource,
                verb=verb,
                title=title,
                type_=type_,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        link.additional_properties = d or {}
        return link

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
