from __future__ import annotations

import datetime
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
    from ..models.currency import Currency


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Currency
    from ..models.currency import Currency

    _lazy_pending = False


T = TypeVar("T", bound="FailedAdhocDisbursementEvent")


@_attrs_define
class FailedAdhocDisbursementEvent:
    """
    Attributes:
        disbursement_id (str | Unset):
        funds_transfers_type (str | Unset):
        payment_disbursement_type (str | Unset):
        posted_date (datetime.datetime | Unset):
        status (str | Unset):
        transfer_amount (Currency | Unset):
        transfer_id (str | Unset):
    """

    disbursement_id: str | Unset = UNSET
    funds_transfers_type: str | Unset = UNSET
    payment_disbursement_type: str | Unset = UNSET
    posted_date: datetime.datetime | Unset = UNSET
    status: str | Unset = UNSET
    transfer_amount: Currency | Unset = UNSET
    transfer_id: str | Unset = UNSET
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
        disbursement_id = self.disbursement_id

        funds_transfers_type = self.funds_transfers_type

        payment_disbursement_type = self.payment_disbursement_type

        posted_date: str | Unset = UNSET
        if not isinstance(self.posted_date, Unset):
            posted_date = self.posted_date.isoformat()

        status = self.status

        transfer_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transfer_amount, Unset):
            transfer_amount = self.transfer_amount.to_dict()

        transfer_id = self.transfer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if disbursement_id is not UNSET:
            field_dict["DisbursementId"] = disbursement_id
        if funds_transfers_type is not UNSET:
            field_dict["FundsTransfersType"] = funds_transfers_type
        if payment_disbursement_type is not UNSET:
            field_dict["PaymentDisbursementType"] = payment_disbursement_type
        if posted_date is not UNSET:
            field_dict["PostedDate"] = posted_date
        if status is not UNSET:
            field_dict["Status"] = status
        if transfer_amount is not UNSET:
            field_dict["TransferAmount"] = transfer_amount
        if transfer_id is not UNSET:
            field_dict["TransferId"] = transfer_id

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.currency import Currency

        return (
            (
                ("DisbursementId", "disbursement_id", False, ("str",)),
                ("FundsTransfersType", "funds_transfers_type", False, ("str",)),
                (
                    "PaymentDisbursementType",
                    "payment_disbursement_type",
                    False,
                    ("str",),
                ),
                ("PostedDate", "posted_date", False, ("datetime",)),
                ("Status", "status", False, ("str",)),
                ("TransferAmount", "transfer_amount", False, ("model", Currency)),
                ("TransferId", "transfer_id", False, ("str",)),
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
        disbursement_id = d.pop("DisbursementId", UNSET)

        if (
            _reader is not None
            and disbursement_id.__class__ is not str
            and disbursement_id is not UNSET
        ):
            raise DeviationError("DisbursementId")

        funds_transfers_type = d.pop("FundsTransfersType", UNSET)

        if (
            _reader is not None
            and funds_transfers_type.__class__ is not str
            and funds_transfers_type is not UNSET
        ):
            raise DeviationError("FundsTransfersType")

        payment_disbursement_type = d.pop("PaymentDisbursementType", UNSET)

        if (
            _reader is not None
            and payment_disbursement_type.__class__ is not str
            and payment_disbursement_type is not UNSET
        ):
            raise DeviationError("PaymentDisbursementType")

        _posted_date = d.pop("PostedDate", UNSET)
        posted_date = (
            UNSET
            if _posted_date is UNSET
            else datetime.datetime.fromisoformat(_posted_date)
        )

        if (
            _reader is not None
            and not isinstance(posted_date, Unset)
            and posted_date.tzinfo is None
        ):
            raise DeviationError("PostedDate")

        status = d.pop("Status", UNSET)

        if _reader is not None and status.__class__ is not str and status is not UNSET:
            raise DeviationError("Status")

        _transfer_amount = d.pop("TransferAmount", UNSET)
        transfer_amount = (
            UNSET if _transfer_amount is UNSET else Currency.from_dict(_transfer_amount)
        )

        transfer_id = d.pop("TransferId", UNSET)

        if (
            _reader is not None
            and transfer_id.__class__ is not str
            and transfer_id is not UNSET
        ):
            raise DeviationError("TransferId")

        if cls is FailedAdhocDisbursementEvent:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.disbursement_id = disbursement_id
            _built.funds_transfers_type = funds_transfers_type
            _built.payment_disbursement_type = payment_disbursement_type
            _built.posted_date = posted_date
            _built.status = status
            _built.transfer_amount = transfer_amount
            _built.transfer_id = transfer_id
            _built._parse_notes = None
            failed_adhoc_disbursement_event = _built
        else:  # a subclass: its own __init__ runs
            failed_adhoc_disbursement_event = cls(
                disbursement_id=disbursement_id,
                funds_transfers_type=funds_transfers_type,
                payment_disbursement_type=payment_disbursement_type,
                posted_date=posted_date,
                status=status,
                transfer_amount=transfer_amount,
                transfer_id=transfer_id,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        failed_adhoc_disbursement_event.additional_properties = d or {}
        return failed_adhoc_disbursement_event

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
