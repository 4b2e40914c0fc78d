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
    from ..models.container_sequence_numbers import ContainerSequenceNumbers


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ContainerSequenceNumbers
    from ..models.container_sequence_numbers import ContainerSequenceNumbers

    _lazy_pending = False


T = TypeVar("T", bound="InnerContainersDetails")


@_attrs_define
class InnerContainersDetails:
    """
    Attributes:
        container_count (int | Unset):
        container_sequence_numbers (list[ContainerSequenceNumbers] | Unset):
    """

    container_count: int | Unset = UNSET
    container_sequence_numbers: list[ContainerSequenceNumbers] | Unset = UNSET
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
        container_count = self.container_count

        container_sequence_numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.container_sequence_numbers, Unset):
            container_sequence_numbers = []
            for container_sequence_numbers_item_data in self.container_sequence_numbers:
                container_sequence_numbers_item = (
                    container_sequence_numbers_item_data.to_dict()
                )
                container_sequence_numbers.append(container_sequence_numbers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if container_count is not UNSET:
            field_dict["containerCount"] = container_count
        if container_sequence_numbers is not UNSET:
            field_dict["containerSequenceNumbers"] = container_sequence_numbers

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.container_sequence_numbers import ContainerSequenceNumbers

        return (
            (
                ("containerCount", "container_count", False, ("int",)),
                (
                    "containerSequenceNumbers",
                    "container_sequence_numbers",
                    False,
                    ("list", ("model", ContainerSequenceNumbers)),
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
        container_count = d.pop("containerCount", UNSET)

        if (
            _reader is not None
            and container_count.__class__ is not int
            and container_count is not UNSET
        ):
            raise DeviationError("containerCount")

        _container_sequence_numbers = d.pop("containerSequenceNumbers", UNSET)
        container_sequence_numbers = (
            UNSET
            if _container_sequence_numbers is UNSET
            else [
                ContainerSequenceNumbers.from_dict(_item)
                for _item in _container_sequence_numbers
            ]
        )

        if cls is InnerContainersDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.container_count = container_count
            _built.container_sequence_numbers = container_sequence_numbers
            _built._parse_notes = None
            inner_containers_details = _built
        else:  # a subclass: its own __init__ runs
            inner_containers_details = cls(
                container_count=container_count,
                container_sequence_numbers=container_sequence_numbers,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        inner_containers_details.additional_properties = d or {}
        return inner_containers_details

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
