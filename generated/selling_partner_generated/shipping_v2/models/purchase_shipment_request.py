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
    from ..models.purchase_shipment_request_additional_inputs import (
        PurchaseShipmentRequestAdditionalInputs,
    )
    from ..models.requested_document_specification import RequestedDocumentSpecification
    from ..models.requested_value_added_service import RequestedValueAddedService


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        PurchaseShipmentRequestAdditionalInputs, \
        RequestedDocumentSpecification, \
        RequestedValueAddedService
    from ..models.purchase_shipment_request_additional_inputs import (
        PurchaseShipmentRequestAdditionalInputs,
    )
    from ..models.requested_document_specification import RequestedDocumentSpecification
    from ..models.requested_value_added_service import RequestedValueAddedService

    _lazy_pending = False


T = TypeVar("T", bound="PurchaseShipmentRequest")


@_attrs_define
class PurchaseShipmentRequest:
    """
    Attributes:
        rate_id (str):
        request_token (str):
        requested_document_specification (RequestedDocumentSpecification):
        additional_inputs (PurchaseShipmentRequestAdditionalInputs | Unset):
        requested_value_added_services (list[RequestedValueAddedService] | Unset):
    """

    rate_id: str
    request_token: str
    requested_document_specification: RequestedDocumentSpecification
    additional_inputs: PurchaseShipmentRequestAdditionalInputs | Unset = UNSET
    requested_value_added_services: list[RequestedValueAddedService] | Unset = UNSET
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
        rate_id = self.rate_id

        request_token = self.request_token

        requested_document_specification = (
            self.requested_document_specification.to_dict()
        )

        additional_inputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_inputs, Unset):
            additional_inputs = self.additional_inputs.to_dict()

        requested_value_added_services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.requested_value_added_services, Unset):
            requested_value_added_services = []
            for (
                componentsschemas_requested_value_added_service_list_item_data
            ) in self.requested_value_added_services:
                componentsschemas_requested_value_added_service_list_item = componentsschemas_requested_value_added_service_list_item_data.to_dict()
                requested_value_added_services.append(
                    componentsschemas_requested_value_added_service_list_item
                )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rateId": rate_id,
                "requestToken": request_token,
                "requestedDocumentSpecification": requested_document_specification,
            }
        )
        if additional_inputs is not UNSET:
            field_dict["additionalInputs"] = additional_inputs
        if requested_value_added_services is not UNSET:
            field_dict["requestedValueAddedServices"] = requested_value_added_services

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.purchase_shipment_request_additional_inputs import (
            PurchaseShipmentRequestAdditionalInputs,
        )
        from ..models.requested_document_specification import (
            RequestedDocumentSpecification,
        )
        from ..models.requested_value_added_service import RequestedValueAddedService

        return (
            (
                ("rateId", "rate_id", True, ("str",)),
                ("requestToken", "request_token", True, ("str",)),
                (
                    "requestedDocumentSpecification",
                    "requested_document_specification",
                    True,
                    ("model", RequestedDocumentSpecification),
                ),
                (
                    "additionalInputs",
                    "additional_inputs",
                    False,
                    ("model", PurchaseShipmentRequestAdditionalInputs),
                ),
                (
                    "requestedValueAddedServices",
                    "requested_value_added_services",
                    False,
                    ("list", ("model", RequestedValueAddedService)),
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
        rate_id = d.pop("rateId")

        if _reader is not None and rate_id.__class__ is not str:
            raise DeviationError("rateId")

        request_token = d.pop("requestToken")

        if _reader is not None and request_token.__class__ is not str:
            raise DeviationError("requestToken")

        requested_document_specification = RequestedDocumentSpecification.from_dict(
            d.pop("requestedDocumentSpecification")
        )

        _additional_inputs = d.pop("additionalInputs", UNSET)
        additional_inputs = (
            UNSET
            if _additional_inputs is UNSET
            else PurchaseShipmentRequestAdditionalInputs.from_dict(_additional_inputs)
        )

        _requested_value_added_services = d.pop("requestedValueAddedServices", UNSET)
        requested_value_added_services = (
            UNSET
            if _requested_value_added_services is UNSET
            else [
                RequestedValueAddedService.from_dict(_item)
                for _item in _requested_value_added_services
            ]
        )

        if cls is PurchaseShipmentRequest:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.rate_id = rate_id
            _built.request_token = request_token
            _built.requested_document_specification = requested_document_specification
            _built.additional_inputs = additional_inputs
            _built.requested_value_added_services = requested_value_added_services
            _built._parse_notes = None
            purchase_shipment_request = _built
        else:  # a subclass: its own __init__ runs
            purchase_shipment_request = cls(
                rate_id=rate_id,
                request_token=request_token,
                requested_document_specification=requested_document_specification,
                additional_inputs=additional_inputs,
                requested_value_added_services=requested_value_added_services,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        purchase_shipment_request.additional_properties = d or {}
        return purchase_shipment_request

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
