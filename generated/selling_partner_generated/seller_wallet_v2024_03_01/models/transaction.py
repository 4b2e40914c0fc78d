from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transaction_status import TransactionStatus
from ..models.transaction_type import TransactionType
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
    from ..models.transaction_account import TransactionAccount
    from ..models.transfer_rate_preview import TransferRatePreview


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Currency, TransactionAccount, TransferRatePreview
    from ..models.currency import Currency
    from ..models.transaction_account import TransactionAccount
    from ..models.transfer_rate_preview import TransferRatePreview

    _lazy_pending = False


T = TypeVar("T", bound="Transaction")


@_attrs_define
class Transaction:
    """
    Attributes:
        account_id (str):
        last_update_date (datetime.datetime):
        transaction_description (str):
        transaction_destination_account (TransactionAccount):
        transaction_id (str):
        transaction_request_amount (Currency):
        transaction_request_date (datetime.datetime):
        transaction_requester_source (str):
        transaction_status (TransactionStatus):
        transaction_type (TransactionType):
        transfer_rate_details (TransferRatePreview):
        expected_completion_date (datetime.datetime | Unset):
        requester_name (str | Unset):
        transaction_actual_completion_date (datetime.datetime | Unset):
        transaction_failure_reason (str | Unset):
        transaction_final_amount (Currency | Unset):
        transaction_source_account (TransactionAccount | Unset):
    """

    account_id: str
    last_update_date: datetime.datetime
    transaction_description: str
    transaction_destination_account: TransactionAccount
    transaction_id: str
    transaction_request_amount: Currency
    transaction_request_date: datetime.datetime
    transaction_requester_source: str
    transaction_status: TransactionStatus
    transaction_type: TransactionType
    transfer_rate_details: TransferRatePreview
    expected_completion_date: datetime.datetime | Unset = UNSET
    requester_name: str | Unset = UNSET
    transaction_actual_completion_date: datetime.datetime | Unset = UNSET
    transaction_failure_reason: str | Unset = UNSET
    transaction_final_amount: Currency | Unset = UNSET
    transaction_source_account: TransactionAccount | Unset = UNSET
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
        account_id = self.account_id

        last_update_date = self.last_update_date.isoformat()

        transaction_description = self.transaction_description

        transaction_destination_account = self.transaction_destination_account.to_dict()

        transaction_id = self.transaction_id

        transaction_request_amount = self.transaction_request_amount.to_dict()

        transaction_request_date = self.transaction_request_date.isoformat()

        transaction_requester_source = self.transaction_requester_source

        transaction_status = self.transaction_status.value

        transaction_type = self.transaction_type.value

        transfer_rate_details = self.transfer_rate_details.to_dict()

        expected_completion_date: str | Unset = UNSET
        if not isinstance(self.expected_completion_date, Unset):
            expected_completion_date = self.expected_completion_date.isoformat()

        requester_name = self.requester_name

        transaction_actual_completion_date: str | Unset = UNSET
        if not isinstance(self.transaction_actual_completion_date, Unset):
            transaction_actual_completion_date = (
                self.transaction_actual_completion_date.isoformat()
            )

        transaction_failure_reason = self.transaction_failure_reason

        transaction_final_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction_final_amount, Unset):
            transaction_final_amount = self.transaction_final_amount.to_dict()

        transaction_source_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction_source_account, Unset):
            transaction_source_account = self.transaction_source_account.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "lastUpdateDate": last_update_date,
                "transactionDescription": transaction_description,
                "transactionDestinationAccount": transaction_destination_account,
                "transactionId": transaction_id,
                "transactionRequestAmount": transaction_request_amount,
                "transactionRequestDate": transaction_request_date,
                "transactionRequesterSource": transaction_requester_source,
                "transactionStatus": transaction_status,
                "transactionType": transaction_type,
                "transferRateDetails": transfer_rate_details,
            }
        )
        if expected_completion_date is not UNSET:
            field_dict["expectedCompletionDate"] = expected_completion_date
        if requester_name is not UNSET:
            field_dict["requesterName"] = requester_name
        if transaction_actual_completion_date is not UNSET:
            field_dict["transactionActualCompletionDate"] = (
                transaction_actual_completion_date
            )
        if transaction_failure_reason is not UNSET:
            field_dict["transactionFailureReason"] = transaction_failure_reason
        if transaction_final_amount is not UNSET:
            field_dict["transactionFinalAmount"] = transaction_final_amount
        if transaction_source_account is not UNSET:
            field_dict["transactionSourceAccount"] = transaction_source_account

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.currency import Currency
        from ..models.transaction_account import TransactionAccount
        from ..models.transfer_rate_preview import TransferRatePreview

        return (
            (
                ("accountId", "account_id", True, ("str",)),
                ("lastUpdateDate", "last_update_date", True, ("datetime",)),
                ("transactionDescription", "transaction_description", True, ("str",)),
                (
                    "transactionDestinationAccount",
                    "transaction_destination_account",
                    True,
                    ("model", TransactionAccount),
                ),
                ("transactionId", "transaction_id", True, ("str",)),
                (
                    "transactionRequestAmount",
                    "transaction_request_amount",
                    True,
                    ("model", Currency),
                ),
                (
                    "transactionRequestDate",
                    "transaction_request_date",
                    True,
                    ("datetime",),
                ),
                (
                    "transactionRequesterSource",
                    "transaction_requester_source",
                    True,
                    ("str",),
                ),
                (
                    "transactionStatus",
                    "transaction_status",
                    True,
                    ("enum", TransactionStatus),
                ),
                (
                    "transactionType",
                    "transaction_type",
                    True,
                    ("enum", TransactionType),
                ),
                (
                    "transferRateDetails",
                    "transfer_rate_details",
                    True,
                    ("model", TransferRatePreview),
                ),
                (
                    "expectedCompletionDate",
                    "expected_completion_date",
                    False,
                    ("datetime",),
                ),
                ("requesterName", "requester_name", False, ("str",)),
                (
                    "transactionActualCompletionDate",
                    "transaction_actual_completion_date",
                    False,
                    ("datetime",),
                ),
                (
                    "transactionFailureReason",
                    "transaction_failure_reason",
                    False,
                    ("str",),
                ),
                (
                    "transactionFinalAmount",
                    "transaction_final_amount",
                    False,
                    ("model", Currency),
                ),
                (
                    "transactionSourceAccount",
                    "transaction_source_account",
                    False,
                    ("model", TransactionAccount),
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
        account_id = d.pop("accountId")

        if _reader is not None and account_id.__class__ is not str:
            raise DeviationError("accountId")

        last_update_date = datetime.datetime.fromisoformat(d.pop("lastUpdateDate"))

        if _reader is not None and last_update_date.tzinfo is None:
            raise DeviationError("lastUpdateDate")

        transaction_description = d.pop("transactionDescription")

        if _reader is not None and transaction_description.__class__ is not str:
            raise DeviationError("transactionDescription")

        transaction_destination_account = TransactionAccount.from_dict(
            d.pop("transactionDestinationAccount")
        )

        transaction_id = d.pop("transactionId")

        if _reader is not None and transaction_id.__class__ is not str:
            raise DeviationError("transactionId")

        transaction_request_amount = Currency.from_dict(
            d.pop("transactionRequestAmount")
        )

        transaction_request_date = datetime.datetime.fromisoformat(
            d.pop("transactionRequestDate")
        )

        if _reader is not None and transaction_request_date.tzinfo is None:
            raise DeviationError("transactionRequestDate")

        transaction_requester_source = d.pop("transactionRequesterSource")

        if _reader is not None and transaction_requester_source.__class__ is not str:
            raise DeviationError("transactionRequesterSource")

        _transaction_status = d.pop("transactionStatus")
        transaction_status = (
            TransactionStatus._value2member_map_.get(_transaction_status)
            if _transaction_status.__class__ is str
            else None
        ) or TransactionStatus(_transaction_status)

        _transaction_type = d.pop("transactionType")
        transaction_type = (
            TransactionType._value2member_map_.get(_transaction_type)
            if _transaction_type.__class__ is str
            else None
        ) or TransactionType(_transaction_type)

        transfer_rate_details = TransferRatePreview.from_dict(
            d.pop("transferRateDetails")
        )

        _expected_completion_date = d.pop("expectedCompletionDate", UNSET)
        expected_completion_date = (
            UNSET
            if _expected_completion_date is UNSET
            else datetime.datetime.fromisoformat(_expected_completion_date)
        )

        if (
            _reader is not None
            and not isinstance(expected_completion_date, Unset)
            and expected_completion_date.tzinfo is None
        ):
            raise DeviationError("expectedCompletionDate")

        requester_name = d.pop("requesterName", UNSET)

        if (
            _reader is not None
            and requester_name.__class__ is not str
            and requester_name is not UNSET
        ):
            raise DeviationError("requesterName")

        _transaction_actual_completion_date = d.pop(
            "transactionActualCompletionDate", UNSET
        )
        transaction_actual_completion_date = (
            UNSET
            if _transaction_actual_completion_date is UNSET
            else datetime.datetime.fromisoformat(_transaction_actual_completion_date)
        )

        if (
            _reader is not None
            and not isinstance(transaction_actual_completion_date, Unset)
            and transaction_actual_completion_date.tzinfo is None
        ):
            raise DeviationError("transactionActualCompletionDate")

        transaction_failure_reason = d.pop("transactionFailureReason", UNSET)

        if (
            _reader is not None
            and transaction_failure_reason.__class__ is not str
            and transaction_failure_reason is not UNSET
        ):
            raise DeviationError("transactionFailureReason")

        _transaction_final_amount = d.pop("transactionFinalAmount", UNSET)
        transaction_final_amount = (
            UNSET
            if _transaction_final_amount is UNSET
            else Currency.from_dict(_transaction_final_amount)
        )

        _transaction_source_account = d.pop("transactionSourceAccount", UNSET)
        transaction_source_account = (
            UNSET
            if _transaction_source_account is UNSET
            else TransactionAccount.from_dict(_transaction_source_account)
        )

        if cls is Transaction:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.account_id = account_id
            _built.last_update_date = last_update_date
            _built.transaction_description = transaction_description
            _built.transaction_destination_account = transaction_destination_account
            _built.transaction_id = transaction_id
            _built.transaction_request_amount = transaction_request_amount
            _built.transaction_request_date = transaction_request_date
            _built.transaction_requester_source = transaction_requester_source
            _built.transaction_status = transaction_status
            _built.transaction_type = transaction_type
            _built.transfer_rate_details = transfer_rate_details
            _built.expected_completion_date = expected_completion_date
            _built.requester_name = requester_name
            _built.transaction_actual_completion_date = (
                transaction_actual_completion_date
            )
            _built.transaction_failure_reason = transaction_failure_reason
            _built.transaction_final_amount = transaction_final_amount
            _built.transaction_source_account = transaction_source_account
            _built._parse_notes = None
            transaction = _built
        else:  # a subclass: its own __init__ runs
            transaction = cls(
                account_id=account_id,
                last_update_date=last_update_date,
                transaction_description=transaction_description,
                transaction_destination_account=transaction_destination_account,
                transaction_id=transaction_id,
                transaction_request_amount=transaction_request_amount,
                transaction_request_date=transaction_request_date,
                transaction_requester_source=transaction_requester_source,
                transaction_status=transaction_status,
                transaction_type=transaction_type,
                transfer_rate_details=transfer_rate_details,
                expected_completion_date=expected_completion_date,
                requester_name=requester_name,
                transaction_actual_completion_date=transaction_actual_completion_date,
                transaction_failure_reason=transaction_failure_reason,
                transaction_final_amount=transaction_final_amount,
                transaction_source_account=transaction_source_account,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        transaction.additional_properties = d or {}
        return transaction

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
