from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.package_status import PackageStatus
from ..models.package_sub_status import PackageSubStatus
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

T = TypeVar("T", bound="PackageDeliveryStatus")


@_attrs_define
class PackageDeliveryStatus:
    """
    Attributes:
        reason (str | Unset):
        status (PackageStatus | Unset):
        sub_status (PackageSubStatus | Unset):
    """

    reason: str | Unset = UNSET
    status: PackageStatus | Unset = UNSET
    sub_status: PackageSubStatus | Unset = UNSET
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
        reason = self.reason

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        sub_status: str | Unset = UNSET
        if not isinstance(self.sub_status, Unset):
            sub_status = self.sub_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason
        if status is not UNSET:
            field_dict["status"] = status
        if sub_status is not UNSET:
            field_dict["subStatus"] = sub_status

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("reason", "reason", False, ("str",)),
                ("status", "status", False, ("enum", PackageStatus)),
                ("subStatus", "sub_status", False, ("enum", PackageSubStatus)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        reason = d.pop("reason", UNSET)

        if _reader is not None and reason.__class__ is not str and reason is not UNSET:
            raise DeviationError("reason")

        _status = d.pop("status", UNSET)
        status = (
            UNSET
            if _status is UNSET
            else (
                PackageStatus._value2member_map_.get(_status)
                if _status.__class__ is str
                else None
            )
            or PackageStatus(_status)
        )

        _sub_status = d.pop("subStatus", UNSET)
        sub_status = (
            UNSET
            if _sub_status is UNSET
            else (
                PackageSubStatus._value2member_map_.get(_sub_status)
                if _sub_status.__class__ is str
                else None
            )
            or PackageSubStatus(_sub_status)
        )

        if cls is PackageDeliveryStatus:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.reason = reason
            _built.status = status
            _built.sub_status = sub_status
            _built._parse_notes = None
            package_delivery_status = _built
        else:  # a subclass: its own __init__ runs
            package_delivery_status = cls(
                reason=reason,
                status=status,
                sub_status=sub_status,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        package_delivery_status.additional_properties = d or {}
        return package_delivery_status

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
