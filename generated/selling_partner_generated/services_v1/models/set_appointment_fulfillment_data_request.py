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
    from ..models.appointment_resource import AppointmentResource
    from ..models.date_time_range import DateTimeRange
    from ..models.fulfillment_document import FulfillmentDocument
    from ..models.fulfillment_time import FulfillmentTime


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        AppointmentResource, \
        DateTimeRange, \
        FulfillmentDocument, \
        FulfillmentTime
    from ..models.appointment_resource import AppointmentResource
    from ..models.date_time_range import DateTimeRange
    from ..models.fulfillment_document import FulfillmentDocument
    from ..models.fulfillment_time import FulfillmentTime

    _lazy_pending = False


T = TypeVar("T", bound="SetAppointmentFulfillmentDataRequest")


@_attrs_define
class SetAppointmentFulfillmentDataRequest:
    """
    Attributes:
        appointment_resources (list[AppointmentResource] | Unset):
        estimated_arrival_time (DateTimeRange | Unset):
        fulfillment_documents (list[FulfillmentDocument] | Unset):
        fulfillment_time (FulfillmentTime | Unset):
    """

    appointment_resources: list[AppointmentResource] | Unset = UNSET
    estimated_arrival_time: DateTimeRange | Unset = UNSET
    fulfillment_documents: list[FulfillmentDocument] | Unset = UNSET
    fulfillment_time: FulfillmentTime | Unset = UNSET
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
        appointment_resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.appointment_resources, Unset):
            appointment_resources = []
            for (
                componentsschemas_appointment_resources_item_data
            ) in self.appointment_resources:
                componentsschemas_appointment_resources_item = (
                    componentsschemas_appointment_resources_item_data.to_dict()
                )
                appointment_resources.append(
                    componentsschemas_appointment_resources_item
                )

        estimated_arrival_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.estimated_arrival_time, Unset):
            estimated_arrival_time = self.estimated_arrival_time.to_dict()

        fulfillment_documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fulfillment_documents, Unset):
            fulfillment_documents = []
            for (
                componentsschemas_fulfillment_documents_item_data
            ) in self.fulfillment_documents:
                componentsschemas_fulfillment_documents_item = (
                    componentsschemas_fulfillment_documents_item_data.to_dict()
                )
                fulfillment_documents.append(
                    componentsschemas_fulfillment_documents_item
                )

        fulfillment_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fulfillment_time, Unset):
            fulfillment_time = self.fulfillment_time.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if appointment_resources is not UNSET:
            field_dict["appointmentResources"] = appointment_resources
        if estimated_arrival_time is not UNSET:
            field_dict["estimatedArrivalTime"] = estimated_arrival_time
        if fulfillment_documents is not UNSET:
            field_dict["fulfillmentDocuments"] = fulfillment_documents
        if fulfillment_time is not UNSET:
            field_dict["fulfillmentTime"] = fulfillment_time

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.appointment_resource import AppointmentResource
        from ..models.date_time_range import DateTimeRange
        from ..models.fulfillment_document import FulfillmentDocument
        from ..models.fulfillment_time import FulfillmentTime

        return (
            (
                (
                    "appointmentResources",
                    "appointment_resources",
                    False,
                    ("list", ("model", AppointmentResource)),
                ),
                (
                    "estimatedArrivalTime",
                    "estimated_arrival_time",
                    False,
                    ("model", DateTimeRange),
                ),
                (
                    "fulfillmentDocuments",
                    "fulfillment_documents",
                    False,
                    ("list", ("model", FulfillmentDocument)),
                ),
                (
                    "fulfillmentTime",
                    "fulfillment_time",
                    False,
                    ("model", FulfillmentTime),
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
        _appointment_resources = d.pop("appointmentResources", UNSET)
        appointment_resources = (
            UNSET
            if _appointment_resources is UNSET
            else [
                AppointmentResource.from_dict(_item) for _item in _appointment_resources
            ]
        )

        _estimated_arrival_time = d.pop("estimatedArrivalTime", UNSET)
        estimated_arrival_time = (
            UNSET
            if _estimated_arrival_time is UNSET
            else DateTimeRange.from_dict(_estimated_arrival_time)
        )

        _fulfillment_documents = d.pop("fulfillmentDocuments", UNSET)
        fulfillment_documents = (
            UNSET
            if _fulfillment_documents is UNSET
            else [
                FulfillmentDocument.from_dict(_item) for _item in _fulfillment_documents
            ]
        )

        _fulfillment_time = d.pop("fulfillmentTime", UNSET)
        fulfillment_time = (
            UNSET
            if _fulfillment_time is UNSET
            else FulfillmentTime.from_dict(_fulfillment_time)
        )

        if cls is SetAppointmentFulfillmentDataRequest:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.appointment_resources = appointment_resources
            _built.estimated_arrival_time = estimated_arrival_time
            _built.fulfillment_documents = fulfillment_documents
            _built.fulfillment_time = fulfillment_time
            _built._parse_notes = None
            set_appointment_fulfillment_data_request = _built
        else:  # a subclass: its own __init__ runs
            set_appointment_fulfillment_data_request = cls(
                appointment_resources=appointment_resources,
                estimated_arrival_time=estimated_arrival_time,
                fulfillment_documents=fulfillment_documents,
                fulfillment_time=fulfillment_time,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        set_appointment_fulfillment_data_request.additional_properties = d or {}
        return set_appointment_fulfillment_data_request

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
