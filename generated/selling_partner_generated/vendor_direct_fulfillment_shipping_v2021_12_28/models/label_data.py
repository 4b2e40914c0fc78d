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

T = TypeVar("T", bound="LabelData")


@_attrs_define
class LabelData:
    """
    Attributes:
        content (str):
        package_identifier (str | Unset):
        ship_method (str | Unset):
        ship_method_name (str | Unset):
        tracking_number (str | Unset):
    """

    content: str
    package_identifier: str | Unset = UNSET
    ship_method: str | Unset = UNSET
    ship_method_name: str | Unset = UNSET
    tracking_number: str | Unset = UNSET
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
        content = self.content

        package_identifier = self.package_identifier

        ship_method = self.ship_method

        ship_method_name = self.ship_method_name

        tracking_number = self.tracking_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
            }
        )
        if package_identifier is not UNSET:
            field_dict["packageIdentifier"] = package_identifier
        if ship_method is not UNSET:
            field_dict["shipMethod"] = ship_method
        if ship_method_name is not UNSET:
            field_dict["shipMethodName"] = ship_method_name
        if tracking_number is not UNSET:
            field_dict["trackingNumber"] = tracking_number

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("content", "content", True, ("str",)),
                ("packageIdentifier", "package_identifier", False, ("str",)),
                ("shipMethod", "ship_method", False, ("str",)),
                ("shipMethodName", "ship_method_name", False, ("str",)),
                ("trackingNumber", "tracking_number", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        content = d.pop("content")

        if _reader is not None and content.__class__ is not str:
            raise DeviationError("content")

        package_identifier = d.pop("packageIdentifier", UNSET)

        if (
            _reader is not None
            and package_identifier.__class__ is not str
            and package_identifier is not UNSET
        ):
            raise DeviationError("packageIdentifier")

        ship_method = d.pop("shipMethod", UNSET)

        if (
            _reader is not None
            and ship_method.__class__ is not str
            and ship_method is not UNSET
        ):
            raise DeviationError("shipMethod")

        ship_method_name = d.pop("shipMethodName", UNSET)

        if (
            _reader is not None
            and ship_method_name.__class__ is not str
            and ship_method_name is not UNSET
        ):
            raise DeviationError("shipMethodName")

        tracking_number = d.pop("trackingNumber", UNSET)

        if (
            _reader is not None
            and tracking_number.__class__ is not str
            and tracking_number is not UNSET
        ):
            raise DeviationError("trackingNumber")

        if cls is LabelData:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.content = content
            _built.package_identifier = package_identifier
            _built.ship_method = ship_method
            _built.ship_method_name = ship_method_name
            _built.tracking_number = tracking_number
            _built._parse_notes = None
            label_data = _built
        else:  # a subclass: its own __init__ runs
            label_data = cls(
                content=content,
                package_identifier=package_identifier,
                ship_method=ship_method,
                ship_method_name=ship_method_name,
                tracking_number=tracking_number,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        label_data.additional_properties = d or {}
        return label_data

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
