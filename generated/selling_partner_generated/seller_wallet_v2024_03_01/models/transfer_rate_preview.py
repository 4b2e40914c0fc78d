from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.currency import Currency
    from ..models.fee import Fee
    from ..models.fx_rate_details import FxRateDetails


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Currency, Fee, FxRateDetails
    from ..models.currency import Currency
    from ..models.fee import Fee
    from ..models.fx_rate_details import FxRateDetails

    _lazy_pending = False


T = TypeVar("T", bound="TransferRatePreview")


@_attrs_define
class TransferRatePreview:
    """
    Attributes:
        base_amount (Currency):
        fees (list[Fee]):
        fx_rate_details (FxRateDetails):
        transfer_amount (Currency):
    """

    base_amount: Currency
    fees: list[Fee]
    fx_rate_details: FxRateDetails
    transfer_amount: Currency
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
        base_amount = self.base_amount.to_dict()

        fees = []
        for fees_item_data in self.fees:
            fees_item = fees_item_data.to_dict()
            fees.append(fees_item)

        fx_rate_details = self.fx_rate_details.to_dict()

        transfer_amount = self.transfer_amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "baseAmount": base_amount,
                "fees": fees,
                "fxRateDetails": fx_rate_details,
                "transferAmount": transfer_amount,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.currency import Currency
        from ..models.fee import Fee
        from ..models.fx_rate_details import FxRateDetails

        return (
            (
                ("baseAmount", "base_amount", True, ("model", Currency)),
                ("fees", "fees", True, ("list", ("model", Fee))),
                ("fxRateDetails", "fx_rate_details", True, ("model", FxRateDetails)),
                ("transferAmount", "transfer_amount", True, ("model", Currency)),
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
        base_amount = Currency.from_dict(d.pop("baseAmount"))

        _fees = d.pop("fees")
        fees = [Fee.from_dict(_item) for _item in _fees]

        fx_rate_details = FxRateDetails.from_dict(d.pop("fxRateDetails"))

        transfer_amount = Currency.from_dict(d.pop("transferAmount"))

        if cls is TransferRatePreview:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.base_amount = base_amount
            _built.fees = fees
            _built.fx_rate_details = fx_rate_details
            _built.transfer_amount = transfer_amount
            _built._parse_notes = None
            transfer_rate_preview = _built
        else:  # a subclass: its own __init__ runs
            transfer_rate_preview = cls(
                base_amount=base_amount,
                fees=fees,
                fx_rate_details=fx_rate_details,
                transfer_amount=transfer_amount,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        transfer_rate_preview.additional_properties = d or {}
        return transfer_rate_preview

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
