from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_type import ServiceType
from ..types import (
    FAST,
    READER,
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


T = TypeVar("T", bound="ServiceRate")


@_attrs_define
class ServiceRate:
    """
    Attributes:
        billable_weight (Weight):
        promise (ShippingPromiseSet):
        service_type (ServiceType):
        total_charge (Currency):
    """

    billable_weight: Weight
    promise: ShippingPromiseSet
    service_type: ServiceType
    total_charge: Currency
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
        billable_weight = self.billable_weight.to_dict()

        promise = self.promise.to_dict()

        service_type = self.service_type.value

        total_charge = self.total_charge.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "billableWeight": billable_weight,
                "promise": promise,
                "serviceType": service_type,
                "totalCharge": total_charge,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.currency import Currency
        from ..models.shipping_promise_set import ShippingPromiseSet
        from ..models.weight import Weight

        return (
            (
                ("billableWeight", "billable_weight", True, ("model", Weight)),
                ("promise", "promise", True, ("model", ShippingPromiseSet)),
                ("serviceType", "service_type", True, ("enum", ServiceType)),
                ("totalCharge", "total_charge", True, ("model", Currency)),
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
        billable_weight = Weight.from_dict(d.pop("billableWeight"))

        promise = ShippingPromiseSet.from_dict(d.pop("promise"))

        _service_type = d.pop("serviceType")
        service_type = (
            ServiceType._value2member_map_.get(_service_type)
            if _service_type.__class__ is str
            else None
        ) or ServiceType(_service_type)

        total_charge = Currency.from_dict(d.pop("totalCharge"))

        if cls is ServiceRate:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.billable_weight = billable_weight
            _built.promise = promise
            _built.service_type = service_type
            _built.total_charge = total_charge
            _built._parse_notes = None
            service_rate = _built
        else:  # a subclass: its own __init__ runs
            service_rate = cls(
                billable_weight=billable_weight,
                promise=promise,
                service_type=service_type,
                total_charge=total_charge,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        service_rate.additional_properties = d or {}
        return service_rate

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
