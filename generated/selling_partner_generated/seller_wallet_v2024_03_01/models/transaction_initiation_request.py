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
    from ..models.payee_contact_information import PayeeContactInformation
    from ..models.transaction_instrument_details import TransactionInstrumentDetails
    from ..models.transfer_rate_preview import TransferRatePreview


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        Currency, \
        PayeeContactInformation, \
        TransactionInstrumentDetails, \
        TransferRatePreview
    from ..models.currency import Currency
    from ..models.payee_contact_information import PayeeContactInformation
    from ..models.transaction_instrument_details import TransactionInstrumentDetails
    from ..models.transfer_rate_preview import TransferRatePreview

    _lazy_pending = False


T = TypeVar("T", bound="TransactionInitiationRequest")


@_attrs_define
class TransactionInitiationRequest:
    """
    Attributes:
        destination_transaction_instrument (TransactionInstrumentDetails):
        request_time (datetime.datetime):
        source_account_id (str):
        source_amount (Currency):
        customer_payment_reference (str | Unset):
        destination_account_id (str | Unset):
        payee_contact_information (PayeeContactInformation | Unset):
        transaction_description (str | Unset):
        transfer_rate_details (TransferRatePreview | Unset):
    """

    destination_transaction_instrument: TransactionInstrumentDetails
    request_time: datetime.datetime
    source_account_id: str
    source_amount: Currency
    customer_payment_reference: str | Unset = UNSET
    destination_account_id: str | Unset = UNSET
    payee_contact_information: PayeeContactInformation | Unset = UNSET
    transaction_description: str | Unset = UNSET
    transfer_rate_details: TransferRatePreview | Unset = UNSET
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
        destination_transaction_instrument = (
            self.destination_transaction_instrument.to_dict()
        )

        request_time = self.request_time.isoformat()

        source_account_id = self.source_account_id

        source_amount = self.source_amount.to_dict()

        customer_payment_reference = self.customer_payment_reference

        destination_account_id = self.destination_account_id

        payee_contact_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payee_contact_information, Unset):
            payee_contact_information = self.payee_contact_information.to_dict()

        transaction_description = self.transaction_description

        transfer_rate_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transfer_rate_details, Unset):
            transfer_rate_details = self.transfer_rate_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destinationTransactionInstrument": destination_transaction_instrument,
                "requestTime": request_time,
                "sourceAccountId": source_account_id,
                "sourceAmount": source_amount,
            }
        )
        if customer_payment_reference is not UNSET:
            field_dict["customerPaymentReference"] = customer_payment_reference
        if destination_account_id is not UNSET:
            field_dict["destinationAccountId"] = destination_account_id
        if payee_contact_information is not UNSET:
            field_dict["payeeContactInformation"] = payee_contact_information
        if transaction_description is not UNSET:
            field_dict["transactionDescription"] = transaction_description
        if transfer_rate_details is not UNSET:
            field_dict["transferRateDetails"] = transfer_rate_details

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.currency import Currency
        from ..models.payee_contact_information import PayeeContactInformation
        from ..models.transaction_instrument_details import TransactionInstrumentDetails
        from ..models.transfer_rate_preview import TransferRatePreview

        return (
            (
                (
                    "destinationTransactionInstrument",
                    "destination_transaction_instrument",
                    True,
                    ("model", TransactionInstrumentDetails),
                ),
                ("requestTime", "request_time", True, ("datetime",)),
                ("sourceAccountId", "source_account_id", True, ("str",)),
                ("sourceAmount", "source_amount", True, ("model", Currency)),
                (
                    "customerPaymentReference",
                    "customer_payment_reference",
                    False,
                    ("str",),
                ),
                ("destinationAccountId", "destination_account_id", False, ("str",)),
                (
                    "payeeContactInformation",
                    "payee_contact_information",
                    False,
                    ("model", PayeeContactInformation),
                ),
                ("transactionDescription", "transaction_description", False, ("str",)),
                (
                    "transferRateDetails",
                    "transfer_rate_details",
                    False,
                    ("model", TransferRatePreview),
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
        destination_transaction_instrument = TransactionInstrumentDetails.from_dict(
            d.pop("destinationTransactionInstrument")
        )

        request_time = datetime.datetime.fromisoformat(d.pop("requestTime"))

        if _reader is not None and request_time.tzinfo is None:
            raise DeviationError("requestTime")

        source_account_id = d.pop("sourceAccountId")

        if _reader is not None and source_account_id.__class__ is not str:
            raise DeviationError("sourceAccountId")

        source_amount = Currency.from_dict(d.pop("sourceAmount"))

        customer_payment_reference = d.pop("customerPaymentReference", UNSET)

        if (
            _reader is not None
            and customer_payment_reference.__class__ is not str
            and customer_payment_reference is not UNSET
        ):
            raise DeviationError("customerPaymentReference")

        destination_account_id = d.pop("destinationAccountId", UNSET)

        if (
            _reader is not None
            and destination_account_id.__class__ is not str
            and destination_account_id is not UNSET
        ):
            raise DeviationError("destinationAccountId")

        _payee_contact_information = d.pop("payeeContactInformation", UNSET)
        payee_contact_information = (
            UNSET
            if _payee_contact_information is UNSET
            else PayeeContactInformation.from_dict(_payee_contact_information)
        )

        transaction_description = d.pop("transactionDescription", UNSET)

        if (
            _reader is not None
            and transaction_description.__class__ is not str
            and transaction_description is not UNSET
        ):
            raise DeviationError("transactionDescription")

        _transfer_rate_details = d.pop("transferRateDetails", UNSET)
        transfer_rate_details = (
            UNSET
            if _transfer_rate_details is UNSET
            else TransferRatePreview.from_dict(_transfer_rate_details)
        )

        if cls is TransactionInitiationRequest:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.destination_transaction_instrument = (
                destination_transaction_instrument
            )
            _built.request_time = request_time
            _built.source_account_id = source_account_id
            _built.source_amount = source_amount
            _built.customer_payment_reference = customer_payment_reference
            _built.destination_account_id = destination_account_id
            _built.payee_contact_information = payee_contact_information
            _built.transaction_description = transaction_description
            _built.transfer_rate_details = transfer_rate_details
            _built._parse_notes = None
            transaction_initiation_request = _built
        else:  # a subclass: its own __init__ runs
            transaction_initiation_request = cls(
                destination_transaction_instrument=destination_transaction_instrument,
                request_time=request_time,
                source_account_id=source_account_id,
                source_amount=source_amount,
                customer_payment_reference=customer_payment_reference,
                destination_account_id=destination_account_id,
                payee_contact_information=payee_contact_information,
                transaction_description=transaction_description,
                transfer_rate_details=transfer_rate_details,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        transaction_initiation_request.additional_properties = d or {}
        return transaction_initiation_request

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
