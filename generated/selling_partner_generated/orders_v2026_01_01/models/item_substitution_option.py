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
    from ..models.measurement import Measurement


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Measurement
    from ..models.measurement import Measurement

    _lazy_pending = False


T = TypeVar("T", bound="ItemSubstitutionOption")


@_attrs_define
class ItemSubstitutionOption:
    """
    Attributes:
        asin (str | Unset):
        measurement (Measurement | Unset):
        quantity_ordered (int | Unset):
        seller_sku (str | Unset):
        title (str | Unset):
    """

    asin: str | Unset = UNSET
    measurement: Measurement | Unset = UNSET
    quantity_ordered: int | Unset = UNSET
    seller_sku: str | Unset = UNSET
    title: str | Unset = UNSET
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
        asin = self.asin

        measurement: dict[str, Any] | Unset = UNSET
        if not isinstance(self.measurement, Unset):
            measurement = self.measurement.to_dict()

        quantity_ordered = self.quantity_ordered

        seller_sku = self.seller_sku

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asin is not UNSET:
            field_dict["asin"] = asin
        if measurement is not UNSET:
            field_dict["measurement"] = measurement
        if quantity_ordered is not UNSET:
            field_dict["quantityOrdered"] = quantity_ordered
        if seller_sku is not UNSET:
            field_dict["sellerSku"] = seller_sku
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.measurement import Measurement

        return (
            (
                ("asin", "asin", False, ("str",)),
                ("measurement", "measurement", False, ("model", Measurement)),
                ("quantityOrdered", "quantity_ordered", False, ("int",)),
                ("sellerSku", "seller_sku", False, ("str",)),
                ("title", "title", False, ("str",)),
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
        asin = d.pop("asin", UNSET)

        if _reader is not None and asin.__class__ is not str and asin is not UNSET:
            raise DeviationError("asin")

        _measurement = d.pop("measurement", UNSET)
        measurement = (
            UNSET if _measurement is UNSET else Measurement.from_dict(_measurement)
        )

        quantity_ordered = d.pop("quantityOrdered", UNSET)

        if (
            _reader is not None
            and quantity_ordered.__class__ is not int
            and quantity_ordered is not UNSET
        ):
            raise DeviationError("quantityOrdered")

        seller_sku = d.pop("sellerSku", UNSET)

        if (
            _reader is not None
            and seller_sku.__class__ is not str
            and seller_sku is not UNSET
        ):
            raise DeviationError("sellerSku")

        title = d.pop("title", UNSET)

        if _reader is not None and title.__class__ is not str and title is not UNSET:
            raise DeviationError("title")

        if cls is ItemSubstitutionOption:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.asin = asin
            _built.measurement = measurement
            _built.quantity_ordered = quantity_ordered
            _built.seller_sku = seller_sku
            _built.title = title
            _built._parse_notes = None
            item_substitution_option = _built
        else:  # a subclass: its own __init__ runs
            item_substitution_option = cls(
                asin=asin,
                measurement=measurement,
                quantity_ordered=quantity_ordered,
                seller_sku=seller_sku,
                title=title,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        item_substitution_option.additional_properties = d or {}
        return item_substitution_option

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
