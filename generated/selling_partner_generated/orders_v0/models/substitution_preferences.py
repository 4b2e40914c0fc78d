from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.substitution_preferences_substitution_type import (
    SubstitutionPreferencesSubstitutionType,
)
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
    from ..models.substitution_option import SubstitutionOption


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, SubstitutionOption
    from ..models.substitution_option import SubstitutionOption

    _lazy_pending = False


T = TypeVar("T", bound="SubstitutionPreferences")


@_attrs_define
class SubstitutionPreferences:
    """
    Attributes:
        substitution_type (SubstitutionPreferencesSubstitutionType):
        substitution_options (list[SubstitutionOption] | Unset):
    """

    substitution_type: SubstitutionPreferencesSubstitutionType
    substitution_options: list[SubstitutionOption] | Unset = UNSET
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
        substitution_type = self.substitution_type.value

        substitution_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.substitution_options, Unset):
            substitution_options = []
            for (
                componentsschemas_substitution_option_list_item_data
            ) in self.substitution_options:
                componentsschemas_substitution_option_list_item = (
                    componentsschemas_substitution_option_list_item_data.to_dict()
                )
                substitution_options.append(
                    componentsschemas_substitution_option_list_item
                )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "SubstitutionType": substitution_type,
            }
        )
        if substitution_options is not UNSET:
            field_dict["SubstitutionOptions"] = substitution_options

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.substitution_option import SubstitutionOption

        return (
            (
                (
                    "SubstitutionType",
                    "substitution_type",
                    True,
                    ("enum", SubstitutionPreferencesSubstitutionType),
                ),
                (
                    "SubstitutionOptions",
                    "substitution_options",
                    False,
                    ("list", ("model", SubstitutionOption)),
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
        _substitution_type = d.pop("SubstitutionType")
        substitution_type = (
            SubstitutionPreferencesSubstitutionType._value2member_map_.get(
                _substitution_type
            )
            if _substitution_type.__class__ is str
            else None
        ) or SubstitutionPreferencesSubstitutionType(_substitution_type)

        _substitution_options = d.pop("SubstitutionOptions", UNSET)
        substitution_options = (
            UNSET
            if _substitution_options is UNSET
            else [
                SubstitutionOption.from_dict(_item) for _item in _substitution_options
            ]
        )

        if cls is SubstitutionPreferences:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.substitution_type = substitution_type
            _built.substitution_options = substitution_options
            _built._parse_notes = None
            substitution_preferences = _built
        else:  # a subclass: its own __init__ runs
            substitution_preferences = cls(
                substitution_type=substitution_type,
                substitution_options=substitution_options,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        substitution_preferences.additional_properties = d or {}
        return substitution_preferences

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
