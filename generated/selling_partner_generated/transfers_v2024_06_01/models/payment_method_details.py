from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assignment_type import AssignmentType
from ..models.payment_method_type import PaymentMethodType
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
    from ..models.expiry_date import ExpiryDate


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ExpiryDate
    from ..models.expiry_date import ExpiryDate

    _lazy_pending = False


T = TypeVar("T", bound="PaymentMethodDetails")


@_attrs_define
class PaymentMethodDetails:
    """
    Attributes:
        account_holder_name (str | Unset):
        assignment_type (AssignmentType | Unset):
        country_code (str | Unset):
        expiry_date (ExpiryDate | Unset):
        payment_method_id (str | Unset):
        payment_method_type (PaymentMethodType | Unset):
        tail (str | Unset):
    """

    account_holder_name: str | Unset = UNSET
    assignment_type: AssignmentType | Unset = UNSET
    country_code: str | Unset = UNSET
    expiry_date: ExpiryDate | Unset = UNSET
    payment_method_id: str | Unset = UNSET
    payment_method_type: PaymentMethodType | Unset = UNSET
    tail: str | Unset = UNSET
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
        account_holder_name = self.account_holder_name

        assignment_type: str | Unset = UNSET
        if not isinstance(self.assignment_type, Unset):
            assignment_type = self.assignment_type.value

        country_code = self.country_code

        expiry_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expiry_date, Unset):
            expiry_date = self.expiry_date.to_dict()

        payment_method_id = self.payment_method_id

        payment_method_type: str | Unset = UNSET
        if not isinstance(self.payment_method_type, Unset):
            payment_method_type = self.payment_method_type.value

        tail = self.tail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_holder_name is not UNSET:
            field_dict["accountHolderName"] = account_holder_name
        if assignment_type is not UNSET:
            field_dict["assignmentType"] = assignment_type
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date
        if payment_method_id is not UNSET:
            field_dict["paymentMethodId"] = payment_method_id
        if payment_method_type is not UNSET:
            field_dict["paymentMethodType"] = payment_method_type
        if tail is not UNSET:
            field_dict["tail"] = tail

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.expiry_date import ExpiryDate

        return (
            (
                ("accountHolderName", "account_holder_name", False, ("str",)),
                ("assignmentType", "assignment_type", False, ("enum", AssignmentType)),
                ("countryCode", "country_code", False, ("str",)),
                ("expiryDate", "expiry_date", False, ("model", ExpiryDate)),
                ("paymentMethodId", "payment_method_id", False, ("str",)),
                (
                    "paymentMethodType",
                    "payment_method_type",
                    False,
                    ("enum", PaymentMethodType),
                ),
                ("tail", "tail", False, ("str",)),
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
        account_holder_name = d.pop("accountHolderName", UNSET)

        if (
            _reader is not None
            and account_holder_name.__class__ is not str
            and account_holder_name is not UNSET
        ):
            raise DeviationError("accountHolderName")

        _assignment_type = d.pop("assignmentType", UNSET)
        assignment_type = (
            UNSET
            if _assignment_type is UNSET
            else (
                AssignmentType._value2member_map_.get(_assignment_type)
                if _assignment_type.__class__ is str
                else None
            )
            or AssignmentType(_assignment_type)
        )

        country_code = d.pop("countryCode", UNSET)

        if (
            _reader is not None
            and country_code.__class__ is not str
            and country_code is not UNSET
        ):
            raise DeviationError("countryCode")

        _expiry_date = d.pop("expiryDate", UNSET)
        expiry_date = (
            UNSET if _expiry_date is UNSET else ExpiryDate.from_dict(_expiry_date)
        )

        payment_method_id = d.pop("paymentMethodId", UNSET)

        if (
            _reader is not None
            and payment_method_id.__class__ is not str
            and payment_method_id is not UNSET
        ):
            raise DeviationError("paymentMethodId")

        _payment_method_type = d.pop("paymentMethodType", UNSET)
        payment_method_type = (
            UNSET
            if _payment_method_type is UNSET
            else (
                PaymentMethodType._value2member_map_.get(_payment_method_type)
                if _payment_method_type.__class__ is str
                else None
            )
            or PaymentMethodType(_payment_method_type)
        )

        tail = d.pop("tail", UNSET)

        if _reader is not None and tail.__class__ is not str and tail is not UNSET:
            raise DeviationError("tail")

        if cls is PaymentMethodDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.account_holder_name = account_holder_name
            _built.assignment_type = assignment_type
            _built.country_code = country_code
            _built.expiry_date = expiry_date
            _built.payment_method_id = payment_method_id
            _built.payment_method_type = payment_method_type
            _built.tail = tail
            _built._parse_notes = None
            payment_method_details = _built
        else:  # a subclass: its own __init__ runs
            payment_method_details = cls(
                account_holder_name=account_holder_name,
                assignment_type=assignment_type,
                country_code=country_code,
                expiry_date=expiry_date,
                payment_method_id=payment_method_id,
                payment_method_type=payment_method_type,
                tail=tail,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        payment_method_details.additional_properties = d or {}
        return payment_method_details

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
