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
    from ..models.money_type import MoneyType


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, MoneyType
    from ..models.money_type import MoneyType

    _lazy_pending = False


T = TypeVar("T", bound="Points")


@_attrs_define
class Points:
    """
    Attributes:
        points_monetary_value (MoneyType | Unset):
        points_number (int | Unset):
    """

    points_monetary_value: MoneyType | Unset = UNSET
    points_number: int | Unset = UNSET
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
        points_monetary_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.points_monetary_value, Unset):
            points_monetary_value = self.points_monetary_value.to_dict()

        points_number = self.points_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if points_monetary_value is not UNSET:
            field_dict["pointsMonetaryValue"] = points_monetary_value
        if points_number is not UNSET:
            field_dict["pointsNumber"] = points_number

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.money_type import MoneyType

        return (
            (
                (
                    "pointsMonetaryValue",
                    "points_monetary_value",
                    False,
                    ("model", MoneyType),
                ),
                ("pointsNumber", "points_number", False, ("int",)),
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
        _points_monetary_value = d.pop("pointsMonetaryValue", UNSET)
        points_monetary_value = (
            UNSET
            if _points_monetary_value is UNSET
            else MoneyType.from_dict(_points_monetary_value)
        )

        points_number = d.pop("pointsNumber", UNSET)

        if (
            _reader is not None
            and points_number.__class__ is not int
            and points_number is not UNSET
        ):
            raise DeviationError("pointsNumber")

        if cls is Points:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.points_monetary_value = points_monetary_value
            _built.points_number = points_number
            _built._parse_notes = None
            points = _built
        else:  # a subclass: its own __init__ runs
            points = cls(
                points_monetary_value=points_monetary_value,
                points_number=points_number,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        points.additional_properties = d or {}
        return points

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
