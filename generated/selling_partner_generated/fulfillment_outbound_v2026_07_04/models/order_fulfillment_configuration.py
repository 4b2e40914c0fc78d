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
    from ..models.order_services import OrderServices
    from ..models.service_level import ServiceLevel


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, OrderServices, ServiceLevel
    from ..models.order_services import OrderServices
    from ..models.service_level import ServiceLevel

    _lazy_pending = False


T = TypeVar("T", bound="OrderFulfillmentConfiguration")


@_attrs_define
class OrderFulfillmentConfiguration:
    """
    Attributes:
        action (str | Unset):
        policy (str | Unset):
        service_level (ServiceLevel | Unset):
        services (OrderServices | Unset):
    """

    action: str | Unset = UNSET
    policy: str | Unset = UNSET
    service_level: ServiceLevel | Unset = UNSET
    services: OrderServices | Unset = UNSET
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
        action = self.action

        policy = self.policy

        service_level: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_level, Unset):
            service_level = self.service_level.to_dict()

        services: dict[str, Any] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = self.services.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if policy is not UNSET:
            field_dict["policy"] = policy
        if service_level is not UNSET:
            field_dict["serviceLevel"] = service_level
        if services is not UNSET:
            field_dict["services"] = services

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.order_services import OrderServices
        from ..models.service_level import ServiceLevel

        return (
            (
                ("action", "action", False, ("str",)),
                ("policy", "policy", False, ("str",)),
                ("serviceLevel", "service_level", False, ("model", ServiceLevel)),
                ("services", "services", False, ("model", OrderServices)),
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
        action = d.pop("action", UNSET)

        if _reader is not None and action.__class__ is not str and action is not UNSET:
            raise DeviationError("action")

        policy = d.pop("policy", UNSET)

        if _reader is not None and policy.__class__ is not str and policy is not UNSET:
            raise DeviationError("policy")

        _service_level = d.pop("serviceLevel", UNSET)
        service_level = (
            UNSET if _service_level is UNSET else ServiceLevel.from_dict(_service_level)
        )

        _services = d.pop("services", UNSET)
        services = UNSET if _services is UNSET else OrderServices.from_dict(_services)

        if cls is OrderFulfillmentConfiguration:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.action = action
            _built.policy = policy
            _built.service_level = service_level
            _built.services = services
            _built._parse_notes = None
            order_fulfillment_configuration = _built
        else:  # a subclass: its own __init__ runs
            order_fulfillment_configuration = cls(
                action=action,
                policy=policy,
                service_level=service_level,
                services=services,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        order_fulfillment_configuration.additional_properties = d or {}
        return order_fulfillment_configuration

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
