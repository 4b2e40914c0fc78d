from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.verification_status import VerificationStatus
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
    from ..models.verification_details import VerificationDetails


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, VerificationDetails
    from ..models.verification_details import VerificationDetails

    _lazy_pending = False


T = TypeVar("T", bound="UpdateVerificationStatusRequestBody")


@_attrs_define
class UpdateVerificationStatusRequestBody:
    """
    Attributes:
        external_reviewer_id (str):
        rejection_reason_id (str | Unset):
        status (VerificationStatus | Unset):
        verification_details (VerificationDetails | Unset):
    """

    external_reviewer_id: str
    rejection_reason_id: str | Unset = UNSET
    status: VerificationStatus | Unset = UNSET
    verification_details: VerificationDetails | Unset = UNSET
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
        external_reviewer_id = self.external_reviewer_id

        rejection_reason_id = self.rejection_reason_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        verification_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.verification_details, Unset):
            verification_details = self.verification_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalReviewerId": external_reviewer_id,
            }
        )
        if rejection_reason_id is not UNSET:
            field_dict["rejectionReasonId"] = rejection_reason_id
        if status is not UNSET:
            field_dict["status"] = status
        if verification_details is not UNSET:
            field_dict["verificationDetails"] = verification_details

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.verification_details import VerificationDetails

        return (
            (
                ("externalReviewerId", "external_reviewer_id", True, ("str",)),
                ("rejectionReasonId", "rejection_reason_id", False, ("str",)),
                ("status", "status", False, ("enum", VerificationStatus)),
                (
                    "verificationDetails",
                    "verification_details",
                    False,
                    ("model", VerificationDetails),
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
        external_reviewer_id = d.pop("externalReviewerId")

        if _reader is not None and external_reviewer_id.__class__ is not str:
            raise DeviationError("externalReviewerId")

        rejection_reason_id = d.pop("rejectionReasonId", UNSET)

        if (
            _reader is not None
            and rejection_reason_id.__class__ is not str
            and rejection_reason_id is not UNSET
        ):
            raise DeviationError("rejectionReasonId")

        _status = d.pop("status", UNSET)
        status = (
            UNSET
            if _status is UNSET
            else (
                VerificationStatus._value2member_map_.get(_status)
                if _status.__class__ is str
                else None
            )
            or VerificationStatus(_status)
        )

        _verification_details = d.pop("verificationDetails", UNSET)
        verification_details = (
            UNSET
            if _verification_details is UNSET
            else VerificationDetails.from_dict(_verification_details)
        )

        if cls is UpdateVerificationStatusRequestBody:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.external_reviewer_id = external_reviewer_id
            _built.rejection_reason_id = rejection_reason_id
            _built.status = status
            _built.verification_details = verification_details
            _built._parse_notes = None
            update_verification_status_request_body = _built
        else:  # a subclass: its own __init__ runs
            update_verification_status_request_body = cls(
                external_reviewer_id=external_reviewer_id,
                rejection_reason_id=rejection_reason_id,
                status=status,
                verification_details=verification_details,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        update_verification_status_request_body.additional_properties = d or {}
        return update_verification_status_request_body

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
