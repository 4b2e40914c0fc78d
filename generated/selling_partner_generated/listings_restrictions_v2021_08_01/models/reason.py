from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reason_reason_code import ReasonReasonCode
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
    from ..models.link import Link


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Link
    from ..models.link import Link

    _lazy_pending = False


T = TypeVar("T", bound="Reason")


@_attrs_define
class Reason:
    """
    Attributes:
        message (str):
        links (list[Link] | Unset):
        reason_code (ReasonReasonCode | Unset):
    """

    message: str
    links: list[Link] | Unset = UNSET
    reason_code: ReasonReasonCode | Unset = UNSET
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
        message = self.message

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        reason_code: str | Unset = UNSET
        if not isinstance(self.reason_code, Unset):
            reason_code = self.reason_code.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links
        if reason_code is not UNSET:
            field_dict["reasonCode"] = reason_code

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.link import Link

        return (
            (
                ("message", "message", True, ("str",)),
                ("links", "links", False, ("list", ("model", Link))),
                ("reasonCode", "reason_code", False, ("enum", ReasonReasonCode)),
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
        message = d.pop("message")

        if _reader is not None and message.__class__ is not str:
            raise DeviationError("message")

        _links = d.pop("links", UNSET)
        links = (
            UNSET if _links is UNSET else [Link.from_dict(_item) for _item in _links]
        )

        _reason_code = d.pop("reasonCode", UNSET)
        reason_code = (
            UNSET
            if _reason_code is UNSET
            else (
                ReasonReasonCode._value2member_map_.get(_reason_code)
                if _reason_code.__class__ is str
                else None
            )
            or ReasonReasonCode(_reason_code)
        )

        if cls is Reason:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.message = message
            _built.links = links
            _built.reason_code = reason_code
            _built._parse_notes = None
            reason = _built
        else:  # a subclass: its own __init__ runs
            reason = cls(
                message=message,
                links=links,
                reason_code=reason_code,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        reason.additional_properties = d or {}
        return reason

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
