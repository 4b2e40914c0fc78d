from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.verification_status import VerificationStatus
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

T = TypeVar("T", bound="ValidVerificationDetail")


@_attrs_define
class ValidVerificationDetail:
    """
    Attributes:
        valid_verification_statuses (list[VerificationStatus]):
        verification_detail_type (str):
    """

    valid_verification_statuses: list[VerificationStatus]
    verification_detail_type: str
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
        valid_verification_statuses = []
        for valid_verification_statuses_item_data in self.valid_verification_statuses:
            valid_verification_statuses_item = (
                valid_verification_statuses_item_data.value
            )
            valid_verification_statuses.append(valid_verification_statuses_item)

        verification_detail_type = self.verification_detail_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ValidVerificationStatuses": valid_verification_statuses,
                "VerificationDetailType": verification_detail_type,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                (
                    "ValidVerificationStatuses",
                    "valid_verification_statuses",
                    True,
                    ("list", ("enum", VerificationStatus)),
                ),
                ("VerificationDetailType", "verification_detail_type", True, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        _valid_verification_statuses = d.pop("ValidVerificationStatuses")
        valid_verification_statuses = [
            (
                VerificationStatus._value2member_map_.get(_item)
                if _item.__class__ is str
                else None
            )
            or VerificationStatus(_item)
            for _item in _valid_verification_statuses
        ]

        verification_detail_type = d.pop("VerificationDetailType")

        if _reader is not None and verification_detail_type.__class__ is not str:
            raise DeviationError("VerificationDetailType")

        if cls is ValidVerificationDetail:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.valid_verification_statuses = valid_verification_statuses
            _built.verification_detail_type = verification_detail_type
            _built._parse_notes = None
            valid_verification_detail = _built
        else:  # a subclass: its own __init__ runs
            valid_verification_detail = cls(
                valid_verification_statuses=valid_verification_statuses,
                verification_detail_type=verification_detail_type,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        valid_verification_detail.additional_properties = d or {}
        return valid_verification_detail

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
