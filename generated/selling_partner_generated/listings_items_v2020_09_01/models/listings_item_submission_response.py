from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.listings_item_submission_response_status import (
    ListingsItemSubmissionResponseStatus,
)
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
    from ..models.issue import Issue


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Issue
    from ..models.issue import Issue

    _lazy_pending = False


T = TypeVar("T", bound="ListingsItemSubmissionResponse")


@_attrs_define
class ListingsItemSubmissionResponse:
    """
    Attributes:
        sku (str):
        status (ListingsItemSubmissionResponseStatus):
        submission_id (str):
        issues (list[Issue] | Unset):
    """

    sku: str
    status: ListingsItemSubmissionResponseStatus
    submission_id: str
    issues: list[Issue] | Unset = UNSET
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
        sku = self.sku

        status = self.status.value

        submission_id = self.submission_id

        issues: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.issues, Unset):
            issues = []
            for issues_item_data in self.issues:
                issues_item = issues_item_data.to_dict()
                issues.append(issues_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sku": sku,
                "status": status,
                "submissionId": submission_id,
            }
        )
        if issues is not UNSET:
            field_dict["issues"] = issues

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.issue import Issue

        return (
            (
                ("sku", "sku", True, ("str",)),
                (
                    "status",
                    "status",
                    True,
                    ("enum", ListingsItemSubmissionResponseStatus),
                ),
                ("submissionId", "submission_id", True, ("str",)),
                ("issues", "issues", False, ("list", ("model", Issue))),
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
        sku = d.pop("sku")

        if _reader is not None and sku.__class__ is not str:
            raise DeviationError("sku")

        _status = d.pop("status")
        status = (
            ListingsItemSubmissionResponseStatus._value2member_map_.get(_status)
            if _status.__class__ is str
            else None
        ) or ListingsItemSubmissionResponseStatus(_status)

        submission_id = d.pop("submissionId")

        if _reader is not None and submission_id.__class__ is not str:
            raise DeviationError("submissionId")

        _issues = d.pop("issues", UNSET)
        issues = (
            UNSET if _issues is UNSET else [Issue.from_dict(_item) for _item in _issues]
        )

        if cls is ListingsItemSubmissionResponse:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.sku = sku
            _built.status = status
            _built.submission_id = submission_id
            _built.issues = issues
            _built._parse_notes = None
            listings_item_submission_response = _built
        else:  # a subclass: its own __init__ runs
            listings_item_submission_response = cls(
                sku=sku,
                status=status,
                submission_id=submission_id,
                issues=issues,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        listings_item_submission_response.additional_properties = d or {}
        return listings_item_submission_response

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
