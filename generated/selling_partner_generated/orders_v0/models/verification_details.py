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
    from ..models.approved_attribute import ApprovedAttribute
    from ..models.interim_status_detail import InterimStatusDetail
    from ..models.prescription_detail import PrescriptionDetail


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ApprovedAttribute, InterimStatusDetail, PrescriptionDetail
    from ..models.approved_attribute import ApprovedAttribute
    from ..models.interim_status_detail import InterimStatusDetail
    from ..models.prescription_detail import PrescriptionDetail

    _lazy_pending = False


T = TypeVar("T", bound="VerificationDetails")


@_attrs_define
class VerificationDetails:
    """
    Attributes:
        approved_alternative_details (list[ApprovedAttribute] | Unset):
        interim_status_detail (InterimStatusDetail | Unset):
        prescription_detail (PrescriptionDetail | Unset):
    """

    approved_alternative_details: list[ApprovedAttribute] | Unset = UNSET
    interim_status_detail: InterimStatusDetail | Unset = UNSET
    prescription_detail: PrescriptionDetail | Unset = UNSET
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
        approved_alternative_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.approved_alternative_details, Unset):
            approved_alternative_details = []
            for (
                componentsschemas_approved_alternative_details_item_data
            ) in self.approved_alternative_details:
                componentsschemas_approved_alternative_details_item = (
                    componentsschemas_approved_alternative_details_item_data.to_dict()
                )
                approved_alternative_details.append(
                    componentsschemas_approved_alternative_details_item
                )

        interim_status_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interim_status_detail, Unset):
            interim_status_detail = self.interim_status_detail.to_dict()

        prescription_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prescription_detail, Unset):
            prescription_detail = self.prescription_detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if approved_alternative_details is not UNSET:
            field_dict["approvedAlternativeDetails"] = approved_alternative_details
        if interim_status_detail is not UNSET:
            field_dict["interimStatusDetail"] = interim_status_detail
        if prescription_detail is not UNSET:
            field_dict["prescriptionDetail"] = prescription_detail

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.approved_attribute import ApprovedAttribute
        from ..models.interim_status_detail import InterimStatusDetail
        from ..models.prescription_detail import PrescriptionDetail

        return (
            (
                (
                    "approvedAlternativeDetails",
                    "approved_alternative_details",
                    False,
                    ("list", ("model", ApprovedAttribute)),
                ),
                (
                    "interimStatusDetail",
                    "interim_status_detail",
                    False,
                    ("model", InterimStatusDetail),
                ),
                (
                    "prescriptionDetail",
                    "prescription_detail",
                    False,
                    ("model", PrescriptionDetail),
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
        _approved_alternative_details = d.pop("approvedAlternativeDetails", UNSET)
        approved_alternative_details = (
            UNSET
            if _approved_alternative_details is UNSET
            else [
                ApprovedAttribute.from_dict(_item)
                for _item in _approved_alternative_details
            ]
        )

        _interim_status_detail = d.pop("interimStatusDetail", UNSET)
        interim_status_detail = (
            UNSET
            if _interim_status_detail is UNSET
            else InterimStatusDetail.from_dict(_interim_status_detail)
        )

        _prescription_detail = d.pop("prescriptionDetail", UNSET)
        prescription_detail = (
            UNSET
            if _prescription_detail is UNSET
            else PrescriptionDetail.from_dict(_prescription_detail)
        )

        if cls is VerificationDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.approved_alternative_details = approved_alternative_details
            _built.interim_status_detail = interim_status_detail
            _built.prescription_detail = prescription_detail
            _built._parse_notes = None
            verification_details = _built
        else:  # a subclass: its own __init__ runs
            verification_details = cls(
                approved_alternative_details=approved_alternative_details,
                interim_status_detail=interim_status_detail,
                prescription_detail=prescription_detail,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        verification_details.additional_properties = d or {}
        return verification_details

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
