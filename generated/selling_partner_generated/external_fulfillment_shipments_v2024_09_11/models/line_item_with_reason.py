from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.line_item_with_reason_reason import LineItemWithReasonReason
from ..types import (
    FAST,
    READER,
    UNSET,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.line_item import LineItem


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, LineItem
    from ..models.line_item import LineItem

    _lazy_pending = False


T = TypeVar("T", bound="LineItemWithReason")


@_attrs_define
class LineItemWithReason:
    """
    Attributes:
        line_item (LineItem):
        reason (LineItemWithReasonReason | Unset):
    """

    line_item: LineItem
    reason: LineItemWithReasonReason | Unset = UNSET
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
        line_item = self.line_item.to_dict()

        reason: str | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lineItem": line_item,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.line_item import LineItem

        return (
            (
                ("lineItem", "line_item", True, ("model", LineItem)),
                ("reason", "reason", False, ("enum", LineItemWithReasonReason)),
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
        line_item = LineItem.from_dict(d.pop("lineItem"))

        _reason = d.pop("reason", UNSET)
        reason = (
            UNSET
            if _reason is UNSET
            else (
                LineItemWithReasonReason._value2member_map_.get(_reason)
                if _reason.__class__ is str
                else None
            )
            or LineItemWithReasonReason(_reason)
        )

        if cls is LineItemWithReason:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.line_item = line_item
            _built.reason = reason
            _built._parse_notes = None
            line_item_with_reason = _built
        else:  # a subclass: its own __init__ runs
            line_item_with_reason = cls(
                line_item=line_item,
                reason=reason,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        line_item_with_reason.additional_properties = d or {}
        return line_item_with_reason

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
