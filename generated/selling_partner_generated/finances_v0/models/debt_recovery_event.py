from __future__ import annotations

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
    from ..models.charge_instrument import ChargeInstrument
    from ..models.currency import Currency
    from ..models.debt_recovery_item import DebtRecoveryItem


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ChargeInstrument, Currency, DebtRecoveryItem
    from ..models.charge_instrument import ChargeInstrument
    from ..models.currency import Currency
    from ..models.debt_recovery_item import DebtRecoveryItem

    _lazy_pending = False


T = TypeVar("T", bound="DebtRecoveryEvent")


@_attrs_define
class DebtRecoveryEvent:
    """
    Attributes:
        charge_instrument_list (list[ChargeInstrument] | Unset):
        debt_recovery_item_list (list[DebtRecoveryItem] | Unset):
        debt_recovery_type (str | Unset):
        over_payment_credit (Currency | Unset):
        recovery_amount (Currency | Unset):
    """

    charge_instrument_list: list[ChargeInstrument] | Unset = UNSET
    debt_recovery_item_list: list[DebtRecoveryItem] | Unset = UNSET
    debt_recovery_type: str | Unset = UNSET
    over_payment_credit: Currency | Unset = UNSET
    recovery_amount: Currency | Unset = UNSET
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
        charge_instrument_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.charge_instrument_list, Unset):
            charge_instrument_list = []
            for (
                componentsschemas_charge_instrument_list_item_data
            ) in self.charge_instrument_list:
                componentsschemas_charge_instrument_list_item = (
                    componentsschemas_charge_instrument_list_item_data.to_dict()
                )
                charge_instrument_list.append(
                    componentsschemas_charge_instrument_list_item
                )

        debt_recovery_item_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.debt_recovery_item_list, Unset):
            debt_recovery_item_list = []
            for (
                componentsschemas_debt_recovery_item_list_item_data
            ) in self.debt_recovery_item_list:
                componentsschemas_debt_recovery_item_list_item = (
                    componentsschemas_debt_recovery_item_list_item_data.to_dict()
                )
                debt_recovery_item_list.append(
                    componentsschemas_debt_recovery_item_list_item
                )

        debt_recovery_type = self.debt_recovery_type

        over_payment_credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.over_payment_credit, Unset):
            over_payment_credit = self.over_payment_credit.to_dict()

        recovery_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recovery_amount, Unset):
            recovery_amount = self.recovery_amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if charge_instrument_list is not UNSET:
            field_dict["ChargeInstrumentList"] = charge_instrument_list
        if debt_recovery_item_list is not UNSET:
            field_dict["DebtRecoveryItemList"] = debt_recovery_item_list
        if debt_recovery_type is not UNSET:
            field_dict["DebtRecoveryType"] = debt_recovery_type
        if over_payment_credit is not UNSET:
            field_dict["OverPaymentCredit"] = over_payment_credit
        if recovery_amount is not UNSET:
            field_dict["RecoveryAmount"] = recovery_amount

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.charge_instrument import ChargeInstrument
        from ..models.currency import Currency
        from ..models.debt_recovery_item import DebtRecoveryItem

        return (
            (
                (
                    "ChargeInstrumentList",
                    "charge_instrument_list",
                    False,
                    ("list", ("model", ChargeInstrument)),
                ),
                (
                    "DebtRecoveryItemList",
                    "debt_recovery_item_list",
                    False,
                    ("list", ("model", DebtRecoveryItem)),
                ),
                ("DebtRecoveryType", "debt_recovery_type", False, ("str",)),
                (
                    "OverPaymentCredit",
                    "over_payment_credit",
                    False,
                    ("model", Currency),
                ),
                ("RecoveryAmount", "recovery_amount", False, ("model", Currency)),
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
        _charge_instrument_list = d.pop("ChargeInstrumentList", UNSET)
        charge_instrument_list = (
            UNSET
            if _charge_instrument_list is UNSET
            else [
                ChargeInstrument.from_dict(_item) for _item in _charge_instrument_list
            ]
        )

        _debt_recovery_item_list = d.pop("DebtRecoveryItemList", UNSET)
        debt_recovery_item_list = (
            UNSET
            if _debt_recovery_item_list is UNSET
            else [
                DebtRecoveryItem.from_dict(_item) for _item in _debt_recovery_item_list
            ]
        )

        debt_recovery_type = d.pop("DebtRecoveryType", UNSET)

        if (
            _reader is not None
            and debt_recovery_type.__class__ is not str
            and debt_recovery_type is not UNSET
        ):
            raise DeviationError("DebtRecoveryType")

        _over_payment_credit = d.pop("OverPaymentCredit", UNSET)
        over_payment_credit = (
            UNSET
            if _over_payment_credit is UNSET
            else Currency.from_dict(_over_payment_credit)
        )

        _recovery_amount = d.pop("RecoveryAmount", UNSET)
        recovery_amount = (
            UNSET if _recovery_amount is UNSET else Currency.from_dict(_recovery_amount)
        )

        if cls is DebtRecoveryEvent:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.charge_instrument_list = charge_instrument_list
            _built.debt_recovery_item_list = debt_recovery_item_list
            _built.debt_recovery_type = debt_recovery_type
            _built.over_payment_credit = over_payment_credit
            _built.recovery_amount = recovery_amount
            _built._parse_notes = None
            debt_recovery_event = _built
        else:  # a subclass: its own __init__ runs
            debt_recovery_event = cls(
                charge_instrument_list=charge_instrument_list,
                debt_recovery_item_list=debt_recovery_item_list,
                debt_recovery_type=debt_recovery_type,
                over_payment_credit=over_payment_credit,
                recovery_amount=recovery_amount,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        debt_recovery_event.additional_properties = d or {}
        return debt_recovery_event

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
