from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tracking_milestone_status_code import TrackingMilestoneStatusCode
from ..models.tracking_milestone_status_sub_code import TrackingMilestoneStatusSubCode
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

T = TypeVar("T", bound="TrackingMilestoneStatus")


@_attrs_define
class TrackingMilestoneStatus:
    """
    Attributes:
        code (TrackingMilestoneStatusCode):
        description (str):
        sub_code (TrackingMilestoneStatusSubCode | Unset):
    """

    code: TrackingMilestoneStatusCode
    description: str
    sub_code: TrackingMilestoneStatusSubCode | Unset = UNSET
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
        code = self.code.value

        description = self.description

        sub_code: str | Unset = UNSET
        if not isinstance(self.sub_code, Unset):
            sub_code = self.sub_code.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "description": description,
            }
        )
        if sub_code is not UNSET:
            field_dict["subCode"] = sub_code

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("code", "code", True, ("enum", TrackingMilestoneStatusCode)),
                ("description", "description", True, ("str",)),
                (
                    "subCode",
                    "sub_code",
                    False,
                    ("enum", TrackingMilestoneStatusSubCode),
                ),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        _code = d.pop("code")
        code = (
            TrackingMilestoneStatusCode._value2member_map_.get(_code)
            if _code.__class__ is str
            else None
        ) or TrackingMilestoneStatusCode(_code)

        description = d.pop("description")

        if _reader is not None and description.__class__ is not str:
            raise DeviationError("description")

        _sub_code = d.pop("subCode", UNSET)
        sub_code = (
            UNSET
            if _sub_code is UNSET
            else (
                TrackingMilestoneStatusSubCode._value2member_map_.get(_sub_code)
                if _sub_code.__class__ is str
                else None
            )
            or TrackingMilestoneStatusSubCode(_sub_code)
        )

        if cls is TrackingMilestoneStatus:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.code = code
            _built.description = description
            _built.sub_code = sub_code
            _built._parse_notes = None
            tracking_milestone_status = _built
        else:  # a subclass: its own __init__ runs
            tracking_milestone_status = cls(
                code=code,
                description=description,
                sub_code=sub_code,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        tracking_milestone_status.additional_properties = d or {}
        return tracking_milestone_status

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
