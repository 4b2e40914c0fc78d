from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transaction_type import TransactionType
from ..models.transfer_schedule_status import TransferScheduleStatus
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
    from ..models.payment_preference import PaymentPreference
    from ..models.transaction_account import TransactionAccount
    from ..models.transfer_schedule_failures import TransferScheduleFailures
    from ..models.transfer_schedule_information import TransferScheduleInformation


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        PaymentPreference, \
        TransactionAccount, \
        TransferScheduleFailures, \
        TransferScheduleInformation
    from ..models.payment_preference import PaymentPreference
    from ..models.transaction_account import TransactionAccount
    from ..models.transfer_schedule_failures import TransferScheduleFailures
    from ..models.transfer_schedule_information import TransferScheduleInformation

    _lazy_pending = False


T = TypeVar("T", bound="TransferSchedule")


@_attrs_define
class TransferSchedule:
    """
    Attributes:
        transaction_destination_account (TransactionAccount):
        transaction_type (TransactionType):
        transfer_schedule_failures (list[TransferScheduleFailures]):
        transfer_schedule_id (str):
        transfer_schedule_information (TransferScheduleInformation):
        transfer_schedule_status (TransferScheduleStatus):
        payment_preference (PaymentPreference | Unset):
        transaction_source_account (TransactionAccount | Unset):
    """

    transaction_destination_account: TransactionAccount
    transaction_type: TransactionType
    transfer_schedule_failures: list[TransferScheduleFailures]
    transfer_schedule_id: str
    transfer_schedule_information: TransferScheduleInformation
    transfer_schedule_status: TransferScheduleStatus
    payment_preference: PaymentPreference | Unset = UNSET
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
        transaction_destination_account = self.transaction_destination_account.to_dict()

        transaction_type = self.transaction_type.value

        transfer_schedule_failures = []
        for transfer_schedule_failures_item_data in self.transfer_schedule_failures:
            transfer_schedule_failures_item = (
                transfer_schedule_failures_item_data.to_dict()
            )
            transfer_schedule_failures.append(transfer_schedule_failures_item)

        transfer_schedule_id = self.transfer_schedule_id

        transfer_schedule_information = self.transfer_schedule_information.to_dict()

        transfer_schedule_status = self.transfer_schedule_status.value

        payment_preference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_preference, Unset):
            payment_preference = self.payment_preference.to_dict()

        transaction_source_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction_source_account, Unset):
            transaction_source_account = self.transaction_source_account.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transactionDestinationAccount": transaction_destination_account,
                "transactionType": transaction_type,
                "transferScheduleFailures": transfer_schedule_failures,
                "transferScheduleId": transfer_schedule_id,
                "transferScheduleInformation": transfer_schedule_information,
                "transferScheduleStatus": transfer_schedule_status,
            }
        )
        if payment_preference is not UNSET:
            field_dict["paymentPreference"] = payment_preference
        if transaction_source_account is not UNSET:
            field_dict["transactionSourceAccount"] = transaction_source_account

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.payment_preference import PaymentPreference
        from ..models.transaction_account import TransactionAccount
        from ..models.transfer_schedule_failures import TransferScheduleFailures
        from ..models.transfer_schedule_information import TransferScheduleInformation

        return (
            (
                (
                    "transactionDestinationAccount",
                    "transaction_destination_account",
                    True,
                    ("model", TransactionAccount),
                ),
                (
                    "transactionType",
                    "transaction_type",
                    True,
                    ("enum", TransactionType),
                ),
                (
                    "transferScheduleFailures",
                    "transfer_schedule_failures",
                    True,
                    ("list", ("model", TransferScheduleFailures)),
                ),
                ("transferScheduleId", "transfer_schedule_id", True, ("str",)),
                (
                    "transferScheduleInformation",
                    "transfer_schedule_information",
                    True,
                    ("model", TransferScheduleInformation),
                ),
                (
                    "transferScheduleStatus",
                    "transfer_schedule_status",
                    True,
                    ("enum", TransferScheduleStatus),
                ),
                (
                    "paymentPreference",
                    "payment_preference",
                    False,
                    ("model", PaymentPreference),
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
        transaction_destination_account = TransactionAccount.from_dict(
            d.pop("transactionDestinationAccount")
        )

        _transaction_type = d.pop("transactionType")
        transaction_type = (
            TransactionType._value2member_map_.get(_transaction_type)
            if _transaction_type.__class__ is str
            else None
        ) or TransactionType(_transaction_type)

        _transfer_schedule_failures = d.pop("transferScheduleFailures")
        transfer_schedule_failures = [
            TransferScheduleFailures.from_dict(_item)
            for _item in _transfer_schedule_failures
        ]

        transfer_schedule_id = d.pop("transferScheduleId")

        if _reader is not None and transfer_schedule_id.__class__ is not str:
            raise DeviationError("transferScheduleId")

        transfer_schedule_information = TransferScheduleInformation.from_dict(
            d.pop("transferScheduleInformation")
        )

        _transfer_schedule_status = d.pop("transferScheduleStatus")
        transfer_schedule_status = (
            TransferScheduleStatus._value2member_map_.get(_transfer_schedule_status)
            if _transfer_schedule_status.__class__ is str
            else None
        ) or TransferScheduleStatus(_transfer_schedule_status)

        _payment_preference = d.pop("paymentPreference", UNSET)
        payment_preference = (
            UNSET
            if _payment_preference is UNSET
            else PaymentPreference.from_dict(_payment_preference)
        )

        _transaction_source_account = d.pop("transactionSourceAccount", UNSET)
        transaction_source_account = (
            UNSET
            if _transaction_source_account is UNSET
            else TransactionAccount.from_dict(_transaction_source_account)
        )

        if cls is TransferSchedule:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.transaction_destination_account = transaction_destination_account
            _built.transaction_type = transaction_type
            _built.transfer_schedule_failures = transfer_schedule_failures
            _built.transfer_schedule_id = transfer_schedule_id
            _built.transfer_schedule_information = transfer_schedule_information
            _built.transfer_schedule_status = transfer_schedule_status
            _built.payment_preference = payment_preference
            _built.transaction_source_account = transaction_source_account
            _built._parse_notes = None
            transfer_schedule = _built
        else:  # a subclass: its own __init__ runs
            transfer_schedule = cls(
                transaction_destination_account=transaction_destination_account,
                transaction_type=transaction_type,
                transfer_schedule_failures=transfer_schedule_failures,
                transfer_schedule_id=transfer_schedule_id,
                transfer_schedule_information=transfer_schedule_information,
                transfer_schedule_status=transfer_schedule_status,
                payment_preference=payment_preference,
                transaction_source_account=transaction_source_account,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        transfer_schedule.additional_properties = d or {}
        return transfer_schedule

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
