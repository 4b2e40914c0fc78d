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
    from ..models.carrier_details_context import CarrierDetailsContext


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, CarrierDetailsContext
    from ..models.carrier_details_context import CarrierDetailsContext

    _lazy_pending = False


T = TypeVar("T", bound="GovernmentInvoiceRequest")


@_attrs_define
class GovernmentInvoiceRequest:
    """
    Attributes:
        invoice_type (str):
        marketplace_id (str):
        shipment_id (str):
        transaction_type (str):
        contexts (list[CarrierDetailsContext] | Unset):
        inbound_plan_id (str | Unset):
    """

    invoice_type: str
    marketplace_id: str
    shipment_id: str
    transaction_type: str
    contexts: list[CarrierDetailsContext] | Unset = UNSET
    inbound_plan_id: str | Unset = UNSET
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
        invoice_type = self.invoice_type

        marketplace_id = self.marketplace_id

        shipment_id = self.shipment_id

        transaction_type = self.transaction_type

        contexts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contexts, Unset):
            contexts = []
            for contexts_item_data in self.contexts:
                contexts_item = contexts_item_data.to_dict()
                contexts.append(contexts_item)

        inbound_plan_id = self.inbound_plan_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoiceType": invoice_type,
                "marketplaceId": marketplace_id,
                "shipmentId": shipment_id,
                "transactionType": transaction_type,
            }
        )
        if contexts is not UNSET:
            field_dict["contexts"] = contexts
        if inbound_plan_id is not UNSET:
            field_dict["inboundPlanId"] = inbound_plan_id

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.carrier_details_context import CarrierDetailsContext

        return (
            (
                ("invoiceType", "invoice_type", True, ("str",)),
                ("marketplaceId", "marketplace_id", True, ("str",)),
                ("shipmentId", "shipment_id", True, ("str",)),
                ("transactionType", "transaction_type", True, ("str",)),
                (
                    "contexts",
                    "contexts",
                    False,
                    ("list", ("model", CarrierDetailsContext)),
                ),
                ("inboundPlanId", "inbound_plan_id", False, ("str",)),
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
        invoice_type = d.pop("invoiceType")

        if _reader is not None and invoice_type.__class__ is not str:
            raise DeviationError("invoiceType")

        marketplace_id = d.pop("marketplaceId")

        if _reader is not None and marketplace_id.__class__ is not str:
            raise DeviationError("marketplaceId")

        shipment_id = d.pop("shipmentId")

        if _reader is not None and shipment_id.__class__ is not str:
            raise DeviationError("shipmentId")

        transaction_type = d.pop("transactionType")

        if _reader is not None and transaction_type.__class__ is not str:
            raise DeviationError("transactionType")

        _contexts = d.pop("contexts", UNSET)
        contexts = (
            UNSET
            if _contexts is UNSET
            else [CarrierDetailsContext.from_dict(_item) for _item in _contexts]
        )

        inbound_plan_id = d.pop("inboundPlanId", UNSET)

        if (
            _reader is not None
            and inbound_plan_id.__class__ is not str
            and inbound_plan_id is not UNSET
        ):
            raise DeviationError("inboundPlanId")

        if cls is GovernmentInvoiceRequest:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.invoice_type = invoice_type
            _built.marketplace_id = marketplace_id
            _built.shipment_id = shipment_id
            _built.transaction_type = transaction_type
            _built.contexts = contexts
            _built.inbound_plan_id = inbound_plan_id
            _built._parse_notes = None
            government_invoice_request = _built
        else:  # a subclass: its own __init__ runs
            government_invoice_request = cls(
                invoice_type=invoice_type,
                marketplace_id=marketplace_id,
                shipment_id=shipment_id,
                transaction_type=transaction_type,
                contexts=contexts,
                inbound_plan_id=inbound_plan_id,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        government_invoice_request.additional_properties = d or {}
        return government_invoice_request

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
