from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.claim_reason import ClaimReason
from ..models.settlement_type import SettlementType
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
    from ..models.currency import Currency


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Currency
    from ..models.currency import Currency

    _lazy_pending = False


T = TypeVar("T", bound="CreateClaimRequest")


@_attrs_define
class CreateClaimRequest:
    """
    Attributes:
        claim_reason (ClaimReason):
        settlement_type (SettlementType):
        tracking_id (str):
        declared_value (Currency | Unset):
        is_replacement_package_sent (bool | Unset):
        proofs (list[str] | Unset):
    """

    claim_reason: ClaimReason
    settlement_type: SettlementType
    tracking_id: str
    declared_value: Currency | Unset = UNSET
    is_replacement_package_sent: bool | Unset = UNSET
    proofs: list[str] | Unset = UNSET
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
        claim_reason = self.claim_reason.value

        settlement_type = self.settlement_type.value

        tracking_id = self.tracking_id

        declared_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.declared_value, Unset):
            declared_value = self.declared_value.to_dict()

        is_replacement_package_sent = self.is_replacement_package_sent

        proofs: list[str] | Unset = UNSET
        if not isinstance(self.proofs, Unset):
            proofs = self.proofs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "claimReason": claim_reason,
                "settlementType": settlement_type,
                "trackingId": tracking_id,
            }
        )
        if declared_value is not UNSET:
            field_dict["declaredValue"] = declared_value
        if is_replacement_package_sent is not UNSET:
            field_dict["isReplacementPackageSent"] = is_replacement_package_sent
        if proofs is not UNSET:
            field_dict["proofs"] = proofs

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.currency import Currency

        return (
            (
                ("claimReason", "claim_reason", True, ("enum", ClaimReason)),
                ("settlementType", "settlement_type", True, ("enum", SettlementType)),
                ("trackingId", "tracking_id", True, ("str",)),
                ("declaredValue", "declared_value", False, ("model", Currency)),
                (
                    "isReplacementPackageSent",
                    "is_replacement_package_sent",
                    False,
                    ("bool",),
                ),
                ("proofs", "proofs", False, ("list", ("str",))),
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
        _claim_reason = d.pop("claimReason")
        claim_reason = (
            ClaimReason._value2member_map_.get(_claim_reason)
            if _claim_reason.__class__ is str
            else None
        ) or ClaimReason(_claim_reason)

        _settlement_type = d.pop("settlementType")
        settlement_type = (
            SettlementType._value2member_map_.get(_settlement_type)
            if _settlement_type.__class__ is str
            else None
        ) or SettlementType(_settlement_type)

        tracking_id = d.pop("trackingId")

        if _reader is not None and tracking_id.__class__ is not str:
            raise DeviationError("trackingId")

        _declared_value = d.pop("declaredValue", UNSET)
        declared_value = (
            UNSET if _declared_value is UNSET else Currency.from_dict(_declared_value)
        )

        is_replacement_package_sent = d.pop("isReplacementPackageSent", UNSET)

        if (
            _reader is not None
            and is_replacement_package_sent.__class__ is not bool
            and is_replacement_package_sent is not UNSET
        ):
            raise DeviationError("isReplacementPackageSent")

        proofs = d.pop("proofs", UNSET)

        if _reader is not None and proofs.__class__ is not list and proofs is not UNSET:
            raise DeviationError("proofs")

        if cls is CreateClaimRequest:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.claim_reason = claim_reason
            _built.settlement_type = settlement_type
            _built.tracking_id = tracking_id
            _built.declared_value = declared_value
            _built.is_replacement_package_sent = is_replacement_package_sent
            _built.proofs = proofs
            _built._parse_notes = None
            create_claim_request = _built
        else:  # a subclass: its own __init__ runs
            create_claim_request = cls(
                claim_reason=claim_reason,
                settlement_type=settlement_type,
                tracking_id=tracking_id,
                declared_value=declared_value,
                is_replacement_package_sent=is_replacement_package_sent,
                proofs=proofs,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        create_claim_request.additional_properties = d or {}
        return create_claim_request

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
