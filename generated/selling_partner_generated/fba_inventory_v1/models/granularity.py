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

T = TypeVar("T", bound="Granularity")


@_attrs_define
class Granularity:
    """
    Attributes:
        granularity_id (str | Unset):
        granularity_type (str | Unset):
    """

    granularity_id: str | Unset = UNSET
    granularity_type: str | Unset = UNSET
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
        granularity_id = self.granularity_id

        granularity_type = self.granularity_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if granularity_id is not UNSET:
            field_dict["granularityId"] = granularity_id
        if granularity_type is not UNSET:
            field_dict["granularityType"] = granularity_type

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("granularityId", "granularity_id", False, ("str",)),
                ("granularityType", "granularity_type", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        granularity_id = d.pop("granularityId", UNSET)

        if (
            _reader is not None
            and granularity_id.__class__ is not str
            and granularity_id is not UNSET
        ):
            raise DeviationError("granularityId")

        granularity_type = d.pop("granularityType", UNSET)

        if (
            _reader is not None
            and granularity_type.__class__ is not str
            and granularity_type is not UNSET
        ):
            raise DeviationError("granularityType")

        if cls is Granularity:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.granularity_id = granularity_id
            _built.granularity_type = granularity_type
            _built._parse_notes = None
            granularity = _built
        else:  # a subclass: its own __init__ runs
            granularity = cls(
                granularity_id=granularity_id,
                granularity_type=granularity_type,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        granularity.additional_properties = d or {}
        return granularity

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
