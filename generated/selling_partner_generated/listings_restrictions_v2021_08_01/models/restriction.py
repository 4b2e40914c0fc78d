from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.restriction_condition_type import RestrictionConditionType
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
    from ..models.reason import Reason


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Reason
    from ..models.reason import Reason

    _lazy_pending = False


T = TypeVar("T", bound="Restriction")


@_attrs_define
class Restriction:
    """
    Attributes:
        marketplace_id (str):
        condition_type (RestrictionConditionType | Unset):
        reasons (list[Reason] | Unset):
    """

    marketplace_id: str
    condition_type: RestrictionConditionType | Unset = UNSET
    reasons: list[Reason] | Unset = UNSET
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
        marketplace_id = self.marketplace_id

        condition_type: str | Unset = UNSET
        if not isinstance(self.condition_type, Unset):
            condition_type = self.condition_type.value

        reasons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reasons, Unset):
            reasons = []
            for reasons_item_data in self.reasons:
                reasons_item = reasons_item_data.to_dict()
                reasons.append(reasons_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "marketplaceId": marketplace_id,
            }
        )
        if condition_type is not UNSET:
            field_dict["conditionType"] = condition_type
        if reasons is not UNSET:
            field_dict["reasons"] = reasons

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.reason import Reason

        return (
            (
                ("marketplaceId", "marketplace_id", True, ("str",)),
                (
                    "conditionType",
                    "condition_type",
                    False,
                    ("enum", RestrictionConditionType),
                ),
                ("reasons", "reasons", False, ("list", ("model", Reason))),
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
        marketplace_id = d.pop("marketplaceId")

        if _reader is not None and marketplace_id.__class__ is not str:
            raise DeviationError("marketplaceId")

        _condition_type = d.pop("conditionType", UNSET)
        condition_type = (
            UNSET
            if _condition_type is UNSET
            else (
                RestrictionConditionType._value2member_map_.get(_condition_type)
                if _condition_type.__class__ is str
                else None
            )
            or RestrictionConditionType(_condition_type)
        )

        _reasons = d.pop("reasons", UNSET)
        reasons = (
            UNSET
            if _reasons is UNSET
            else [Reason.from_dict(_item) for _item in _reasons]
        )

        if cls is Restriction:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.marketplace_id = marketplace_id
            _built.condition_type = condition_type
            _built.reasons = reasons
            _built._parse_notes = None
            restriction = _built
        else:  # a subclass: its own __init__ runs
            restriction = cls(
                marketplace_id=marketplace_id,
                condition_type=condition_type,
                reasons=reasons,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        restriction.additional_properties = d or {}
        return restriction

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
