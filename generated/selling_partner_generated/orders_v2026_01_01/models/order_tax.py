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
    from ..models.order_tax_invoicing import OrderTaxInvoicing
    from ..models.order_tax_registration import OrderTaxRegistration


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, OrderTaxInvoicing, OrderTaxRegistration
    from ..models.order_tax_invoicing import OrderTaxInvoicing
    from ..models.order_tax_registration import OrderTaxRegistration

    _lazy_pending = False


T = TypeVar("T", bound="OrderTax")


@_attrs_define
class OrderTax:
    """
    Attributes:
        tax_invoicing (OrderTaxInvoicing | Unset):
        tax_registrations (list[OrderTaxRegistration] | Unset):
    """

    tax_invoicing: OrderTaxInvoicing | Unset = UNSET
    tax_registrations: list[OrderTaxRegistration] | Unset = UNSET
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
        tax_invoicing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_invoicing, Unset):
            tax_invoicing = self.tax_invoicing.to_dict()

        tax_registrations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_registrations, Unset):
            tax_registrations = []
            for tax_registrations_item_data in self.tax_registrations:
                tax_registrations_item = tax_registrations_item_data.to_dict()
                tax_registrations.append(tax_registrations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tax_invoicing is not UNSET:
            field_dict["taxInvoicing"] = tax_invoicing
        if tax_registrations is not UNSET:
            field_dict["taxRegistrations"] = tax_registrations

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.order_tax_invoicing import OrderTaxInvoicing
        from ..models.order_tax_registration import OrderTaxRegistration

        return (
            (
                ("taxInvoicing", "tax_invoicing", False, ("model", OrderTaxInvoicing)),
                (
                    "taxRegistrations",
                    "tax_registrations",
                    False,
                    ("list", ("model", OrderTaxRegistration)),
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
        _tax_invoicing = d.pop("taxInvoicing", UNSET)
        tax_invoicing = (
            UNSET
            if _tax_invoicing is UNSET
            else OrderTaxInvoicing.from_dict(_tax_invoicing)
        )

        _tax_registrations = d.pop("taxRegistrations", UNSET)
        tax_registrations = (
            UNSET
            if _tax_registrations is UNSET
            else [OrderTaxRegistration.from_dict(_item) for _item in _tax_registrations]
        )

        if cls is OrderTax:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.tax_invoicing = tax_invoicing
            _built.tax_registrations = tax_registrations
            _built._parse_notes = None
            order_tax = _built
        else:  # a subclass: its own __init__ runs
            order_tax = cls(
                tax_invoicing=tax_invoicing,
                tax_registrations=tax_registrations,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        order_tax.additional_properties = d or {}
        return order_tax

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
