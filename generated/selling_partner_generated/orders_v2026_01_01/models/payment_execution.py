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
    from ..models.money import Money


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Money
    from ..models.money import Money

    _lazy_pending = False


T = TypeVar("T", bound="PaymentExecution")


@_attrs_define
class PaymentExecution:
    """
    Attributes:
        acquirer_id (str | Unset):
        authorization_code (str | Unset):
        card_brand (str | Unset):
        payment_amount (Money | Unset):
        payment_method (str | Unset):
    """

    acquirer_id: str | Unset = UNSET
    authorization_code: str | Unset = UNSET
    card_brand: str | Unset = UNSET
    payment_amount: Money | Unset = UNSET
    payment_method: str | Unset = UNSET
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
        acquirer_id = self.acquirer_id

        authorization_code = self.authorization_code

        card_brand = self.card_brand

        payment_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_amount, Unset):
            payment_amount = self.payment_amount.to_dict()

        payment_method = self.payment_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acquirer_id is not UNSET:
            field_dict["acquirerId"] = acquirer_id
        if authorization_code is not UNSET:
            field_dict["authorizationCode"] = authorization_code
        if card_brand is not UNSET:
            field_dict["cardBrand"] = card_brand
        if payment_amount is not UNSET:
            field_dict["paymentAmount"] = payment_amount
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.money import Money

        return (
            (
                ("acquirerId", "acquirer_id", False, ("str",)),
                ("authorizationCode", "authorization_code", False, ("str",)),
                ("cardBrand", "card_brand", False, ("str",)),
                ("paymentAmount", "payment_amount", False, ("model", Money)),
                ("paymentMethod", "payment_method", False, ("str",)),
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
        acquirer_id = d.pop("acquirerId", UNSET)

        if (
            _reader is not None
            and acquirer_id.__class__ is not str
            and acquirer_id is not UNSET
        ):
            raise DeviationError("acquirerId")

        authorization_code = d.pop("authorizationCode", UNSET)

        if (
            _reader is not None
            and authorization_code.__class__ is not str
            and authorization_code is not UNSET
        ):
            raise DeviationError("authorizationCode")

        card_brand = d.pop("cardBrand", UNSET)

        if (
            _reader is not None
            and card_brand.__class__ is not str
            and card_brand is not UNSET
        ):
            raise DeviationError("cardBrand")

        _payment_amount = d.pop("paymentAmount", UNSET)
        payment_amount = (
            UNSET if _payment_amount is UNSET else Money.from_dict(_payment_amount)
        )

        payment_method = d.pop("paymentMethod", UNSET)

        if (
            _reader is not None
            and payment_method.__class__ is not str
            and payment_method is not UNSET
        ):
            raise DeviationError("paymentMethod")

        if cls is PaymentExecution:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.acquirer_id = acquirer_id
            _built.authorization_code = authorization_code
            _built.card_brand = card_brand
            _built.payment_amount = payment_amount
            _built.payment_method = payment_method
            _built._parse_notes = None
            payment_execution = _built
        else:  # a subclass: its own __init__ runs
            payment_execution = cls(
                acquirer_id=acquirer_id,
                authorization_code=authorization_code,
                card_brand=card_brand,
                payment_amount=payment_amount,
                payment_method=payment_method,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        payment_execution.additional_properties = d or {}
        return payment_execution

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
