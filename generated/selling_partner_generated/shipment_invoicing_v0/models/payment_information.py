from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method_enum import PaymentMethodEnum
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


T = TypeVar("T", bound="PaymentInformation")


@_attrs_define
class PaymentInformation:
    """
    Attributes:
        acquirer_id (str | Unset):
        authorization_code (str | Unset):
        card_brand (str | Unset):
        payment_method (PaymentMethodEnum | Unset):
        payment_value (Money | Unset):
    """

    acquirer_id: str | Unset = UNSET
    authorization_code: str | Unset = UNSET
    card_brand: str | Unset = UNSET
    payment_method: PaymentMethodEnum | Unset = UNSET
    payment_value: Money | Unset = UNSET
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

        payment_method: str | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.value

        payment_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_value, Unset):
            payment_value = self.payment_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acquirer_id is not UNSET:
            field_dict["AcquirerId"] = acquirer_id
        if authorization_code is not UNSET:
            field_dict["AuthorizationCode"] = authorization_code
        if card_brand is not UNSET:
            field_dict["CardBrand"] = card_brand
        if payment_method is not UNSET:
            field_dict["PaymentMethod"] = payment_method
        if payment_value is not UNSET:
            field_dict["PaymentValue"] = payment_value

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.money import Money

        return (
            (
                ("AcquirerId", "acquirer_id", False, ("str",)),
                ("AuthorizationCode", "authorization_code", False, ("str",)),
                ("CardBrand", "card_brand", False, ("str",)),
                ("PaymentMethod", "payment_method", False, ("enum", PaymentMethodEnum)),
                ("PaymentValue", "payment_value", False, ("model", Money)),
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
        acquirer_id = d.pop("AcquirerId", UNSET)

        if (
            _reader is not None
            and acquirer_id.__class__ is not str
            and acquirer_id is not UNSET
        ):
            raise DeviationError("AcquirerId")

        authorization_code = d.pop("AuthorizationCode", UNSET)

        if (
            _reader is not None
            and authorization_code.__class__ is not str
            and authorization_code is not UNSET
        ):
            raise DeviationError("AuthorizationCode")

        card_brand = d.pop("CardBrand", UNSET)

        if (
            _reader is not None
            and card_brand.__class__ is not str
            and card_brand is not UNSET
        ):
            raise DeviationError("CardBrand")

        _payment_method = d.pop("PaymentMethod", UNSET)
        payment_method = (
            UNSET
            if _payment_method is UNSET
            else (
                PaymentMethodEnum._value2member_map_.get(_payment_method)
                if _payment_method.__class__ is str
                else None
            )
            or PaymentMethodEnum(_payment_method)
        )

        _payment_value = d.pop("PaymentValue", UNSET)
        payment_value = (
            UNSET if _payment_value is UNSET else Money.from_dict(_payment_value)
        )

        if cls is PaymentInformation:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.acquirer_id = acquirer_id
            _built.authorization_code = authorization_code
            _built.card_brand = card_brand
            _built.payment_method = payment_method
            _built.payment_value = payment_value
            _built._parse_notes = None
            payment_information = _built
        else:  # a subclass: its own __init__ runs
            payment_information = cls(
                acquirer_id=acquirer_id,
                authorization_code=authorization_code,
                card_brand=card_brand,
                payment_method=payment_method,
                payment_value=payment_value,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        payment_information.additional_properties = d or {}
        return payment_information

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
