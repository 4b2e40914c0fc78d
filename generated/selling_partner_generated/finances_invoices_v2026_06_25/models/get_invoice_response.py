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
    from ..models.invoice_header import InvoiceHeader
    from ..models.invoice_item import InvoiceItem


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, InvoiceHeader, InvoiceItem
    from ..models.invoice_header import InvoiceHeader
    from ..models.invoice_item import InvoiceItem

    _lazy_pending = False


T = TypeVar("T", bound="GetInvoiceResponse")


@_attrs_define
class GetInvoiceResponse:
    """
    Attributes:
        invoice_header (InvoiceHeader | Unset):
        invoice_items (list[InvoiceItem] | Unset):
        next_token_for_line_items (str | Unset):
    """

    invoice_header: InvoiceHeader | Unset = UNSET
    invoice_items: list[InvoiceItem] | Unset = UNSET
    next_token_for_line_items: str | Unset = UNSET
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
        invoice_header: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_header, Unset):
            invoice_header = self.invoice_header.to_dict()

        invoice_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoice_items, Unset):
            invoice_items = []
            for invoice_items_item_data in self.invoice_items:
                invoice_items_item = invoice_items_item_data.to_dict()
                invoice_items.append(invoice_items_item)

        next_token_for_line_items = self.next_token_for_line_items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoice_header is not UNSET:
            field_dict["invoiceHeader"] = invoice_header
        if invoice_items is not UNSET:
            field_dict["invoiceItems"] = invoice_items
        if next_token_for_line_items is not UNSET:
            field_dict["nextTokenForLineItems"] = next_token_for_line_items

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.invoice_header import InvoiceHeader
        from ..models.invoice_item import InvoiceItem

        return (
            (
                ("invoiceHeader", "invoice_header", False, ("model", InvoiceHeader)),
                (
                    "invoiceItems",
                    "invoice_items",
                    False,
                    ("list", ("model", InvoiceItem)),
                ),
                ("nextTokenForLineItems", "next_token_for_line_items", False, ("str",)),
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
        _invoice_header = d.pop("invoiceHeader", UNSET)
        invoice_header = (
            UNSET
            if _invoice_header is UNSET
            else InvoiceHeader.from_dict(_invoice_header)
        )

        _invoice_items = d.pop("invoiceItems", UNSET)
        invoice_items = (
            UNSET
            if _invoice_items is UNSET
            else [InvoiceItem.from_dict(_item) for _item in _invoice_items]
        )

        next_token_for_line_items = d.pop("nextTokenForLineItems", UNSET)

        if (
            _reader is not None
            and next_token_for_line_items.__class__ is not str
            and next_token_for_line_items is not UNSET
        ):
            raise DeviationError("nextTokenForLineItems")

        if cls is GetInvoiceResponse:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.invoice_header = invoice_header
            _built.invoice_items = invoice_items
            _built.next_token_for_line_items = next_token_for_line_items
            _built._parse_notes = None
            get_invoice_response = _built
        else:  # a subclass: its own __init__ runs
            get_invoice_response = cls(
                invoice_header=invoice_header,
                invoice_items=invoice_items,
                next_token_for_line_items=next_token_for_line_items,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        get_invoice_response.additional_properties = d or {}
        return get_invoice_response

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
