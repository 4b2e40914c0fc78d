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
    from ..models.currency import Currency
    from ..models.variance_reason import VarianceReason


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Currency, VarianceReason
    from ..models.currency import Currency
    from ..models.variance_reason import VarianceReason

    _lazy_pending = False


T = TypeVar("T", bound="MatchingContext")


@_attrs_define
class MatchingContext:
    """
    Attributes:
        matched_amount (Currency):
        matched_quantity (int):
        paid_amount (Currency | Unset):
        paid_quantity (int | Unset):
        price_variance (Currency | Unset):
        quantity_variance (int | Unset):
        variance_reasons (list[VarianceReason] | Unset):
    """

    matched_amount: Currency
    matched_quantity: int
    paid_amount: Currency | Unset = UNSET
    paid_quantity: int | Unset = UNSET
    price_variance: Currency | Unset = UNSET
    quantity_variance: int | Unset = UNSET
    variance_reasons: list[VarianceReason] | Unset = UNSET
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
        matched_amount = self.matched_amount.to_dict()

        matched_quantity = self.matched_quantity

        paid_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.paid_amount, Unset):
            paid_amount = self.paid_amount.to_dict()

        paid_quantity = self.paid_quantity

        price_variance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_variance, Unset):
            price_variance = self.price_variance.to_dict()

        quantity_variance = self.quantity_variance

        variance_reasons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variance_reasons, Unset):
            variance_reasons = []
            for variance_reasons_item_data in self.variance_reasons:
                variance_reasons_item = variance_reasons_item_data.to_dict()
                variance_reasons.append(variance_reasons_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "matchedAmount": matched_amount,
                "matchedQuantity": matched_quantity,
            }
        )
        if paid_amount is not UNSET:
            field_dict["paidAmount"] = paid_amount
        if paid_quantity is not UNSET:
            field_dict["paidQuantity"] = paid_quantity
        if price_variance is not UNSET:
            field_dict["priceVariance"] = price_variance
        if quantity_variance is not UNSET:
            field_dict["quantityVariance"] = quantity_variance
        if variance_reasons is not UNSET:
            field_dict["varianceReasons"] = variance_reasons

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.currency import Currency
        from ..models.variance_reason import VarianceReason

        return (
            (
                ("matchedAmount", "matched_amount", True, ("model", Currency)),
                ("matchedQuantity", "matched_quantity", True, ("int",)),
                ("paidAmount", "paid_amount", False, ("model", Currency)),
                ("paidQuantity", "paid_quantity", False, ("int",)),
                ("priceVariance", "price_variance", False, ("model", Currency)),
                ("quantityVariance", "quantity_variance", False, ("int",)),
                (
                    "varianceReasons",
                    "variance_reasons",
                    False,
                    ("list", ("model", VarianceReason)),
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
        matched_amount = Currency.from_dict(d.pop("matchedAmount"))

        matched_quantity = d.pop("matchedQuantity")

        if _reader is not None and matched_quantity.__class__ is not int:
            raise DeviationError("matchedQuantity")

        _paid_amount = d.pop("paidAmount", UNSET)
        paid_amount = (
            UNSET if _paid_amount is UNSET else Currency.from_dict(_paid_amount)
        )

        paid_quantity = d.pop("paidQuantity", UNSET)

        if (
            _reader is not None
            and paid_quantity.__class__ is not int
            and paid_quantity is not UNSET
        ):
            raise DeviationError("paidQuantity")

        _price_variance = d.pop("priceVariance", UNSET)
        price_variance = (
            UNSET if _price_variance is UNSET else Currency.from_dict(_price_variance)
        )

        quantity_variance = d.pop("quantityVariance", UNSET)

        if (
            _reader is not None
            and quantity_variance.__class__ is not int
            and quantity_variance is not UNSET
        ):
            raise DeviationError("quantityVariance")

        _variance_reasons = d.pop("varianceReasons", UNSET)
        variance_reasons = (
            UNSET
            if _variance_reasons is UNSET
            else [VarianceReason.from_dict(_item) for _item in _variance_reasons]
        )

        if cls is MatchingContext:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.matched_amount = matched_amount
            _built.matched_quantity = matched_quantity
            _built.paid_amount = paid_amount
            _built.paid_quantity = paid_quantity
            _built.price_variance = price_variance
            _built.quantity_variance = quantity_variance
            _built.variance_reasons = variance_reasons
            _built._parse_notes = None
            matching_context = _built
        else:  # a subclass: its own __init__ runs
            matching_context = cls(
                matched_amount=matched_amount,
                matched_quantity=matched_quantity,
                paid_amount=paid_amount,
                paid_quantity=paid_quantity,
                price_variance=price_variance,
                quantity_variance=quantity_variance,
                variance_reasons=variance_reasons,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        matching_context.additional_properties = d or {}
        return matching_context

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
