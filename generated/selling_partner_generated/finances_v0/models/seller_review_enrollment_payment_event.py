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
    from ..models.charge_component import ChargeComponent
    from ..models.currency import Currency
    from ..models.fee_component import FeeComponent


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ChargeComponent, Currency, FeeComponent
    from ..models.charge_component import ChargeComponent
    from ..models.currency import Currency
    from ..models.fee_component import FeeComponent

    _lazy_pending = False


T = TypeVar("T", bound="SellerReviewEnrollmentPaymentEvent")


@_attrs_define
class SellerReviewEnrollmentPaymentEvent:
    """
    Attributes:
        charge_component (ChargeComponent | Unset):
        enrollment_id (str | Unset):
        fee_component (FeeComponent | Unset):
        parent_asin (str | Unset):
        posted_date (datetime.datetime | Unset):
        total_amount (Currency | Unset):
    """

    charge_component: ChargeComponent | Unset = UNSET
    enrollment_id: str | Unset = UNSET
    fee_component: FeeComponent | Unset = UNSET
    parent_asin: str | Unset = UNSET
    posted_date: datetime.datetime | Unset = UNSET
    total_amount: Currency | Unset = UNSET
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
        charge_component: dict[str, Any] | Unset = UNSET
        if not isinstance(self.charge_component, Unset):
            charge_component = self.charge_component.to_dict()

        enrollment_id = self.enrollment_id

        fee_component: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fee_component, Unset):
            fee_component = self.fee_component.to_dict()

        parent_asin = self.parent_asin

        posted_date: str | Unset = UNSET
        if not isinstance(self.posted_date, Unset):
            posted_date = self.posted_date.isoformat()

        total_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_amount, Unset):
            total_amount = self.total_amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if charge_component is not UNSET:
            field_dict["ChargeComponent"] = charge_component
        if enrollment_id is not UNSET:
            field_dict["EnrollmentId"] = enrollment_id
        if fee_component is not UNSET:
            field_dict["FeeComponent"] = fee_component
        if parent_asin is not UNSET:
            field_dict["ParentASIN"] = parent_asin
        if posted_date is not UNSET:
            field_dict["PostedDate"] = posted_date
        if total_amount is not UNSET:
            field_dict["TotalAmount"] = total_amount

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.charge_component import ChargeComponent
        from ..models.currency import Currency
        from ..models.fee_component import FeeComponent

        return (
            (
                (
                    "ChargeComponent",
                    "charge_component",
                    False,
                    ("model", ChargeComponent),
                ),
                ("EnrollmentId", "enrollment_id", False, ("str",)),
                ("FeeComponent", "fee_component", False, ("model", FeeComponent)),
                ("ParentASIN", "parent_asin", False, ("str",)),
                ("PostedDate", "posted_date", False, ("datetime",)),
                ("TotalAmount", "total_amount", False, ("model", Currency)),
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
        _charge_component = d.pop("ChargeComponent", UNSET)
        charge_component = (
            UNSET
            if _charge_component is UNSET
            else ChargeComponent.from_dict(_charge_component)
        )

        enrollment_id = d.pop("EnrollmentId", UNSET)

        if (
            _reader is not None
            and enrollment_id.__class__ is not str
            and enrollment_id is not UNSET
        ):
            raise DeviationError("EnrollmentId")

        _fee_component = d.pop("FeeComponent", UNSET)
        fee_component = (
            UNSET if _fee_component is UNSET else FeeComponent.from_dict(_fee_component)
        )

        parent_asin = d.pop("ParentASIN", UNSET)

        if (
            _reader is not None
            and parent_asin.__class__ is not str
            and parent_asin is not UNSET
        ):
            raise DeviationError("ParentASIN")

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

        _total_amount = d.pop("TotalAmount", UNSET)
        total_amount = (
            UNSET if _total_amount is UNSET else Currency.from_dict(_total_amount)
        )

        if cls is SellerReviewEnrollmentPaymentEvent:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.charge_component = charge_component
            _built.enrollment_id = enrollment_id
            _built.fee_component = fee_component
            _built.parent_asin = parent_asin
            _built.posted_date = posted_date
            _built.total_amount = total_amount
            _built._parse_notes = None
            seller_review_enrollment_payment_event = _built
        else:  # a subclass: its own __init__ runs
            seller_review_enrollment_payment_event = cls(
                charge_component=charge_component,
                enrollment_id=enrollment_id,
                fee_component=fee_component,
                parent_asin=parent_asin,
                posted_date=posted_date,
                total_amount=total_amount,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        seller_review_enrollment_payment_event.additional_properties = d or {}
        return seller_review_enrollment_payment_event

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
