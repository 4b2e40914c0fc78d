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
    from ..models.tax_classification import TaxClassification


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, TaxClassification
    from ..models.tax_classification import TaxClassification

    _lazy_pending = False


T = TypeVar("T", bound="MarketplaceTaxInfo")


@_attrs_define
class MarketplaceTaxInfo:
    """
    Attributes:
        tax_classifications (list[TaxClassification] | Unset):
    """

    tax_classifications: list[TaxClassification] | Unset = UNSET
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
        tax_classifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_classifications, Unset):
            tax_classifications = []
            for tax_classifications_item_data in self.tax_classifications:
                tax_classifications_item = tax_classifications_item_data.to_dict()
                tax_classifications.append(tax_classifications_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tax_classifications is not UNSET:
            field_dict["TaxClassifications"] = tax_classifications

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.tax_classification import TaxClassification

        return (
            (
                (
                    "TaxClassifications",
                    "tax_classifications",
                    False,
                    ("list", ("model", TaxClassification)),
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
        _tax_classifications = d.pop("TaxClassifications", UNSET)
        tax_classifications = (
            UNSET
            if _tax_classifications is UNSET
            else [TaxClassification.from_dict(_item) for _item in _tax_classifications]
        )

        if cls is MarketplaceTaxInfo:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.tax_classifications = tax_classifications
            _built._parse_notes = None
            marketplace_tax_info = _built
        else:  # a subclass: its own __init__ runs
            marketplace_tax_info = cls(
                tax_classifications=tax_classifications,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        marketplace_tax_info.additional_properties = d or {}
        return marketplace_tax_info

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
