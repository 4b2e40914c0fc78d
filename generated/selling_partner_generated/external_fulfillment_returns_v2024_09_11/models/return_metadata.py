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
    from ..models.invoice_information import InvoiceInformation


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, InvoiceInformation
    from ..models.invoice_information import InvoiceInformation

    _lazy_pending = False


T = TypeVar("T", bound="ReturnMetadata")


@_attrs_define
class ReturnMetadata:
    """
    Attributes:
        return_reason (str):
        fulfillment_order_id (str | Unset):
        invoice_information (InvoiceInformation | Unset):
        rma_id (str | Unset):
    """

    return_reason: str
    fulfillment_order_id: str | Unset = UNSET
    invoice_information: InvoiceInformation | Unset = UNSET
    rma_id: str | Unset = UNSET
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
        return_reason = self.return_reason

        fulfillment_order_id = self.fulfillment_order_id

        invoice_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_information, Unset):
            invoice_information = self.invoice_information.to_dict()

        rma_id = self.rma_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "returnReason": return_reason,
            }
        )
        if fulfillment_order_id is not UNSET:
            field_dict["fulfillmentOrderId"] = fulfillment_order_id
        if invoice_information is not UNSET:
            field_dict["invoiceInformation"] = invoice_information
        if rma_id is not UNSET:
            field_dict["rmaId"] = rma_id

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.invoice_information import InvoiceInformation

        return (
            (
                ("returnReason", "return_reason", True, ("str",)),
                ("fulfillmentOrderId", "fulfillment_order_id", False, ("str",)),
                (
                    "invoiceInformation",
                    "invoice_information",
                    False,
                    ("model", InvoiceInformation),
                ),
                ("rmaId", "rma_id", False, ("str",)),
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
        return_reason = d.pop("returnReason")

        if _reader is not None and return_reason.__class__ is not str:
            raise DeviationError("returnReason")

        fulfillment_order_id = d.pop("fulfillmentOrderId", UNSET)

        if (
            _reader is not None
            and fulfillment_order_id.__class__ is not str
            and fulfillment_order_id is not UNSET
        ):
            raise DeviationError("fulfillmentOrderId")

        _invoice_information = d.pop("invoiceInformation", UNSET)
        invoice_information = (
            UNSET
            if _invoice_information is UNSET
            else InvoiceInformation.from_dict(_invoice_information)
        )

        rma_id = d.pop("rmaId", UNSET)

        if _reader is not None and rma_id.__class__ is not str and rma_id is not UNSET:
            raise DeviationError("rmaId")

        if cls is ReturnMetadata:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.return_reason = return_reason
            _built.fulfillment_order_id = fulfillment_order_id
            _built.invoice_information = invoice_information
            _built.rma_id = rma_id
            _built._parse_notes = None
            return_metadata = _built
        else:  # a subclass: its own __init__ runs
            return_metadata = cls(
                return_reason=return_reason,
                fulfillment_order_id=fulfillment_order_id,
                invoice_information=invoice_information,
                rma_id=rma_id,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        return_metadata.additional_properties = d or {}
        return return_metadata

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
