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
    from ..models.attribute_option import AttributeOption


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, AttributeOption
    from ..models.attribute_option import AttributeOption

    _lazy_pending = False


T = TypeVar("T", bound="InvoicesAttributes")


@_attrs_define
class InvoicesAttributes:
    """
    Attributes:
        invoice_status_options (list[AttributeOption] | Unset):
        invoice_type_options (list[AttributeOption] | Unset):
        transaction_identifier_name_options (list[AttributeOption] | Unset):
        transaction_type_options (list[AttributeOption] | Unset):
    """

    invoice_status_options: list[AttributeOption] | Unset = UNSET
    invoice_type_options: list[AttributeOption] | Unset = UNSET
    transaction_identifier_name_options: list[AttributeOption] | Unset = UNSET
    transaction_type_options: list[AttributeOption] | Unset = UNSET
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
        invoice_status_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoice_status_options, Unset):
            invoice_status_options = []
            for invoice_status_options_item_data in self.invoice_status_options:
                invoice_status_options_item = invoice_status_options_item_data.to_dict()
                invoice_status_options.append(invoice_status_options_item)

        invoice_type_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoice_type_options, Unset):
            invoice_type_options = []
            for invoice_type_options_item_data in self.invoice_type_options:
                invoice_type_options_item = invoice_type_options_item_data.to_dict()
                invoice_type_options.append(invoice_type_options_item)

        transaction_identifier_name_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transaction_identifier_name_options, Unset):
            transaction_identifier_name_options = []
            for (
                transaction_identifier_name_options_item_data
            ) in self.transaction_identifier_name_options:
                transaction_identifier_name_options_item = (
                    transaction_identifier_name_options_item_data.to_dict()
                )
                transaction_identifier_name_options.append(
                    transaction_identifier_name_options_item
                )

        transaction_type_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transaction_type_options, Unset):
            transaction_type_options = []
            for transaction_type_options_item_data in self.transaction_type_options:
                transaction_type_options_item = (
                    transaction_type_options_item_data.to_dict()
                )
                transaction_type_options.append(transaction_type_options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoice_status_options is not UNSET:
            field_dict["invoiceStatusOptions"] = invoice_status_options
        if invoice_type_options is not UNSET:
            field_dict["invoiceTypeOptions"] = invoice_type_options
        if transaction_identifier_name_options is not UNSET:
            field_dict["transactionIdentifierNameOptions"] = (
                transaction_identifier_name_options
            )
        if transaction_type_options is not UNSET:
            field_dict["transactionTypeOptions"] = transaction_type_options

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.attribute_option import AttributeOption

        return (
            (
                (
                    "invoiceStatusOptions",
                    "invoice_status_options",
                    False,
                    ("list", ("model", AttributeOption)),
                ),
                (
                    "invoiceTypeOptions",
                    "invoice_type_options",
                    False,
                    ("list", ("model", AttributeOption)),
                ),
                (
                    "transactionIdentifierNameOptions",
                    "transaction_identifier_name_options",
                    False,
                    ("list", ("model", AttributeOption)),
                ),
                (
                    "transactionTypeOptions",
                    "transaction_type_options",
                    False,
                    ("list", ("model", AttributeOption)),
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
        _invoice_status_options = d.pop("invoiceStatusOptions", UNSET)
        invoice_status_options = (
            UNSET
            if _invoice_status_options is UNSET
            else [AttributeOption.from_dict(_item) for _item in _invoice_status_options]
        )

        _invoice_type_options = d.pop("invoiceTypeOptions", UNSET)
        invoice_type_options = (
            UNSET
            if _invoice_type_options is UNSET
            else [AttributeOption.from_dict(_item) for _item in _invoice_type_options]
        )

        _transaction_identifier_name_options = d.pop(
            "transactionIdentifierNameOptions", UNSET
        )
        transaction_identifier_name_options = (
            UNSET
            if _transaction_identifier_name_options is UNSET
            else [
                AttributeOption.from_dict(_item)
                for _item in _transaction_identifier_name_options
            ]
        )

        _transaction_type_options = d.pop("transactionTypeOptions", UNSET)
        transaction_type_options = (
            UNSET
            if _transaction_type_options is UNSET
            else [
                AttributeOption.from_dict(_item) for _item in _transaction_type_options
            ]
        )

        if cls is InvoicesAttributes:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.invoice_status_options = invoice_status_options
            _built.invoice_type_options = invoice_type_options
            _built.transaction_identifier_name_options = (
                transaction_identifier_name_options
            )
            _built.transaction_type_options = transaction_type_options
            _built._parse_notes = None
            invoices_attributes = _built
        else:  # a subclass: its own __init__ runs
            invoices_attributes = cls(
                invoice_status_options=invoice_status_options,
                invoice_type_options=invoice_type_options,
                transaction_identifier_name_options=transaction_identifier_name_options,
                transaction_type_options=transaction_type_options,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        invoices_attributes.additional_properties = d or {}
        return invoices_attributes

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
