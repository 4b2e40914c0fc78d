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
    from ..models.fees_estimate import FeesEstimate
    from ..models.fees_estimate_error import FeesEstimateError
    from ..models.fees_estimate_identifier import FeesEstimateIdentifier


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, FeesEstimate, FeesEstimateError, FeesEstimateIdentifier
    from ..models.fees_estimate import FeesEstimate
    from ..models.fees_estimate_error import FeesEstimateError
    from ..models.fees_estimate_identifier import FeesEstimateIdentifier

    _lazy_pending = False


T = TypeVar("T", bound="FeesEstimateResult")


@_attrs_define
class FeesEstimateResult:
    """
    Attributes:
        error (FeesEstimateError | Unset):
        fees_estimate (FeesEstimate | Unset):
        fees_estimate_identifier (FeesEstimateIdentifier | Unset):
        status (str | Unset):
    """

    error: FeesEstimateError | Unset = UNSET
    fees_estimate: FeesEstimate | Unset = UNSET
    fees_estimate_identifier: FeesEstimateIdentifier | Unset = UNSET
    status: str | Unset = UNSET
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
        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        fees_estimate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fees_estimate, Unset):
            fees_estimate = self.fees_estimate.to_dict()

        fees_estimate_identifier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fees_estimate_identifier, Unset):
            fees_estimate_identifier = self.fees_estimate_identifier.to_dict()

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["Error"] = error
        if fees_estimate is not UNSET:
            field_dict["FeesEstimate"] = fees_estimate
        if fees_estimate_identifier is not UNSET:
            field_dict["FeesEstimateIdentifier"] = fees_estimate_identifier
        if status is not UNSET:
            field_dict["Status"] = status

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.fees_estimate import FeesEstimate
        from ..models.fees_estimate_error import FeesEstimateError
        from ..models.fees_estimate_identifier import FeesEstimateIdentifier

        return (
            (
                ("Error", "error", False, ("model", FeesEstimateError)),
                ("FeesEstimate", "fees_estimate", False, ("model", FeesEstimate)),
                (
                    "FeesEstimateIdentifier",
                    "fees_estimate_identifier",
                    False,
                    ("model", FeesEstimateIdentifier),
                ),
                ("Status", "status", False, ("str",)),
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
        _error = d.pop("Error", UNSET)
        error = UNSET if _error is UNSET else FeesEstimateError.from_dict(_error)

        _fees_estimate = d.pop("FeesEstimate", UNSET)
        fees_estimate = (
            UNSET if _fees_estimate is UNSET else FeesEstimate.from_dict(_fees_estimate)
        )

        _fees_estimate_identifier = d.pop("FeesEstimateIdentifier", UNSET)
        fees_estimate_identifier = (
            UNSET
            if _fees_estimate_identifier is UNSET
            else FeesEstimateIdentifier.from_dict(_fees_estimate_identifier)
        )

        status = d.pop("Status", UNSET)

        if _reader is not None and status.__class__ is not str and status is not UNSET:
            raise DeviationError("Status")

        if cls is FeesEstimateResult:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.error = error
            _built.fees_estimate = fees_estimate
            _built.fees_estimate_identifier = fees_estimate_identifier
            _built.status = status
            _built._parse_notes = None
            fees_estimate_result = _built
        else:  # a subclass: its own __init__ runs
            fees_estimate_result = cls(
                error=error,
                fees_estimate=fees_estimate,
                fees_estimate_identifier=fees_estimate_identifier,
                status=status,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        fees_estimate_result.additional_properties = d or {}
        return fees_estimate_result

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
