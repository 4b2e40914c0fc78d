from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outbound_status import OutboundStatus
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
    from ..models.distribution_package_quantity import DistributionPackageQuantity
    from ..models.order_attribute import OrderAttribute
    from ..models.outbound_execution_error import OutboundExecutionError
    from ..models.outbound_shipment import OutboundShipment
    from ..models.product_quantity import ProductQuantity


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        DistributionPackageQuantity, \
        OrderAttribute, \
        OutboundExecutionError, \
        OutboundShipment, \
        ProductQuantity
    from ..models.distribution_package_quantity import DistributionPackageQuantity
    from ..models.order_attribute import OrderAttribute
    from ..models.outbound_execution_error import OutboundExecutionError
    from ..models.outbound_shipment import OutboundShipment
    from ..models.product_quantity import ProductQuantity

    _lazy_pending = False


T = TypeVar("T", bound="OutboundOrder")


@_attrs_define
class OutboundOrder:
    """
    Attributes:
        order_id (str):
        order_status (OutboundStatus):
        outbound_shipments (list[OutboundShipment]):
        confirmed_on (datetime.datetime | Unset):
        created_at (datetime.datetime | Unset):
        eligible_packages_to_outbound (list[DistributionPackageQuantity] | Unset):
        eligible_products_to_outbound (list[ProductQuantity] | Unset):
        execution_errors (list[OutboundExecutionError] | Unset):
        order_preferences (list[OrderAttribute] | Unset):
        packages_to_outbound (list[DistributionPackageQuantity] | Unset):
        products_to_outbound (list[ProductQuantity] | Unset):
        shipped_outbound_packages (list[DistributionPackageQuantity] | Unset):
        shipped_outbound_products (list[ProductQuantity] | Unset):
        updated_at (datetime.datetime | Unset):
    """

    order_id: str
    order_status: OutboundStatus
    outbound_shipments: list[OutboundShipment]
    confirmed_on: datetime.datetime | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    eligible_packages_to_outbound: list[DistributionPackageQuantity] | Unset = UNSET
    eligible_products_to_outbound: list[ProductQuantity] | Unset = UNSET
    execution_errors: list[OutboundExecutionError] | Unset = UNSET
    order_preferences: list[OrderAttribute] | Unset = UNSET
    packages_to_outbound: list[DistributionPackageQuantity] | Unset = UNSET
    products_to_outbound: list[ProductQuantity] | Unset = UNSET
    shipped_outbound_packages: list[DistributionPackageQuantity] | Unset = UNSET
    shipped_outbound_products: list[ProductQuantity] | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
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
        order_id = self.order_id

        order_status = self.order_status.value

        outbound_shipments = []
        for outbound_shipments_item_data in self.outbound_shipments:
            outbound_shipments_item = outbound_shipments_item_data.to_dict()
            outbound_shipments.append(outbound_shipments_item)

        confirmed_on: str | Unset = UNSET
        if not isinstance(self.confirmed_on, Unset):
            confirmed_on = self.confirmed_on.isoformat()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        eligible_packages_to_outbound: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.eligible_packages_to_outbound, Unset):
            eligible_packages_to_outbound = []
            for (
                eligible_packages_to_outbound_item_data
            ) in self.eligible_packages_to_outbound:
                eligible_packages_to_outbound_item = (
                    eligible_packages_to_outbound_item_data.to_dict()
                )
                eligible_packages_to_outbound.append(eligible_packages_to_outbound_item)

        eligible_products_to_outbound: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.eligible_products_to_outbound, Unset):
            eligible_products_to_outbound = []
            for (
                eligible_products_to_outbound_item_data
            ) in self.eligible_products_to_outbound:
                eligible_products_to_outbound_item = (
                    eligible_products_to_outbound_item_data.to_dict()
                )
                eligible_products_to_outbound.append(eligible_products_to_outbound_item)

        execution_errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.execution_errors, Unset):
            execution_errors = []
            for execution_errors_item_data in self.execution_errors:
                execution_errors_item = execution_errors_item_data.to_dict()
                execution_errors.append(execution_errors_item)

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

        shipped_outbound_packages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shipped_outbound_packages, Unset):
            shipped_outbound_packages = []
            for shipped_outbound_packages_item_data in self.shipped_outbound_packages:
                shipped_outbound_packages_item = (
                    shipped_outbound_packages_item_data.to_dict()
                )
                shipped_outbound_packages.append(shipped_outbound_packages_item)

        shipped_outbound_products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shipped_outbound_products, Unset):
            shipped_outbound_products = []
            for shipped_outbound_products_item_data in self.shipped_outbound_products:
                shipped_outbound_products_item = (
                    shipped_outbound_products_item_data.to_dict()
                )
                shipped_outbound_products.append(shipped_outbound_products_item)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "orderStatus": order_status,
                "outboundShipments": outbound_shipments,
            }
        )
        if confirmed_on is not UNSET:
            field_dict["confirmedOn"] = confirmed_on
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if eligible_packages_to_outbound is not UNSET:
            field_dict["eligiblePackagesToOutbound"] = eligible_packages_to_outbound
        if eligible_products_to_outbound is not UNSET:
            field_dict["eligibleProductsToOutbound"] = eligible_products_to_outbound
        if execution_errors is not UNSET:
            field_dict["executionErrors"] = execution_errors
        if order_preferences is not UNSET:
            field_dict["orderPreferences"] = order_preferences
        if packages_to_outbound is not UNSET:
            field_dict["packagesToOutbound"] = packages_to_outbound
        if products_to_outbound is not UNSET:
            field_dict["productsToOutbound"] = products_to_outbound
        if shipped_outbound_packages is not UNSET:
            field_dict["shippedOutboundPackages"] = shipped_outbound_packages
        if shipped_outbound_products is not UNSET:
            field_dict["shippedOutboundProducts"] = shipped_outbound_products
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.distribution_package_quantity import DistributionPackageQuantity
        from ..models.order_attribute import OrderAttribute
        from ..models.outbound_execution_error import OutboundExecutionError
        from ..models.outbound_shipment import OutboundShipment
        from ..models.product_quantity import ProductQuantity

        return (
            (
                ("orderId", "order_id", True, ("str",)),
                ("orderStatus", "order_status", True, ("enum", OutboundStatus)),
                (
                    "outboundShipments",
                    "outbound_shipments",
                    True,
                    ("list", ("model", OutboundShipment)),
                ),
                ("confirmedOn", "confirmed_on", False, ("datetime",)),
                ("createdAt", "created_at", False, ("datetime",)),
                (
                    "eligiblePackagesToOutbound",
                    "eligible_packages_to_outbound",
                    False,
                    ("list", ("model", DistributionPackageQuantity)),
                ),
                (
                    "eligibleProductsToOutbound",
                    "eligible_products_to_outbound",
                    False,
                    ("list", ("model", ProductQuantity)),
                ),
                (
                    "executionErrors",
                    "execution_errors",
                    False,
                    ("list", ("model", OutboundExecutionError)),
                ),
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
                (
                    "shippedOutboundPackages",
                    "shipped_outbound_packages",
                    False,
                    ("list", ("model", DistributionPackageQuantity)),
                ),
                (
                    "shippedOutboundProducts",
                    "shipped_outbound_products",
                    False,
                    ("list", ("model", ProductQuantity)),
                ),
                ("updatedAt", "updated_at", False, ("datetime",)),
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
        order_id = d.pop("orderId")

        if _reader is not None and order_id.__class__ is not str:
            raise DeviationError("orderId")

        _order_status = d.pop("orderStatus")
        order_status = (
            OutboundStatus._value2member_map_.get(_order_status)
            if _order_status.__class__ is str
            else None
        ) or OutboundStatus(_order_status)

        _outbound_shipments = d.pop("outboundShipments")
        outbound_shipments = [
            OutboundShipment.from_dict(_item) for _item in _outbound_shipments
        ]

        _confirmed_on = d.pop("confirmedOn", UNSET)
        confirmed_on = (
            UNSET
            if _confirmed_on is UNSET
            else datetime.datetime.fromisoformat(_confirmed_on)
        )

        if (
            _reader is not None
            and not isinstance(confirmed_on, Unset)
            and confirmed_on.tzinfo is None
        ):
            raise DeviationError("confirmedOn")

        _created_at = d.pop("createdAt", UNSET)
        created_at = (
            UNSET
            if _created_at is UNSET
            else datetime.datetime.fromisoformat(_created_at)
        )

        if (
            _reader is not None
            and not isinstance(created_at, Unset)
            and created_at.tzinfo is None
        ):
            raise DeviationError("createdAt")

        _eligible_packages_to_outbound = d.pop("eligiblePackagesToOutbound", UNSET)
        eligible_packages_to_outbound = (
            UNSET
            if _eligible_packages_to_outbound is UNSET
            else [
                DistributionPackageQuantity.from_dict(_item)
                for _item in _eligible_packages_to_outbound
            ]
        )

        _eligible_products_to_outbound = d.pop("eligibleProductsToOutbound", UNSET)
        eligible_products_to_outbound = (
            UNSET
            if _eligible_products_to_outbound is UNSET
            else [
                ProductQuantity.from_dict(_item)
                for _item in _eligible_products_to_outbound
            ]
        )

        _execution_errors = d.pop("executionErrors", UNSET)
        execution_errors = (
            UNSET
            if _execution_errors is UNSET
            else [
                OutboundExecutionError.from_dict(_item) for _item in _execution_errors
            ]
        )

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

        _shipped_outbound_packages = d.pop("shippedOutboundPackages", UNSET)
        shipped_outbound_packages = (
            UNSET
            if _shipped_outbound_packages is UNSET
            else [
                DistributionPackageQuantity.from_dict(_item)
                for _item in _shipped_outbound_packages
            ]
        )

        _shipped_outbound_products = d.pop("shippedOutboundProducts", UNSET)
        shipped_outbound_products = (
            UNSET
            if _shipped_outbound_products is UNSET
            else [
                ProductQuantity.from_dict(_item) for _item in _shipped_outbound_products
            ]
        )

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at = (
            UNSET
            if _updated_at is UNSET
            else datetime.datetime.fromisoformat(_updated_at)
        )

        if (
            _reader is not None
            and not isinstance(updated_at, Unset)
            and updated_at.tzinfo is None
        ):
            raise DeviationError("updatedAt")

        if cls is OutboundOrder:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.order_id = order_id
            _built.order_status = order_status
            _built.outbound_shipments = outbound_shipments
            _built.confirmed_on = confirmed_on
            _built.created_at = created_at
            _built.eligible_packages_to_outbound = eligible_packages_to_outbound
            _built.eligible_products_to_outbound = eligible_products_to_outbound
            _built.execution_errors = execution_errors
            _built.order_preferences = order_preferences
            _built.packages_to_outbound = packages_to_outbound
            _built.products_to_outbound = products_to_outbound
            _built.shipped_outbound_packages = shipped_outbound_packages
            _built.shipped_outbound_products = shipped_outbound_products
            _built.updated_at = updated_at
            _built._parse_notes = None
            outbound_order = _built
        else:  # a subclass: its own __init__ runs
            outbound_order = cls(
                order_id=order_id,
                order_status=order_status,
                outbound_shipments=outbound_shipments,
                confirmed_on=confirmed_on,
                created_at=created_at,
                eligible_packages_to_outbound=eligible_packages_to_outbound,
                eligible_products_to_outbound=eligible_products_to_outbound,
                execution_errors=execution_errors,
                order_preferences=order_preferences,
                packages_to_outbound=packages_to_outbound,
                products_to_outbound=products_to_outbound,
                shipped_outbound_packages=shipped_outbound_packages,
                shipped_outbound_products=shipped_outbound_products,
                updated_at=updated_at,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        outbound_order.additional_properties = d or {}
        return outbound_order

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
