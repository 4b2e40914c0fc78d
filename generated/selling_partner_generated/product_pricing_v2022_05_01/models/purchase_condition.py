from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    UNSET,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.amount_threshold import AmountThreshold
    from ..models.quantity_threshold import QuantityThreshold


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, AmountThreshold, QuantityThreshold
    from ..models.amount_threshold import AmountThreshold
    from ..models.quantity_threshold import QuantityThreshold

    _lazy_pending = False


T = TypeVar("T", bound="PurchaseCondition")


@_attrs_define
class PurchaseCondition:
    """
    Attributes:
        amount_threshold (AmountThreshold | Unset):
        quantity_threshold (QuantityThreshold | Unset):
    """

    amount_threshold: AmountThreshold | Unset = UNSET
    quantity_threshold: QuantityThreshold | Unset = UNSET
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
        amount_threshold: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount_threshold, Unset):
            amount_threshold = self.amount_threshold.to_dict()

        quantity_threshold: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quantity_threshold, Unset):
            quantity_threshold = self.quantity_threshold.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount_threshold is not UNSET:
            field_dict["amountThreshold"] = amount_threshold
        if quantity_threshold is not UNSET:
            field_dict["quantityThreshold"] = quantity_threshold

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.amount_threshold import AmountThreshold
        from ..models.quantity_threshold import QuantityThreshold

        return (
            (
                (
                    "amountThreshold",
                    "amount_threshold",
                    False,
                    ("model", AmountThreshold),
                ),
                (
                    "quantityThreshold",
                    "quantity_threshold",
                    False,
                    ("model", QuantityThreshold),
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
        _amount_threshold = d.pop("amountThreshold", UNSET)
        amount_threshold = (
            UNSET
            if _amount_threshold is UNSET
            else AmountThreshold.from_dict(_amount_threshold)
        )

        _quantity_threshold = d.pop("quantityThreshold", UNSET)
        quantity_threshold = (
            UNSET
            if _quantity_threshold is UNSET
            else QuantityThreshold.from_dict(_quantity_threshold)
        )

        if cls is PurchaseCondition:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.amount_threshold = amount_threshold
            _built.quantity_threshold = quantity_threshold
            _built._parse_notes = None
            purchase_condition = _built
        else:  # a subclass: its own __init__ runs
            purchase_condition = cls(
                amount_threshold=amount_threshold,
                quantity_threshold=quantity_threshold,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        purchase_condition.additional_properties = d or {}
        return purchase_condition

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
