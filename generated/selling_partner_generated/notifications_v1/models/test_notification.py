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

T = TypeVar("T", bound="TestNotification")


@_attrs_define
class TestNotification:
    """
    Attributes:
        payload_version (str):
        test_scenario (str | Unset):
    """

    payload_version: str
    test_scenario: str | Unset = UNSET
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
        payload_version = self.payload_version

        test_scenario = self.test_scenario

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payloadVersion": payload_version,
            }
        )
        if test_scenario is not UNSET:
            field_dict["testScenario"] = test_scenario

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("payloadVersion", "payload_version", True, ("str",)),
                ("testScenario", "test_scenario", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        payload_version = d.pop("payloadVersion")

        if _reader is not None and payload_version.__class__ is not str:
            raise DeviationError("payloadVersion")

        test_scenario = d.pop("testScenario", UNSET)

        if (
            _reader is not None
            and test_scenario.__class__ is not str
            and test_scenario is not UNSET
        ):
            raise DeviationError("testScenario")

        if cls is TestNotification:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.payload_version = payload_version
            _built.test_scenario = test_scenario
            _built._parse_notes = None
            test_notification = _built
        else:  # a subclass: its own __init__ runs
            test_notification = cls(
                payload_version=payload_version,
                test_scenario=test_scenario,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        test_notification.additional_properties = d or {}
        return test_notification

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
