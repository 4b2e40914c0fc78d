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
    from ..models.rejection_reason import RejectionReason
    from ..models.valid_interim_status_code import ValidInterimStatusCode
    from ..models.valid_verification_detail import ValidVerificationDetail


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        RejectionReason, \
        ValidInterimStatusCode, \
        ValidVerificationDetail
    from ..models.rejection_reason import RejectionReason
    from ..models.valid_interim_status_code import ValidInterimStatusCode
    from ..models.valid_verification_detail import ValidVerificationDetail

    _lazy_pending = False


T = TypeVar("T", bound="RegulatedOrderVerificationStatus")


@_attrs_define
class RegulatedOrderVerificationStatus:
    """
    Attributes:
        requires_merchant_action (bool):
        status (VerificationStatus):
        valid_rejection_reasons (list[RejectionReason]):
        external_reviewer_id (str | Unset):
        rejection_reason (RejectionReason | Unset):
        review_date (str | Unset):
        valid_interim_status_codes (list[ValidInterimStatusCode] | Unset):
        valid_verification_details (list[ValidVerificationDetail] | Unset):
    """

    requires_merchant_action: bool
    status: VerificationStatus
    valid_rejection_reasons: list[RejectionReason]
    external_reviewer_id: str | Unset = UNSET
    rejection_reason: RejectionReason | Unset = UNSET
    review_date: str | Unset = UNSET
    valid_interim_status_codes: list[ValidInterimStatusCode] | Unset = UNSET
    valid_verification_details: list[ValidVerificationDetail] | Unset = UNSET
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
        requires_merchant_action = self.requires_merchant_action

        status = self.status.value

        valid_rejection_reasons = []
        for valid_rejection_reasons_item_data in self.valid_rejection_reasons:
            valid_rejection_reasons_item = valid_rejection_reasons_item_data.to_dict()
            valid_rejection_reasons.append(valid_rejection_reasons_item)

        external_reviewer_id = self.external_reviewer_id

        rejection_reason: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rejection_reason, Unset):
            rejection_reason = self.rejection_reason.to_dict()

        review_date = self.review_date

        valid_interim_status_codes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.valid_interim_status_codes, Unset):
            valid_interim_status_codes = []
            for valid_interim_status_codes_item_data in self.valid_interim_status_codes:
                valid_interim_status_codes_item = (
                    valid_interim_status_codes_item_data.to_dict()
                )
                valid_interim_status_codes.append(valid_interim_status_codes_item)

        valid_verification_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.valid_verification_details, Unset):
            valid_verification_details = []
            for valid_verification_details_item_data in self.valid_verification_details:
                valid_verification_details_item = (
                    valid_verification_details_item_data.to_dict()
                )
                valid_verification_details.append(valid_verification_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "RequiresMerchantAction": requires_merchant_action,
                "Status": status,
                "ValidRejectionReasons": valid_rejection_reasons,
            }
        )
        if external_reviewer_id is not UNSET:
            field_dict["ExternalReviewerId"] = external_reviewer_id
        if rejection_reason is not UNSET:
            field_dict["RejectionReason"] = rejection_reason
        if review_date is not UNSET:
            field_dict["ReviewDate"] = review_date
        if valid_interim_status_codes is not UNSET:
            field_dict["ValidInterimStatusCodes"] = valid_interim_status_codes
        if valid_verification_details is not UNSET:
            field_dict["ValidVerificationDetails"] = valid_verification_details

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.rejection_reason import RejectionReason
        from ..models.valid_interim_status_code import ValidInterimStatusCode
        from ..models.valid_verification_detail import ValidVerificationDetail

        return (
            (
                ("RequiresMerchantAction", "requires_merchant_action", True, ("bool",)),
                ("Status", "status", True, ("enum", VerificationStatus)),
                (
                    "ValidRejectionReasons",
                    "valid_rejection_reasons",
                    True,
                    ("list", ("model", RejectionReason)),
                ),
                ("ExternalReviewerId", "external_reviewer_id", False, ("str",)),
                (
                    "RejectionReason",
                    "rejection_reason",
                    False,
                    ("model", RejectionReason),
                ),
                ("ReviewDate", "review_date", False, ("str",)),
                (
                    "ValidInterimStatusCodes",
                    "valid_interim_status_codes",
                    False,
                    ("list", ("model", ValidInterimStatusCode)),
                ),
                (
                    "ValidVerificationDetails",
                    "valid_verification_details",
                    False,
                    ("list", ("model", ValidVerificationDetail)),
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
        requires_merchant_action = d.pop("RequiresMerchantAction")

        if _reader is not None and requires_merchant_action.__class__ is not bool:
            raise DeviationError("RequiresMerchantAction")

        _status = d.pop("Status")
        status = (
            VerificationStatus._value2member_map_.get(_status)
            if _status.__class__ is str
            else None
        ) or VerificationStatus(_status)

        _valid_rejection_reasons = d.pop("ValidRejectionReasons")
        valid_rejection_reasons = [
            RejectionReason.from_dict(_item) for _item in _valid_rejection_reasons
        ]

        external_reviewer_id = d.pop("ExternalReviewerId", UNSET)

        if (
            _reader is not None
            and external_reviewer_id.__class__ is not str
            and external_reviewer_id is not UNSET
        ):
            raise DeviationError("ExternalReviewerId")

        _rejection_reason = d.pop("RejectionReason", UNSET)
        rejection_reason = (
            UNSET
            if _rejection_reason is UNSET
            else RejectionReason.from_dict(_rejection_reason)
        )

        review_date = d.pop("ReviewDate", UNSET)

        if (
            _reader is not None
            and review_date.__class__ is not str
            and review_date is not UNSET
        ):
            raise DeviationError("ReviewDate")

        _valid_interim_status_codes = d.pop("ValidInterimStatusCodes", UNSET)
        valid_interim_status_codes = (
            UNSET
            if _valid_interim_status_codes is UNSET
            else [
                ValidInterimStatusCode.from_dict(_item)
                for _item in _valid_interim_status_codes
            ]
        )

        _valid_verification_details = d.pop("ValidVerificationDetails", UNSET)
        valid_verification_details = (
            UNSET
            if _valid_verification_details is UNSET
            else [
                ValidVerificationDetail.from_dict(_item)
                for _item in _valid_verification_details
            ]
        )

        if cls is RegulatedOrderVerificationStatus:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.requires_merchant_action = requires_merchant_action
            _built.status = status
            _built.valid_rejection_reasons = valid_rejection_reasons
            _built.external_reviewer_id = external_reviewer_id
            _built.rejection_reason = rejection_reason
            _built.review_date = review_date
            _built.valid_interim_status_codes = valid_interim_status_codes
            _built.valid_verification_details = valid_verification_details
            _built._parse_notes = None
            regulated_order_verification_status = _built
        else:  # a subclass: its own __init__ runs
            regulated_order_verification_status = cls(
                requires_merchant_action=requires_merchant_action,
                status=status,
                valid_rejection_reasons=valid_rejection_reasons,
                external_reviewer_id=external_reviewer_id,
                rejection_reason=rejection_reason,
                review_date=review_date,
                valid_interim_status_codes=valid_interim_status_codes,
                valid_verification_details=valid_verification_details,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        regulated_order_verification_status.additional_properties = d or {}
        return regulated_order_verification_status

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
