from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.issue_severity import IssueSeverity
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
    from ..models.issue_enforcements import IssueEnforcements


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, IssueEnforcements
    from ..models.issue_enforcements import IssueEnforcements

    _lazy_pending = False


T = TypeVar("T", bound="Issue")


@_attrs_define
class Issue:
    """
    Attributes:
        categories (list[str]):
        code (str):
        message (str):
        severity (IssueSeverity):
        attribute_names (list[str] | Unset):
        enforcements (IssueEnforcements | Unset):
        marketplace_ids (list[str] | Unset):
    """

    categories: list[str]
    code: str
    message: str
    severity: IssueSeverity
    attribute_names: list[str] | Unset = UNSET
    enforcements: IssueEnforcements | Unset = UNSET
    marketplace_ids: list[str] | Unset = UNSET
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
        categories = self.categories

        code = self.code

        message = self.message

        severity = self.severity.value

        attribute_names: list[str] | Unset = UNSET
        if not isinstance(self.attribute_names, Unset):
            attribute_names = self.attribute_names

        enforcements: dict[str, Any] | Unset = UNSET
        if not isinstance(self.enforcements, Unset):
            enforcements = self.enforcements.to_dict()

        marketplace_ids: list[str] | Unset = UNSET
        if not isinstance(self.marketplace_ids, Unset):
            marketplace_ids = self.marketplace_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "categories": categories,
                "code": code,
                "message": message,
                "severity": severity,
            }
        )
        if attribute_names is not UNSET:
            field_dict["attributeNames"] = attribute_names
        if enforcements is not UNSET:
            field_dict["enforcements"] = enforcements
        if marketplace_ids is not UNSET:
            field_dict["marketplaceIds"] = marketplace_ids

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.issue_enforcements import IssueEnforcements

        return (
            (
                ("categories", "categories", True, ("list", ("str",))),
                ("code", "code", True, ("str",)),
                ("message", "message", True, ("str",)),
                ("severity", "severity", True, ("enum", IssueSeverity)),
                ("attributeNames", "attribute_names", False, ("list", ("str",))),
                ("enforcements", "enforcements", False, ("model", IssueEnforcements)),
                ("marketplaceIds", "marketplace_ids", False, ("list", ("str",))),
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
        categories = d.pop("categories")

        if _reader is not None and categories.__class__ is not list:
            raise DeviationError("categories")

        code = d.pop("code")

        if _reader is not None and code.__class__ is not str:
            raise DeviationError("code")

        message = d.pop("message")

        if _reader is not None and message.__class__ is not str:
            raise DeviationError("message")

        _severity = d.pop("severity")
        severity = (
            IssueSeverity._value2member_map_.get(_severity)
            if _severity.__class__ is str
            else None
        ) or IssueSeverity(_severity)

        attribute_names = d.pop("attributeNames", UNSET)

        if (
            _reader is not None
            and attribute_names.__class__ is not list
            and attribute_names is not UNSET
        ):
            raise DeviationError("attributeNames")

        _enforcements = d.pop("enforcements", UNSET)
        enforcements = (
            UNSET
            if _enforcements is UNSET
            else IssueEnforcements.from_dict(_enforcements)
        )

        marketplace_ids = d.pop("marketplaceIds", UNSET)

        if (
            _reader is not None
            and marketplace_ids.__class__ is not list
            and marketplace_ids is not UNSET
        ):
            raise DeviationError("marketplaceIds")

        if cls is Issue:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.categories = categories
            _built.code = code
            _built.message = message
            _built.severity = severity
            _built.attribute_names = attribute_names
            _built.enforcements = enforcements
            _built.marketplace_ids = marketplace_ids
            _built._parse_notes = None
            issue = _built
        else:  # a subclass: its own __init__ runs
            issue = cls(
                categories=categories,
                code=code,
                message=message,
                severity=severity,
                attribute_names=attribute_names,
                enforcements=enforcements,
                marketplace_ids=marketplace_ids,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        issue.additional_properties = d or {}
        return issue

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
