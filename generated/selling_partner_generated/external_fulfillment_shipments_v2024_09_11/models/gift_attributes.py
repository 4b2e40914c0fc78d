from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.presence_status import PresenceStatus
from ..models.requirement_level import RequirementLevel
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
    from ..models.document import Document


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Document
    from ..models.document import Document

    _lazy_pending = False


T = TypeVar("T", bound="GiftAttributes")


@_attrs_define
class GiftAttributes:
    """
    Attributes:
        gift_message_presence (PresenceStatus):
        gift_wrap_requirement (RequirementLevel):
        gift_message (Document | Unset):
        gift_wrap_label (str | Unset):
    """

    gift_message_presence: PresenceStatus
    gift_wrap_requirement: RequirementLevel
    gift_message: Document | Unset = UNSET
    gift_wrap_label: str | Unset = UNSET
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
        gift_message_presence = self.gift_message_presence.value

        gift_wrap_requirement = self.gift_wrap_requirement.value

        gift_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gift_message, Unset):
            gift_message = self.gift_message.to_dict()

        gift_wrap_label = self.gift_wrap_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "giftMessagePresence": gift_message_presence,
                "giftWrapRequirement": gift_wrap_requirement,
            }
        )
        if gift_message is not UNSET:
            field_dict["giftMessage"] = gift_message
        if gift_wrap_label is not UNSET:
            field_dict["giftWrapLabel"] = gift_wrap_label

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.document import Document

        return (
            (
                (
                    "giftMessagePresence",
                    "gift_message_presence",
                    True,
                    ("enum", PresenceStatus),
                ),
                (
                    "giftWrapRequirement",
                    "gift_wrap_requirement",
                    True,
                    ("enum", RequirementLevel),
                ),
                ("giftMessage", "gift_message", False, ("model", Document)),
                ("giftWrapLabel", "gift_wrap_label", False, ("str",)),
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
        _gift_message_presence = d.pop("giftMessagePresence")
        gift_message_presence = (
            PresenceStatus._value2member_map_.get(_gift_message_presence)
            if _gift_message_presence.__class__ is str
            else None
        ) or PresenceStatus(_gift_message_presence)

        _gift_wrap_requirement = d.pop("giftWrapRequirement")
        gift_wrap_requirement = (
            RequirementLevel._value2member_map_.get(_gift_wrap_requirement)
            if _gift_wrap_requirement.__class__ is str
            else None
        ) or RequirementLevel(_gift_wrap_requirement)

        _gift_message = d.pop("giftMessage", UNSET)
        gift_message = (
            UNSET if _gift_message is UNSET else Document.from_dict(_gift_message)
        )

        gift_wrap_label = d.pop("giftWrapLabel", UNSET)

        if (
            _reader is not None
            and gift_wrap_label.__class__ is not str
            and gift_wrap_label is not UNSET
        ):
            raise DeviationError("giftWrapLabel")

        if cls is GiftAttributes:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.gift_message_presence = gift_message_presence
            _built.gift_wrap_requirement = gift_wrap_requirement
            _built.gift_message = gift_message
            _built.gift_wrap_label = gift_wrap_label
            _built._parse_notes = None
            gift_attributes = _built
        else:  # a subclass: its own __init__ runs
            gift_attributes = cls(
                gift_message_presence=gift_message_presence,
                gift_wrap_requirement=gift_wrap_requirement,
                gift_message=gift_message,
                gift_wrap_label=gift_wrap_label,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        gift_attributes.additional_properties = d or {}
        return gift_attributes

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
