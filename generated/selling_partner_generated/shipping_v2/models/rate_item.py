from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rate_item_id import RateItemID
from ..models.rate_item_type import RateItemType
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


T = TypeVar("T", bound="RateItem")


@_attrs_define
class RateItem:
    """
    Attributes:
        rate_item_charge (Currency | Unset):
        rate_item_id (RateItemID | Unset):
        rate_item_name_localization (str | Unset):
        rate_item_type (RateItemType | Unset):
    """

    rate_item_charge: Currency | Unset = UNSET
    rate_item_id: RateItemID | Unset = UNSET
    rate_item_name_localization: str | Unset = UNSET
    rate_item_type: RateItemType | Unset = UNSET
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
        rate_item_charge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rate_item_charge, Unset):
            rate_item_charge = self.rate_item_charge.to_dict()

        rate_item_id: str | Unset = UNSET
        if not isinstance(self.rate_item_id, Unset):
            rate_item_id = self.rate_item_id.value

        rate_item_name_localization = self.rate_item_name_localization

        rate_item_type: str | Unset = UNSET
        if not isinstance(self.rate_item_type, Unset):
            rate_item_type = self.rate_item_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rate_item_charge is not UNSET:
            field_dict["rateItemCharge"] = rate_item_charge
        if rate_item_id is not UNSET:
            field_dict["rateItemID"] = rate_item_id
        if rate_item_name_localization is not UNSET:
            field_dict["rateItemNameLocalization"] = rate_item_name_localization
        if rate_item_type is not UNSET:
            field_dict["rateItemType"] = rate_item_type

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.currency import Currency

        return (
            (
                ("rateItemCharge", "rate_item_charge", False, ("model", Currency)),
                ("rateItemID", "rate_item_id", False, ("enum", RateItemID)),
                (
                    "rateItemNameLocalization",
                    "rate_item_name_localization",
                    False,
                    ("str",),
                ),
                ("rateItemType", "rate_item_type", False, ("enum", RateItemType)),
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
        _rate_item_charge = d.pop("rateItemCharge", UNSET)
        rate_item_charge = (
            UNSET
            if _rate_item_charge is UNSET
            else Currency.from_dict(_rate_item_charge)
        )

        _rate_item_id = d.pop("rateItemID", UNSET)
        rate_item_id = (
            UNSET
            if _rate_item_id is UNSET
            else (
                RateItemID._value2member_map_.get(_rate_item_id)
                if _rate_item_id.__class__ is str
                else None
            )
            or RateItemID(_rate_item_id)
        )

        rate_item_name_localization = d.pop("rateItemNameLocalization", UNSET)

        if (
            _reader is not None
            and rate_item_name_localization.__class__ is not str
            and rate_item_name_localization is not UNSET
        ):
            raise DeviationError("rateItemNameLocalization")

        _rate_item_type = d.pop("rateItemType", UNSET)
        rate_item_type = (
            UNSET
            if _rate_item_type is UNSET
            else (
                RateItemType._value2member_map_.get(_rate_item_type)
                if _rate_item_type.__class__ is str
                else None
            )
            or RateItemType(_rate_item_type)
        )

        if cls is RateItem:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.rate_item_charge = rate_item_charge
            _built.rate_item_id = rate_item_id
            _built.rate_item_name_localization = rate_item_name_localization
            _built.rate_item_type = rate_item_type
            _built._parse_notes = None
            rate_item = _built
        else:  # a subclass: its own __init__ runs
            rate_item = cls(
                rate_item_charge=rate_item_charge,
                rate_item_id=rate_item_id,
                rate_item_name_localization=rate_item_name_localization,
                rate_item_type=rate_item_type,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        rate_item.additional_properties = d or {}
        return rate_item

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
