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


T = TypeVar("T", bound="SolutionProviderCreditEvent")


@_attrs_define
class SolutionProviderCreditEvent:
    """
    Attributes:
        marketplace_country_code (str | Unset):
        marketplace_id (str | Unset):
        provider_id (str | Unset):
        provider_store_name (str | Unset):
        provider_transaction_type (str | Unset):
        seller_id (str | Unset):
        seller_order_id (str | Unset):
        seller_store_name (str | Unset):
        transaction_amount (Currency | Unset):
        transaction_creation_date (datetime.datetime | Unset):
    """

    marketplace_country_code: str | Unset = UNSET
    marketplace_id: str | Unset = UNSET
    provider_id: str | Unset = UNSET
    provider_store_name: str | Unset = UNSET
    provider_transaction_type: str | Unset = UNSET
    seller_id: str | Unset = UNSET
    seller_order_id: str | Unset = UNSET
    seller_store_name: str | Unset = UNSET
    transaction_amount: Currency | Unset = UNSET
    transaction_creation_date: datetime.datetime | Unset = UNSET
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
        marketplace_country_code = self.marketplace_country_code

        marketplace_id = self.marketplace_id

        provider_id = self.provider_id

        provider_store_name = self.provider_store_name

        provider_transaction_type = self.provider_transaction_type

        seller_id = self.seller_id

        seller_order_id = self.seller_order_id

        seller_store_name = self.seller_store_name

        transaction_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction_amount, Unset):
            transaction_amount = self.transaction_amount.to_dict()

        transaction_creation_date: str | Unset = UNSET
        if not isinstance(self.transaction_creation_date, Unset):
            transaction_creation_date = self.transaction_creation_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if marketplace_country_code is not UNSET:
            field_dict["MarketplaceCountryCode"] = marketplace_country_code
        if marketplace_id is not UNSET:
            field_dict["MarketplaceId"] = marketplace_id
        if provider_id is not UNSET:
            field_dict["ProviderId"] = provider_id
        if provider_store_name is not UNSET:
            field_dict["ProviderStoreName"] = provider_store_name
        if provider_transaction_type is not UNSET:
            field_dict["ProviderTransactionType"] = provider_transaction_type
        if seller_id is not UNSET:
            field_dict["SellerId"] = seller_id
        if seller_order_id is not UNSET:
            field_dict["SellerOrderId"] = seller_order_id
        if seller_store_name is not UNSET:
            field_dict["SellerStoreName"] = seller_store_name
        if transaction_amount is not UNSET:
            field_dict["TransactionAmount"] = transaction_amount
        if transaction_creation_date is not UNSET:
            field_dict["TransactionCreationDate"] = transaction_creation_date

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.currency import Currency

        return (
            (
                ("MarketplaceCountryCode", "marketplace_country_code", False, ("str",)),
                ("MarketplaceId", "marketplace_id", False, ("str",)),
                ("ProviderId", "provider_id", False, ("str",)),
                ("ProviderStoreName", "provider_store_name", False, ("str",)),
                (
                    "ProviderTransactionType",
                    "provider_transaction_type",
                    False,
                    ("str",),
                ),
                ("SellerId", "seller_id", False, ("str",)),
                ("SellerOrderId", "seller_order_id", False, ("str",)),
                ("SellerStoreName", "seller_store_name", False, ("str",)),
                ("TransactionAmount", "transaction_amount", False, ("model", Currency)),
                (
                    "TransactionCreationDate",
                    "transaction_creation_date",
                    False,
                    ("datetime",),
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
        marketplace_country_code = d.pop("MarketplaceCountryCode", UNSET)

        if (
            _reader is not None
            and marketplace_country_code.__class__ is not str
            and marketplace_country_code is not UNSET
        ):
            raise DeviationError("MarketplaceCountryCode")

        marketplace_id = d.pop("MarketplaceId", UNSET)

        if (
            _reader is not None
            and marketplace_id.__class__ is not str
            and marketplace_id is not UNSET
        ):
            raise DeviationError("MarketplaceId")

        provider_id = d.pop("ProviderId", UNSET)

        if (
            _reader is not None
            and provider_id.__class__ is not str
            and provider_id is not UNSET
        ):
            raise DeviationError("ProviderId")

        provider_store_name = d.pop("ProviderStoreName", UNSET)

        if (
            _reader is not None
            and provider_store_name.__class__ is not str
            and provider_store_name is not UNSET
        ):
            raise DeviationError("ProviderStoreName")

        provider_transaction_type = d.pop("ProviderTransactionType", UNSET)

        if (
            _reader is not None
            and provider_transaction_type.__class__ is not str
            and provider_transaction_type is not UNSET
        ):
            raise DeviationError("ProviderTransactionType")

        seller_id = d.pop("SellerId", UNSET)

        if (
            _reader is not None
            and seller_id.__class__ is not str
            and seller_id is not UNSET
        ):
            raise DeviationError("SellerId")

        seller_order_id = d.pop("SellerOrderId", UNSET)

        if (
            _reader is not None
            and seller_order_id.__class__ is not str
            and seller_order_id is not UNSET
        ):
            raise DeviationError("SellerOrderId")

        seller_store_name = d.pop("SellerStoreName", UNSET)

        if (
            _reader is not None
            and seller_store_name.__class__ is not str
            and seller_store_name is not UNSET
        ):
            raise DeviationError("SellerStoreName")

        _transaction_amount = d.pop("TransactionAmount", UNSET)
        transaction_amount = (
            UNSET
            if _transaction_amount is UNSET
            else Currency.from_dict(_transaction_amount)
        )

        _transaction_creation_date = d.pop("TransactionCreationDate", UNSET)
        transaction_creation_date = (
            UNSET
            if _transaction_creation_date is UNSET
            else datetime.datetime.fromisoformat(_transaction_creation_date)
        )

        if (
            _reader is not None
            and not isinstance(transaction_creation_date, Unset)
            and transaction_creation_date.tzinfo is None
        ):
            raise DeviationError("TransactionCreationDate")

        if cls is SolutionProviderCreditEvent:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.marketplace_country_code = marketplace_country_code
            _built.marketplace_id = marketplace_id
            _built.provider_id = provider_id
            _built.provider_store_name = provider_store_name
            _built.provider_transaction_type = provider_transaction_type
            _built.seller_id = seller_id
            _built.seller_order_id = seller_order_id
            _built.seller_store_name = seller_store_name
            _built.transaction_amount = transaction_amount
            _built.transaction_creation_date = transaction_creation_date
            _built._parse_notes = None
            solution_provider_credit_event = _built
        else:  # a subclass: its own __init__ runs
            solution_provider_credit_event = cls(
                marketplace_country_code=marketplace_country_code,
                marketplace_id=marketplace_id,
                provider_id=provider_id,
                provider_store_name=provider_store_name,
                provider_transaction_type=provider_transaction_type,
                seller_id=seller_id,
                seller_order_id=seller_order_id,
                seller_store_name=seller_store_name,
                transaction_amount=transaction_amount,
                transaction_creation_date=transaction_creation_date,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        solution_provider_credit_event.additional_properties = d or {}
        return solution_provider_credit_event

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
