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
    from ..models.decorator import Decorator


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Decorator
    from ..models.decorator import Decorator

    _lazy_pending = False


T = TypeVar("T", bound="TextComponent")


@_attrs_define
class TextComponent:
    """
    Attributes:
        value (str):
        decorator_set (list[Decorator] | Unset):
    """

    value: str
    decorator_set: list[Decorator] | Unset = UNSET
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
        value = self.value

        decorator_set: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.decorator_set, Unset):
            decorator_set = []
            for componentsschemas_decorator_set_item_data in self.decorator_set:
                componentsschemas_decorator_set_item = (
                    componentsschemas_decorator_set_item_data.to_dict()
                )
                decorator_set.append(componentsschemas_decorator_set_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )
        if decorator_set is not UNSET:
            field_dict["decoratorSet"] = decorator_set

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.decorator import Decorator

        return (
            (
                ("value", "value", True, ("str",)),
                (
                    "decoratorSet",
                    "decorator_set",
                    False,
                    ("list", ("model", Decorator)),
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
        value = d.pop("value")

        if _reader is not None and value.__class__ is not str:
            raise DeviationError("value")

        _decorator_set = d.pop("decoratorSet", UNSET)
        decorator_set = (
            UNSET
            if _decorator_set is UNSET
            else [Decorator.from_dict(_item) for _item in _decorator_set]
        )

        if cls is TextComponent:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.value = value
            _built.decorator_set = decorator_set
            _built._parse_notes = None
            text_component = _built
        else:  # a subclass: its own __init__ runs
            text_component = cls(
                value=value,
                decorator_set=decorator_set,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        text_component.additional_properties = d or {}
        return text_component

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
