from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

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

if TYPE_CHECKING:
    from ..models.value_added_service import ValueAddedService


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ValueAddedService
    from ..models.value_added_service import ValueAddedService

    _lazy_pending = False


T = TypeVar("T", bound="AvailableValueAddedServiceGroup")


@_attrs_define
class AvailableValueAddedServiceGroup:
    """
    Attributes:
        group_description (str):
        group_id (str):
        is_required (bool):
        value_added_services (list[ValueAddedService] | Unset):
    """

    group_description: str
    group_id: str
    is_required: bool
    value_added_services: list[ValueAddedService] | Unset = UNSET
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
        group_description = self.group_description

        group_id = self.group_id

        is_required = self.is_required

        value_added_services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.value_added_services, Unset):
            value_added_services = []
            for value_added_services_item_data in self.value_added_services:
                value_added_services_item = value_added_services_item_data.to_dict()
                value_added_services.append(value_added_services_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "groupDescription": group_description,
                "groupId": group_id,
                "isRequired": is_required,
            }
        )
        if value_added_services is not UNSET:
            field_dict["valueAddedServices"] = value_added_services

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.value_added_service import ValueAddedService

        return (
            (
                ("groupDescription", "group_description", True, ("str",)),
                ("groupId", "group_id", True, ("str",)),
                ("isRequired", "is_required", True, ("bool",)),
                (
                    "valueAddedServices",
                    "value_added_services",
                    False,
                    ("list", ("model", ValueAddedService)),
                ),
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
        group_description = d.pop("groupDescription")

        if _reader is not None and group_description.__class__ is not str:
            raise DeviationError("groupDescription")

        group_id = d.pop("groupId")

        if _reader is not None and group_id.__class__ is not str:
            raise DeviationError("groupId")

        is_required = d.pop("isRequired")

        if _reader is not None and is_required.__class__ is not bool:
            raise DeviationError("isRequired")

        _value_added_services = d.pop("valueAddedServices", UNSET)
        value_added_services = (
            UNSET
            if _value_added_services is UNSET
            else [ValueAddedService.from_dict(_item) for _item in _value_added_services]
        )

        if cls is AvailableValueAddedServiceGroup:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.group_description = group_description
            _built.group_id = group_id
            _built.is_required = is_required
            _built.value_added_services = value_added_services
            _built._parse_notes = None
            available_value_added_service_group = _built
        else:  # a subclass: its own __init__ runs
            available_value_added_service_group = cls(
                group_description=group_description,
                group_id=group_id,
                is_required=is_required,
                value_added_services=value_added_services,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        available_value_added_service_group.additional_properties = d or {}
        return available_value_added_service_group

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
