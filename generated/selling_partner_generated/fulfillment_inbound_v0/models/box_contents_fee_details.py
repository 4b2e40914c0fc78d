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
    from ..models.amount import Amount


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Amount
    from ..models.amount import Amount

    _lazy_pending = False


T = TypeVar("T", bound="BoxContentsFeeDetails")


@_attrs_define
class BoxContentsFeeDetails:
    """
    Attributes:
        fee_per_unit (Amount | Unset):
        total_fee (Amount | Unset):
        total_units (int | Unset):
    """

    fee_per_unit: Amount | Unset = UNSET
    total_fee: Amount | Unset = UNSET
    total_units: int | Unset = UNSET
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
        fee_per_unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fee_per_unit, Unset):
            fee_per_unit = self.fee_per_unit.to_dict()

        total_fee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_fee, Unset):
            total_fee = self.total_fee.to_dict()

        total_units = self.total_units

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fee_per_unit is not UNSET:
            field_dict["FeePerUnit"] = fee_per_unit
        if total_fee is not UNSET:
            field_dict["TotalFee"] = total_fee
        if total_units is not UNSET:
            field_dict["TotalUnits"] = total_units

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.amount import Amount

        return (
            (
                ("FeePerUnit", "fee_per_unit", False, ("model", Amount)),
                ("TotalFee", "total_fee", False, ("model", Amount)),
                ("TotalUnits", "total_units", False, ("int",)),
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
        _fee_per_unit = d.pop("FeePerUnit", UNSET)
        fee_per_unit = (
            UNSET if _fee_per_unit is UNSET else Amount.from_dict(_fee_per_unit)
        )

        _total_fee = d.pop("TotalFee", UNSET)
        total_fee = UNSET if _total_fee is UNSET else Amount.from_dict(_total_fee)

        total_units = d.pop("TotalUnits", UNSET)

        if (
            _reader is not None
            and total_units.__class__ is not int
            and total_units is not UNSET
        ):
            raise DeviationError("TotalUnits")

        if cls is BoxContentsFeeDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.fee_per_unit = fee_per_unit
            _built.total_fee = total_fee
            _built.total_units = total_units
            _built._parse_notes = None
            box_contents_fee_details = _built
        else:  # a subclass: its own __init__ runs
            box_contents_fee_details = cls(
                fee_per_unit=fee_per_unit,
                total_fee=total_fee,
                total_units=total_units,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        box_contents_fee_details.additional_properties = d or {}
        return box_contents_fee_details

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
