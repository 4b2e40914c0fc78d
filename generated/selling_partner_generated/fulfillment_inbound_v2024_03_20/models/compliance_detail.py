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
    from ..models.tax_details import TaxDetails


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, TaxDetails
    from ..models.tax_details import TaxDetails

    _lazy_pending = False


T = TypeVar("T", bound="ComplianceDetail")


@_attrs_define
class ComplianceDetail:
    """
    Attributes:
        asin (str | Unset):
        fnsku (str | Unset):
        msku (str | Unset):
        tax_details (TaxDetails | Unset):
    """

    asin: str | Unset = UNSET
    fnsku: str | Unset = UNSET
    msku: str | Unset = UNSET
    tax_details: TaxDetails | Unset = UNSET
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

        fnsku = self.fnsku

        msku = self.msku

        tax_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_details, Unset):
            tax_details = self.tax_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asin is not UNSET:
            field_dict["asin"] = asin
        if fnsku is not UNSET:
            field_dict["fnsku"] = fnsku
        if msku is not UNSET:
            field_dict["msku"] = msku
        if tax_details is not UNSET:
            field_dict["taxDetails"] = tax_details

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.tax_details import TaxDetails

        return (
            (
                ("asin", "asin", False, ("str",)),
                ("fnsku", "fnsku", False, ("str",)),
                ("msku", "msku", False, ("str",)),
                ("taxDetails", "tax_details", False, ("model", TaxDetails)),
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

        fnsku = d.pop("fnsku", UNSET)

        if _reader is not None and fnsku.__class__ is not str and fnsku is not UNSET:
            raise DeviationError("fnsku")

        msku = d.pop("msku", UNSET)

        if _reader is not None and msku.__class__ is not str and msku is not UNSET:
            raise DeviationError("msku")

        _tax_details = d.pop("taxDetails", UNSET)
        tax_details = (
            UNSET if _tax_details is UNSET else TaxDetails.from_dict(_tax_details)
        )

        if cls is ComplianceDetail:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.asin = asin
            _built.fnsku = fnsku
            _built.msku = msku
            _built.tax_details = tax_details
            _built._parse_notes = None
            compliance_detail = _built
        else:  # a subclass: its own __init__ runs
            compliance_detail = cls(
                asin=asin,
                fnsku=fnsku,
                msku=msku,
                tax_details=tax_details,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        compliance_detail.additional_properties = d or {}
        return compliance_detail

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
