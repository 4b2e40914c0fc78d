from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_type import ServiceType
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
    from ..models.currency import Currency
    from ..models.shipping_promise_set import ShippingPromiseSet
    from ..models.weight import Weight


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Currency, ShippingPromiseSet, Weight
    from ..models.currency import Currency
    from ..models.shipping_promise_set import ShippingPromiseSet
    from ..models.weight import Weight

    _lazy_pending = False


T = TypeVar("T", bound="Rate")


@_attrs_define
class Rate:
    """
    Attributes:
        billed_weight (Weight | Unset):
        expiration_time (datetime.datetime | Unset):
        promise (ShippingPromiseSet | Unset):
        rate_id (str | Unset):
        service_type (ServiceType | Unset):
        total_charge (Currency | Unset):
    """

    billed_weight: Weight | Unset = UNSET
    expiration_time: datetime.datetime | Unset = UNSET
    promise: ShippingPromiseSet | Unset = UNSET
    rate_id: str | Unset = UNSET
    service_type: ServiceType | Unset = UNSET
    total_charge: Currency | Unset = UNSET
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
        billed_weight: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billed_weight, Unset):
            billed_weight = self.billed_weight.to_dict()

        expiration_time: str | Unset = UNSET
        if not isinstance(self.expiration_time, Unset):
            expiration_time = self.expiration_time.isoformat()

        promise: dict[str, Any] | Unset = UNSET
        if not isinstance(self.promise, Unset):
            promise = self.promise.to_dict()

        rate_id = self.rate_id

        service_type: str | Unset = UNSET
        if not isinstance(self.service_type, Unset):
            service_type = self.service_type.value

        total_charge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_charge, Unset):
            total_charge = self.total_charge.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if billed_weight is not UNSET:
            field_dict["billedWeight"] = billed_weight
        if expiration_time is not UNSET:
            field_dict["expirationTime"] = expiration_time
        if promise is not UNSET:
            field_dict["promise"] = promise
        if rate_id is not UNSET:
            field_dict["rateId"] = rate_id
        if service_type is not UNSET:
            field_dict["serviceType"] = service_type
        if total_charge is not UNSET:
            field_dict["totalCharge"] = total_charge

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.currency import Currency
        from ..models.shipping_promise_set import ShippingPromiseSet
        from ..models.weight import Weight

        return (
            (
                ("billedWeight", "billed_weight", False, ("model", Weight)),
                ("expirationTime", "expiration_time", False, ("datetime",)),
                ("promise", "promise", False, ("model", ShippingPromiseSet)),
                ("rateId", "rate_id", False, ("str",)),
                ("serviceType", "service_type", False, ("enum", ServiceType)),
                ("totalCharge", "total_charge", False, ("model", Currency)),
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
        _billed_weight = d.pop("billedWeight", UNSET)
        billed_weight = (
            UNSET if _billed_weight is UNSET else Weight.from_dict(_billed_weight)
        )

        _expiration_time = d.pop("expirationTime", UNSET)
        expiration_time = (
            UNSET
            if _expiration_time is UNSET
            else datetime.datetime.fromisoformat(_expiration_time)
        )

        if (
            _reader is not None
            and not isinstance(expiration_time, Unset)
            and expiration_time.tzinfo is None
        ):
            raise DeviationError("expirationTime")

        _promise = d.pop("promise", UNSET)
        promise = UNSET if _promise is UNSET else ShippingPromiseSet.from_dict(_promise)

        rate_id = d.pop("rateId", UNSET)

        if (
            _reader is not None
            and rate_id.__class__ is not str
            and rate_id is not UNSET
        ):
            raise DeviationError("rateId")

        _service_type = d.pop("serviceType", UNSET)
        service_type = (
            UNSET
            if _service_type is UNSET
            else (
                ServiceType._value2member_map_.get(_service_type)
                if _service_type.__class__ is str
                else None
            )
            or ServiceType(_service_type)
        )

        _total_charge = d.pop("totalCharge", UNSET)
        total_charge = (
            UNSET if _total_charge is UNSET else Currency.from_dict(_total_charge)
        )

        if cls is Rate:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.billed_weight = billed_weight
            _built.expiration_time = expiration_time
            _built.promise = promise
            _built.rate_id = rate_id
            _built.service_type = service_type
            _built.total_charge = total_charge
            _built._parse_notes = None
            rate = _built
        else:  # a subclass: its own __init__ runs
            rate = cls(
                billed_weight=billed_weight,
                expiration_time=expiration_time,
                promise=promise,
                rate_id=rate_id,
                service_type=service_type,
                total_charge=total_charge,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        rate.additional_properties = d or {}
        return rate

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
