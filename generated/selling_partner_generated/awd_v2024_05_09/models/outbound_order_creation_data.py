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
    from ..models.distribution_package_quantity import DistributionPackageQuantity
    from ..models.order_attribute import OrderAttribute
    from ..models.product_quantity import ProductQuantity


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, DistributionPackageQuantity, OrderAttribute, ProductQuantity
    from ..models.distribution_package_quantity import DistributionPackageQuantity
    from ..models.order_attribute import OrderAttribute
    from ..models.product_quantity import ProductQuantity

    _lazy_pending = False


T = TypeVar("T", bound="OutboundOrderCreationData")


@_attrs_define
class OutboundOrderCreationData:
    """
    Attributes:
        order_preferences (list[OrderAttribute] | Unset):
        packages_to_outbound (list[DistributionPackageQuantity] | Unset):
        products_to_outbound (list[ProductQuantity] | Unset):
    """

    order_preferences: list[OrderAttribute] | Unset = UNSET
    packages_to_outbound: list[DistributionPackageQuantity] | Unset = UNSET
    products_to_outbound: list[ProductQuantity] | Unset = UNSET
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
        order_preferences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_preferences, Unset):
            order_preferences = []
            for order_preferences_item_data in self.order_preferences:
                order_preferences_item = order_preferences_item_data.to_dict()
                order_preferences.append(order_preferences_item)

        packages_to_outbound: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.packages_to_outbound, Unset):
            packages_to_outbound = []
            for packages_to_outbound_item_data in self.packages_to_outbound:
                packages_to_outbound_item = packages_to_outbound_item_data.to_dict()
                packages_to_outbound.append(packages_to_outbound_item)

        products_to_outbound: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.products_to_outbound, Unset):
            products_to_outbound = []
            for products_to_outbound_item_data in self.products_to_outbound:
                products_to_outbound_item = products_to_outbound_item_data.to_dict()
                products_to_outbound.append(products_to_outbound_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_preferences is not UNSET:
            field_dict["orderPreferences"] = order_preferences
        if packages_to_outbound is not UNSET:
            field_dict["packagesToOutbound"] = packages_to_outbound
        if products_to_outbound is not UNSET:
            field_dict["productsToOutbound"] = products_to_outbound

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.distribution_package_quantity import DistributionPackageQuantity
        from ..models.order_attribute import OrderAttribute
        from ..models.product_quantity import ProductQuantity

        return (
            (
                (
                    "orderPreferences",
                    "order_preferences",
                    False,
                    ("list", ("model", OrderAttribute)),
                ),
                (
                    "packagesToOutbound",
                    "packages_to_outbound",
                    False,
                    ("list", ("model", DistributionPackageQuantity)),
                ),
                (
                    "productsToOutbound",
                    "products_to_outbound",
                    False,
                    ("list", ("model", ProductQuantity)),
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
        _order_preferences = d.pop("orderPreferences", UNSET)
        order_preferences = (
            UNSET
            if _order_preferences is UNSET
            else [OrderAttribute.from_dict(_item) for _item in _order_preferences]
        )

        _packages_to_outbound = d.pop("packagesToOutbound", UNSET)
        packages_to_outbound = (
            UNSET
            if _packages_to_outbound is UNSET
            else [
                DistributionPackageQuantity.from_dict(_item)
                for _item in _packages_to_outbound
            ]
        )

        _products_to_outbound = d.pop("productsToOutbound", UNSET)
        products_to_outbound = (
            UNSET
            if _products_to_outbound is UNSET
            else [ProductQuantity.from_dict(_item) for _item in _products_to_outbound]
        )

        if cls is OutboundOrderCreationData:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.order_preferences = order_preferences
            _built.packages_to_outbound = packages_to_outbound
            _built.products_to_outbound = products_to_outbound
            _built._parse_notes = None
            outbound_order_creation_data = _built
        else:  # a subclass: its own __init__ runs
            outbound_order_creation_data = cls(
                order_preferences=order_preferences,
                packages_to_outbound=packages_to_outbound,
                products_to_outbound=products_to_outbound,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        outbound_order_creation_data.additional_properties = d or {}
        return outbound_order_creation_data

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
