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
    from ..models.transaction_instrument_details import TransactionInstrumentDetails
    from ..models.transfer_schedule_information import TransferScheduleInformation


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        PaymentPreference, \
        TransactionInstrumentDetails, \
        TransferScheduleInformation
    from ..models.payment_preference import PaymentPreference
    from ..models.transaction_instrument_details import TransactionInstrumentDetails
    from ..models.transfer_schedule_information import TransferScheduleInformation

    _lazy_pending = False


T = TypeVar("T", bound="TransferScheduleRequest")


@_attrs_define
class TransferScheduleRequest:
    """
    Attributes:
        destination_account_id (str):
        destination_transaction_instrument (TransactionInstrumentDetails):
        payment_preference (PaymentPreference):
        source_account_id (str):
        source_currency_code (str):
        transaction_type (TransactionType):
        transfer_schedule_information (TransferScheduleInformation):
        transfer_schedule_status (TransferScheduleStatus | Unset):
    """

    destination_account_id: str
    destination_transaction_instrument: TransactionInstrumentDetails
    payment_preference: PaymentPreference
    source_account_id: str
    source_currency_code: str
    transaction_type: TransactionType
    transfer_schedule_information: TransferScheduleInformation
    transfer_schedule_status: TransferScheduleStatus | Unset = UNSET
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
        destination_account_id = self.destination_account_id

        destination_transaction_instrument = (
            self.destination_transaction_instrument.to_dict()
        )

        payment_preference = self.payment_preference.to_dict()

        source_account_id = self.source_account_id

        source_currency_code = self.source_currency_code

        transaction_type = self.transaction_type.value

        transfer_schedule_information = self.transfer_schedule_information.to_dict()

        transfer_schedule_status: str | Unset = UNSET
        if not isinstance(self.transfer_schedule_status, Unset):
            transfer_schedule_status = self.transfer_schedule_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destinationAccountId": destination_account_id,
                "destinationTransactionInstrument": destination_transaction_instrument,
                "paymentPreference": payment_preference,
                "sourceAccountId": source_account_id,
                "sourceCurrencyCode": source_currency_code,
                "transactionType": transaction_type,
                "transferScheduleInformation": transfer_schedule_information,
            }
        )
        if transfer_schedule_status is not UNSET:
            field_dict["transferScheduleStatus"] = transfer_schedule_status

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.payment_preference import PaymentPreference
        from ..models.transaction_instrument_details import TransactionInstrumentDetails
        from ..models.transfer_schedule_information import TransferScheduleInformation

        return (
            (
                ("destinationAccountId", "destination_account_id", True, ("str",)),
                (
                    "destinationTransactionInstrument",
                    "destination_transaction_instrument",
                    True,
                    ("model", TransactionInstrumentDetails),
                ),
                (
                    "paymentPreference",
                    "payment_preference",
                    True,
                    ("model", PaymentPreference),
                ),
                ("sourceAccountId", "source_account_id", True, ("str",)),
                ("sourceCurrencyCode", "source_currency_code", True, ("str",)),
                (
                    "transactionType",
                    "transaction_type",
                    True,
                    ("enum", TransactionType),
                ),
                (
                    "transferScheduleInformation",
                    "transfer_schedule_information",
                    True,
                    ("model", TransferScheduleInformation),
                ),
                (
                    "transferScheduleStatus",
                    "transfer_schedule_status",
                    False,
                    ("enum", TransferScheduleStatus),
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
        destination_account_id = d.pop("destinationAccountId")

        if _reader is not None and destination_account_id.__class__ is not str:
            raise DeviationError("destinationAccountId")

        destination_transaction_instrument = TransactionInstrumentDetails.from_dict(
            d.pop("destinationTransactionInstrument")
        )

        payment_preference = PaymentPreference.from_dict(d.pop("paymentPreference"))

        source_account_id = d.pop("sourceAccountId")

        if _reader is not None and source_account_id.__class__ is not str:
            raise DeviationError("sourceAccountId")

        source_currency_code = d.pop("sourceCurrencyCode")

        if _reader is not None and source_currency_code.__class__ is not str:
            raise DeviationError("sourceCurrencyCode")

        _transaction_type = d.pop("transactionType")
        transaction_type = (
            TransactionType._value2member_map_.get(_transaction_type)
            if _transaction_type.__class__ is str
            else None
        ) or TransactionType(_transaction_type)

        transfer_schedule_information = TransferScheduleInformation.from_dict(
            d.pop("transferScheduleInformation")
        )

        _transfer_schedule_status = d.pop("transferScheduleStatus", UNSET)
        transfer_schedule_status = (
            UNSET
            if _transfer_schedule_status is UNSET
            else (
                TransferScheduleStatus._value2member_map_.get(_transfer_schedule_status)
                if _transfer_schedule_status.__class__ is str
                else None
            )
            or TransferScheduleStatus(_transfer_schedule_status)
        )

        if cls is TransferScheduleRequest:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.destination_account_id = destination_account_id
            _built.destination_transaction_instrument = (
                destination_transaction_instrument
            )
            _built.payment_preference = payment_preference
            _built.source_account_id = source_account_id
            _built.source_currency_code = source_currency_code
            _built.transaction_type = transaction_type
            _built.transfer_schedule_information = transfer_schedule_information
            _built.transfer_schedule_status = transfer_schedule_status
            _built._parse_notes = None
            transfer_schedule_request = _built
        else:  # a subclass: its own __init__ runs
            transfer_schedule_request = cls(
                destination_account_id=destination_account_id,
                destination_transaction_instrument=destination_transaction_instrument,
                payment_preference=payment_preference,
                source_account_id=source_account_id,
                source_currency_code=source_currency_code,
                transaction_type=transaction_type,
                transfer_schedule_information=transfer_schedule_information,
                transfer_schedule_status=transfer_schedule_status,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        transfer_schedule_request.additional_properties = d or {}
        return transfer_schedule_request

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
