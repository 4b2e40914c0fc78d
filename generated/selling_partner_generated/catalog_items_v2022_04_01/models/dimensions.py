from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    UNSET,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.dimension import Dimension


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Dimension
    from ..models.dimension import Dimension

    _lazy_pending = False


T = TypeVar("T", bound="Dimensions")


@_attrs_define
class Dimensions:
    """
    Attributes:
        height (Dimension | Unset):
        length (Dimension | Unset):
        weight (Dimension | Unset):
        width (Dimension | Unset):
    """

    height: Dimension | Unset = UNSET
    length: Dimension | Unset = UNSET
    weight: Dimension | Unset = UNSET
    width: Dimension | Unset = UNSET
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
        height: dict[str, Any] | Unset = UNSET
        if not isinstance(self.height, Unset):
            height = self.height.to_dict()

        length: dict[str, Any] | Unset = UNSET
        if not isinstance(self.length, Unset):
            length = self.length.to_dict()

        weight: dict[str, Any] | Unset = UNSET
        if not isinstance(self.weight, Unset):
            weight = self.weight.to_dict()

        width: dict[str, Any] | Unset = UNSET
        if not isinstance(self.width, Unset):
            width = self.width.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if height is not UNSET:
            field_dict["height"] = height
        if length is not UNSET:
            field_dict["length"] = length
        if weight is not UNSET:
            field_dict["weight"] = weight
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.dimension import Dimension

        return (
            (
                ("height", "height", False, ("model", Dimension)),
                ("length", "length", False, ("model", Dimension)),
                ("weight", "weight", False, ("model", Dimension)),
                ("width", "width", False, ("model", Dimension)),
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
        _height = d.pop("height", UNSET)
        height = UNSET if _height is UNSET else Dimension.from_dict(_height)

        _length = d.pop("length", UNSET)
        length = UNSET if _length is UNSET else Dimension.from_dict(_length)

        _weight = d.pop("weight", UNSET)
        weight = UNSET if _weight is UNSET else Dimension.from_dict(_weight)

        _width = d.pop("width", UNSET)
        width = UNSET if _width is UNSET else Dimension.from_dict(_width)

        if cls is Dimensions:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.height = height
            _built.length = length
            _built.weight = weight
            _built.width = width
            _built._parse_notes = None
            dimensions = _built
        else:  # a subclass: its own __init__ runs
            dimensions = cls(
                height=height,
                length=length,
                weight=weight,
                width=width,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        dimensions.additional_properties = d or {}
        return dimensions

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
