from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_job_service_job_status import ServiceJobServiceJobStatus
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
    from ..models.appointment import Appointment
    from ..models.appointment_time import AppointmentTime
    from ..models.associated_item import AssociatedItem
    from ..models.buyer import Buyer
    from ..models.payment import Payment
    from ..models.scope_of_work import ScopeOfWork
    from ..models.seller import Seller
    from ..models.service_job_provider import ServiceJobProvider
    from ..models.service_location import ServiceLocation


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        Appointment, \
        AppointmentTime, \
        AssociatedItem, \
        Buyer, \
        Payment, \
        ScopeOfWork, \
        Seller, \
        ServiceJobProvider, \
        ServiceLocation
    from ..models.appointment import Appointment
    from ..models.appointment_time import AppointmentTime
    from ..models.associated_item import AssociatedItem
    from ..models.buyer import Buyer
    from ..models.payment import Payment
    from ..models.scope_of_work import ScopeOfWork
    from ..models.seller import Seller
    from ..models.service_job_provider import ServiceJobProvider
    from ..models.service_location import ServiceLocation

    _lazy_pending = False


T = TypeVar("T", bound="ServiceJob")


@_attrs_define
class ServiceJob:
    """
    Attributes:
        appointments (list[Appointment] | Unset):
        associated_items (list[AssociatedItem] | Unset):
        buyer (Buyer | Unset):
        create_time (datetime.datetime | Unset):
        marketplace_id (str | Unset):
        payments (list[Payment] | Unset):
        preferred_appointment_times (list[AppointmentTime] | Unset):
        product_order_ids (list[str] | Unset):
        scope_of_work (ScopeOfWork | Unset):
        seller (Seller | Unset):
        service_job_id (str | Unset):
        service_job_provider (ServiceJobProvider | Unset):
        service_job_status (ServiceJobServiceJobStatus | Unset):
        service_location (ServiceLocation | Unset):
        service_order_id (str | Unset):
        store_id (str | Unset):
        tracking_ids (list[str] | Unset):
    """

    appointments: list[Appointment] | Unset = UNSET
    associated_items: list[AssociatedItem] | Unset = UNSET
    buyer: Buyer | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    marketplace_id: str | Unset = UNSET
    payments: list[Payment] | Unset = UNSET
    preferred_appointment_times: list[AppointmentTime] | Unset = UNSET
    product_order_ids: list[str] | Unset = UNSET
    scope_of_work: ScopeOfWork | Unset = UNSET
    seller: Seller | Unset = UNSET
    service_job_id: str | Unset = UNSET
    service_job_provider: ServiceJobProvider | Unset = UNSET
    service_job_status: ServiceJobServiceJobStatus | Unset = UNSET
    service_location: ServiceLocation | Unset = UNSET
    service_order_id: str | Unset = UNSET
    store_id: str | Unset = UNSET
    tracking_ids: list[str] | Unset = UNSET
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
        appointments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.appointments, Unset):
            appointments = []
            for appointments_item_data in self.appointments:
                appointments_item = appointments_item_data.to_dict()
                appointments.append(appointments_item)

        associated_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.associated_items, Unset):
            associated_items = []
            for associated_items_item_data in self.associated_items:
                associated_items_item = associated_items_item_data.to_dict()
                associated_items.append(associated_items_item)

        buyer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.buyer, Unset):
            buyer = self.buyer.to_dict()

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        marketplace_id = self.marketplace_id

        payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payments, Unset):
            payments = []
            for payments_item_data in self.payments:
                payments_item = payments_item_data.to_dict()
                payments.append(payments_item)

        preferred_appointment_times: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.preferred_appointment_times, Unset):
            preferred_appointment_times = []
            for (
                preferred_appointment_times_item_data
            ) in self.preferred_appointment_times:
                preferred_appointment_times_item = (
                    preferred_appointment_times_item_data.to_dict()
                )
                preferred_appointment_times.append(preferred_appointment_times_item)

        product_order_ids: list[str] | Unset = UNSET
        if not isinstance(self.product_order_ids, Unset):
            product_order_ids = self.product_order_ids

        scope_of_work: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scope_of_work, Unset):
            scope_of_work = self.scope_of_work.to_dict()

        seller: dict[str, Any] | Unset = UNSET
        if not isinstance(self.seller, Unset):
            seller = self.seller.to_dict()

        service_job_id = self.service_job_id

        service_job_provider: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_job_provider, Unset):
            service_job_provider = self.service_job_provider.to_dict()

        service_job_status: str | Unset = UNSET
        if not isinstance(self.service_job_status, Unset):
            service_job_status = self.service_job_status.value

        service_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_location, Unset):
            service_location = self.service_location.to_dict()

        service_order_id = self.service_order_id

        store_id = self.store_id

        tracking_ids: list[str] | Unset = UNSET
        if not isinstance(self.tracking_ids, Unset):
            tracking_ids = self.tracking_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if appointments is not UNSET:
            field_dict["appointments"] = appointments
        if associated_items is not UNSET:
            field_dict["associatedItems"] = associated_items
        if buyer is not UNSET:
            field_dict["buyer"] = buyer
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if marketplace_id is not UNSET:
            field_dict["marketplaceId"] = marketplace_id
        if payments is not UNSET:
            field_dict["payments"] = payments
        if preferred_appointment_times is not UNSET:
            field_dict["preferredAppointmentTimes"] = preferred_appointment_times
        if product_order_ids is not UNSET:
            field_dict["productOrderIds"] = product_order_ids
        if scope_of_work is not UNSET:
            field_dict["scopeOfWork"] = scope_of_work
        if seller is not UNSET:
            field_dict["seller"] = seller
        if service_job_id is not UNSET:
            field_dict["serviceJobId"] = service_job_id
        if service_job_provider is not UNSET:
            field_dict["serviceJobProvider"] = service_job_provider
        if service_job_status is not UNSET:
            field_dict["serviceJobStatus"] = service_job_status
        if service_location is not UNSET:
            field_dict["serviceLocation"] = service_location
        if service_order_id is not UNSET:
            field_dict["serviceOrderId"] = service_order_id
        if store_id is not UNSET:
            field_dict["storeId"] = store_id
        if tracking_ids is not UNSET:
            field_dict["trackingIds"] = tracking_ids

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.appointment import Appointment
        from ..models.appointment_time import AppointmentTime
        from ..models.associated_item import AssociatedItem
        from ..models.buyer import Buyer
        from ..models.payment import Payment
        from ..models.scope_of_work import ScopeOfWork
        from ..models.seller import Seller
        from ..models.service_job_provider import ServiceJobProvider
        from ..models.service_location import ServiceLocation

        return (
            (
                (
                    "appointments",
                    "appointments",
                    False,
                    ("list", ("model", Appointment)),
                ),
                (
                    "associatedItems",
                    "associated_items",
                    False,
                    ("list", ("model", AssociatedItem)),
                ),
                ("buyer", "buyer", False, ("model", Buyer)),
                ("createTime", "create_time", False, ("datetime",)),
                ("marketplaceId", "marketplace_id", False, ("str",)),
                ("payments", "payments", False, ("list", ("model", Payment))),
                (
                    "preferredAppointmentTimes",
                    "preferred_appointment_times",
                    False,
                    ("list", ("model", AppointmentTime)),
                ),
                ("productOrderIds", "product_order_ids", False, ("list", ("str",))),
                ("scopeOfWork", "scope_of_work", False, ("model", ScopeOfWork)),
                ("seller", "seller", False, ("model", Seller)),
                ("serviceJobId", "service_job_id", False, ("str",)),
                (
                    "serviceJobProvider",
                    "service_job_provider",
                    False,
                    ("model", ServiceJobProvider),
                ),
                (
                    "serviceJobStatus",
                    "service_job_status",
                    False,
                    ("enum", ServiceJobServiceJobStatus),
                ),
                (
                    "serviceLocation",
                    "service_location",
                    False,
                    ("model", ServiceLocation),
                ),
                ("serviceOrderId", "service_order_id", False, ("str",)),
                ("storeId", "store_id", False, ("str",)),
                ("trackingIds", "tracking_ids", False, ("list", ("str",))),
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
        _appointments = d.pop("appointments", UNSET)
        appointments = (
            UNSET
            if _appointments is UNSET
            else [Appointment.from_dict(_item) for _item in _appointments]
        )

        _associated_items = d.pop("associatedItems", UNSET)
        associated_items = (
            UNSET
            if _associated_items is UNSET
            else [AssociatedItem.from_dict(_item) for _item in _associated_items]
        )

        _buyer = d.pop("buyer", UNSET)
        buyer = UNSET if _buyer is UNSET else Buyer.from_dict(_buyer)

        _create_time = d.pop("createTime", UNSET)
        create_time = (
            UNSET
            if _create_time is UNSET
            else datetime.datetime.fromisoformat(_create_time)
        )

        if (
            _reader is not None
            and not isinstance(create_time, Unset)
            and create_time.tzinfo is None
        ):
            raise DeviationError("createTime")

        marketplace_id = d.pop("marketplaceId", UNSET)

        if (
            _reader is not None
            and marketplace_id.__class__ is not str
            and marketplace_id is not UNSET
        ):
            raise DeviationError("marketplaceId")

        _payments = d.pop("payments", UNSET)
        payments = (
            UNSET
            if _payments is UNSET
            else [Payment.from_dict(_item) for _item in _payments]
        )

        _preferred_appointment_times = d.pop("preferredAppointmentTimes", UNSET)
        preferred_appointment_times = (
            UNSET
            if _preferred_appointment_times is UNSET
            else [
                AppointmentTime.from_dict(_item)
                for _item in _preferred_appointment_times
            ]
        )

        product_order_ids = d.pop("productOrderIds", UNSET)

        if (
            _reader is not None
            and product_order_ids.__class__ is not list
            and product_order_ids is not UNSET
        ):
            raise DeviationError("productOrderIds")

        _scope_of_work = d.pop("scopeOfWork", UNSET)
        scope_of_work = (
            UNSET if _scope_of_work is UNSET else ScopeOfWork.from_dict(_scope_of_work)
        )

        _seller = d.pop("seller", UNSET)
        seller = UNSET if _seller is UNSET else Seller.from_dict(_seller)

        service_job_id = d.pop("serviceJobId", UNSET)

        if (
            _reader is not None
            and service_job_id.__class__ is not str
            and service_job_id is not UNSET
        ):
            raise DeviationError("serviceJobId")

        _service_job_provider = d.pop("serviceJobProvider", UNSET)
        service_job_provider = (
            UNSET
            if _service_job_provider is UNSET
            else ServiceJobProvider.from_dict(_service_job_provider)
        )

        _service_job_status = d.pop("serviceJobStatus", UNSET)
        service_job_status = (
            UNSET
            if _service_job_status is UNSET
            else (
                ServiceJobServiceJobStatus._value2member_map_.get(_service_job_status)
                if _service_job_status.__class__ is str
                else None
            )
            or ServiceJobServiceJobStatus(_service_job_status)
        )

        _service_location = d.pop("serviceLocation", UNSET)
        service_location = (
            UNSET
            if _service_location is UNSET
            else ServiceLocation.from_dict(_service_location)
        )

        service_order_id = d.pop("serviceOrderId", UNSET)

        if (
            _reader is not None
            and service_order_id.__class__ is not str
            and service_order_id is not UNSET
        ):
            raise DeviationError("serviceOrderId")

        store_id = d.pop("storeId", UNSET)

        if (
            _reader is not None
            and store_id.__class__ is not str
            and store_id is not UNSET
        ):
            raise DeviationError("storeId")

        tracking_ids = d.pop("trackingIds", UNSET)

        if (
            _reader is not None
            and tracking_ids.__class__ is not list
            and tracking_ids is not UNSET
        ):
            raise DeviationError("trackingIds")

        if cls is ServiceJob:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.appointments = appointments
            _built.associated_items = associated_items
            _built.buyer = buyer
            _built.create_time = create_time
            _built.marketplace_id = marketplace_id
            _built.payments = payments
            _built.preferred_appointment_times = preferred_appointment_times
            _built.product_order_ids = product_order_ids
            _built.scope_of_work = scope_of_work
            _built.seller = seller
            _built.service_job_id = service_job_id
            _built.service_job_provider = service_job_provider
            _built.service_job_status = service_job_status
            _built.service_location = service_location
            _built.service_order_id = service_order_id
            _built.store_id = store_id
            _built.tracking_ids = tracking_ids
            _built._parse_notes = None
            service_job = _built
        else:  # a subclass: its own __init__ runs
            service_job = cls(
                appointments=appointments,
                associated_items=associated_items,
                buyer=buyer,
                create_time=create_time,
                marketplace_id=marketplace_id,
                payments=payments,
                preferred_appointment_times=preferred_appointment_times,
                product_order_ids=product_order_ids,
                scope_of_work=scope_of_work,
                seller=seller,
                service_job_id=service_job_id,
                service_job_provider=service_job_provider,
                service_job_status=service_job_status,
                service_location=service_location,
                service_order_id=service_order_id,
                store_id=store_id,
                tracking_ids=tracking_ids,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        service_job.additional_properties = d or {}
        return service_job

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
