from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shipment_invoice_status import ShipmentInvoiceStatus
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
    from ..models.error import Error


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Error
    from ..models.error import Error

    _lazy_pending = False


T = TypeVar("T", bound="GetInvoiceStatusResponse")


@_attrs_define
class GetInvoiceStatusResponse:
    """
    Attributes:
        amazon_order_id (str | Unset):
        amazon_shipment_id (str | Unset):
        errors (list[Error] | Unset):
        invoice_status (ShipmentInvoiceStatus | Unset):
    """

    amazon_order_id: str | Unset = UNSET
    amazon_shipment_id: str | Unset = UNSET
    errors: list[Error] | Unset = UNSET
    invoice_status: ShipmentInvoiceStatus | Unset = UNSET
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
        amazon_order_id = self.amazon_order_id

        amazon_shipment_id = self.amazon_shipment_id

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for componentsschemas_error_list_item_data in self.errors:
                componentsschemas_error_list_item = (
                    componentsschemas_error_list_item_data.to_dict()
                )
                errors.append(componentsschemas_error_list_item)

        invoice_status: str | Unset = UNSET
        if not isinstance(self.invoice_status, Unset):
            invoice_status = self.invoice_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amazon_order_id is not UNSET:
            field_dict["amazonOrderId"] = amazon_order_id
        if amazon_shipment_id is not UNSET:
            field_dict["amazonShipmentId"] = amazon_shipment_id
        if errors is not UNSET:
            field_dict["errors"] = errors
        if invoice_status is not UNSET:
            field_dict["invoiceStatus"] = invoice_status

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.error import Error

        return (
            (
                ("amazonOrderId", "amazon_order_id", False, ("str",)),
                ("amazonShipmentId", "amazon_shipment_id", False, ("str",)),
                ("errors", "errors", False, ("list", ("model", Error))),
                (
                    "invoiceStatus",
                    "invoice_status",
                    False,
                    ("enum", ShipmentInvoiceStatus),
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
        amazon_order_id = d.pop("amazonOrderId", UNSET)

        if (
            _reader is not None
            and amazon_order_id.__class__ is not str
            and amazon_order_id is not UNSET
        ):
            raise DeviationError("amazonOrderId")

        amazon_shipment_id = d.pop("amazonShipmentId", UNSET)

        if (
            _reader is not None
            and amazon_shipment_id.__class__ is not str
            and amazon_shipment_id is not UNSET
        ):
            raise DeviationError("amazonShipmentId")

        _errors = d.pop("errors", UNSET)
        errors = (
            UNSET if _errors is UNSET else [Error.from_dict(_item) for _item in _errors]
        )

        _invoice_status = d.pop("invoiceStatus", UNSET)
        invoice_status = (
            UNSET
            if _invoice_status is UNSET
            else (
                ShipmentInvoiceStatus._value2member_map_.get(_invoice_status)
                if _invoice_status.__class__ is str
                else None
            )
            or ShipmentInvoiceStatus(_invoice_status)
        )

        if cls is GetInvoiceStatusResponse:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.amazon_order_id = amazon_order_id
            _built.amazon_shipment_id = amazon_shipment_id
            _built.errors = errors
            _built.invoice_status = invoice_status
            _built._parse_notes = None
            get_invoice_status_response = _built
        else:  # a subclass: its own __init__ runs
            get_invoice_status_response = cls(
                amazon_order_id=amazon_order_id,
                amazon_shipment_id=amazon_shipment_id,
                errors=errors,
                invoice_status=invoice_status,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        get_invoice_status_response.additional_properties = d or {}
        return get_invoice_status_response

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
