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
    from ..models.excluded_benefit import ExcludedBenefit


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ExcludedBenefit
    from ..models.excluded_benefit import ExcludedBenefit

    _lazy_pending = False


T = TypeVar("T", bound="Benefits")


@_attrs_define
class Benefits:
    """
    Attributes:
        excluded_benefits (list[ExcludedBenefit] | Unset):
        included_benefits (list[str] | Unset):
    """

    excluded_benefits: list[ExcludedBenefit] | Unset = UNSET
    included_benefits: list[str] | Unset = UNSET
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
        excluded_benefits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.excluded_benefits, Unset):
            excluded_benefits = []
            for componentsschemas_excluded_benefits_item_data in self.excluded_benefits:
                componentsschemas_excluded_benefits_item = (
                    componentsschemas_excluded_benefits_item_data.to_dict()
                )
                excluded_benefits.append(componentsschemas_excluded_benefits_item)

        included_benefits: list[str] | Unset = UNSET
        if not isinstance(self.included_benefits, Unset):
            included_benefits = self.included_benefits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if excluded_benefits is not UNSET:
            field_dict["ExcludedBenefits"] = excluded_benefits
        if included_benefits is not UNSET:
            field_dict["IncludedBenefits"] = included_benefits

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.excluded_benefit import ExcludedBenefit

        return (
            (
                (
                    "ExcludedBenefits",
                    "excluded_benefits",
                    False,
                    ("list", ("model", ExcludedBenefit)),
                ),
                ("IncludedBenefits", "included_benefits", False, ("list", ("str",))),
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
        _excluded_benefits = d.pop("ExcludedBenefits", UNSET)
        excluded_benefits = (
            UNSET
            if _excluded_benefits is UNSET
            else [ExcludedBenefit.from_dict(_item) for _item in _excluded_benefits]
        )

        included_benefits = d.pop("IncludedBenefits", UNSET)

        if (
            _reader is not None
            and included_benefits.__class__ is not list
            and included_benefits is not UNSET
        ):
            raise DeviationError("IncludedBenefits")

        if cls is Benefits:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.excluded_benefits = excluded_benefits
            _built.included_benefits = included_benefits
            _built._parse_notes = None
            benefits = _built
        else:  # a subclass: its own __init__ runs
            benefits = cls(
                excluded_benefits=excluded_benefits,
                included_benefits=included_benefits,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        benefits.additional_properties = d or {}
        return benefits

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
