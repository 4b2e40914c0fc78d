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
    from ..models.date_time_range import DateTimeRange
    from ..models.item_international_shipping import ItemInternationalShipping
    from ..models.item_shipping_constraints import ItemShippingConstraints


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        DateTimeRange, \
        ItemInternationalShipping, \
        ItemShippingConstraints
    from ..models.date_time_range import DateTimeRange
    from ..models.item_international_shipping import ItemInternationalShipping
    from ..models.item_shipping_constraints import ItemShippingConstraints

    _lazy_pending = False


T = TypeVar("T", bound="ItemShipping")


@_attrs_define
class ItemShipping:
    """
    Attributes:
        international_shipping (ItemInternationalShipping | Unset):
        scheduled_delivery_window (DateTimeRange | Unset):
        shipping_constraints (ItemShippingConstraints | Unset):
    """

    international_shipping: ItemInternationalShipping | Unset = UNSET
    scheduled_delivery_window: DateTimeRange | Unset = UNSET
    shipping_constraints: ItemShippingConstraints | Unset = UNSET
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
        international_shipping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.international_shipping, Unset):
            international_shipping = self.international_shipping.to_dict()

        scheduled_delivery_window: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheduled_delivery_window, Unset):
            scheduled_delivery_window = self.scheduled_delivery_window.to_dict()

        shipping_constraints: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_constraints, Unset):
            shipping_constraints = self.shipping_constraints.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if international_shipping is not UNSET:
            field_dict["internationalShipping"] = international_shipping
        if scheduled_delivery_window is not UNSET:
            field_dict["scheduledDeliveryWindow"] = scheduled_delivery_window
        if shipping_constraints is not UNSET:
            field_dict["shippingConstraints"] = shipping_constraints

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.date_time_range import DateTimeRange
        from ..models.item_international_shipping import ItemInternationalShipping
        from ..models.item_shipping_constraints import ItemShippingConstraints

        return (
            (
                (
                    "internationalShipping",
                    "international_shipping",
                    False,
                    ("model", ItemInternationalShipping),
                ),
                (
                    "scheduledDeliveryWindow",
                    "scheduled_delivery_window",
                    False,
                    ("model", DateTimeRange),
                ),
                (
                    "shippingConstraints",
                    "shipping_constraints",
                    False,
                    ("model", ItemShippingConstraints),
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
        _international_shipping = d.pop("internationalShipping", UNSET)
        international_shipping = (
            UNSET
            if _international_shipping is UNSET
            else ItemInternationalShipping.from_dict(_international_shipping)
        )

        _scheduled_delivery_window = d.pop("scheduledDeliveryWindow", UNSET)
        scheduled_delivery_window = (
            UNSET
            if _scheduled_delivery_window is UNSET
            else DateTimeRange.from_dict(_scheduled_delivery_window)
        )

        _shipping_constraints = d.pop("shippingConstraints", UNSET)
        shipping_constraints = (
            UNSET
            if _shipping_constraints is UNSET
            else ItemShippingConstraints.from_dict(_shipping_constraints)
        )

        if cls is ItemShipping:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.international_shipping = international_shipping
            _built.scheduled_delivery_window = scheduled_delivery_window
            _built.shipping_constraints = shipping_constraints
            _built._parse_notes = None
            item_shipping = _built
        else:  # a subclass: its own __init__ runs
            item_shipping = cls(
                international_shipping=international_shipping,
                scheduled_delivery_window=scheduled_delivery_window,
                shipping_constraints=shipping_constraints,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        item_shipping.additional_properties = d or {}
        return item_shipping

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
