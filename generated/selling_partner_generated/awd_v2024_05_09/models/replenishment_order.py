from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.replenishment_order_status import ReplenishmentOrderStatus
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
    from ..models.distribution_ineligible_reason import DistributionIneligibleReason
    from ..models.distribution_product import DistributionProduct
    from ..models.outbound_shipment_summary import OutboundShipmentSummary


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        DistributionIneligibleReason, \
        DistributionProduct, \
        OutboundShipmentSummary
    from ..models.distribution_ineligible_reason import DistributionIneligibleReason
    from ..models.distribution_product import DistributionProduct
    from ..models.outbound_shipment_summary import OutboundShipmentSummary

    _lazy_pending = False


T = TypeVar("T", bound="ReplenishmentOrder")


@_attrs_define
class ReplenishmentOrder:
    """
    Attributes:
        order_id (str):
        outbound_shipments (list[OutboundShipmentSummary]):
        status (ReplenishmentOrderStatus):
        confirmed_on (datetime.datetime | Unset):
        created_at (datetime.datetime | Unset):
        distribution_ineligible_reasons (list[DistributionIneligibleReason] | Unset):
        eligible_products (list[DistributionProduct] | Unset):
        products (list[DistributionProduct] | Unset):
        shipped_products (list[DistributionProduct] | Unset):
        updated_at (datetime.datetime | Unset):
    """

    order_id: str
    outbound_shipments: list[OutboundShipmentSummary]
    status: ReplenishmentOrderStatus
    confirmed_on: datetime.datetime | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    distribution_ineligible_reasons: list[DistributionIneligibleReason] | Unset = UNSET
    eligible_products: list[DistributionProduct] | Unset = UNSET
    products: list[DistributionProduct] | Unset = UNSET
    shipped_products: list[DistributionProduct] | Unset = UNSET
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

        outbound_shipments = []
        for outbound_shipments_item_data in self.outbound_shipments:
            outbound_shipments_item = outbound_shipments_item_data.to_dict()
            outbound_shipments.append(outbound_shipments_item)

        status = self.status.value

        confirmed_on: str | Unset = UNSET
        if not isinstance(self.confirmed_on, Unset):
            confirmed_on = self.confirmed_on.isoformat()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        distribution_ineligible_reasons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.distribution_ineligible_reasons, Unset):
            distribution_ineligible_reasons = []
            for (
                distribution_ineligible_reasons_item_data
            ) in self.distribution_ineligible_reasons:
                distribution_ineligible_reasons_item = (
                    distribution_ineligible_reasons_item_data.to_dict()
                )
                distribution_ineligible_reasons.append(
                    distribution_ineligible_reasons_item
                )

        eligible_products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.eligible_products, Unset):
            eligible_products = []
            for eligible_products_item_data in self.eligible_products:
                eligible_products_item = eligible_products_item_data.to_dict()
                eligible_products.append(eligible_products_item)

        products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = []
            for products_item_data in self.products:
                products_item = products_item_data.to_dict()
                products.append(products_item)

        shipped_products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shipped_products, Unset):
            shipped_products = []
            for shipped_products_item_data in self.shipped_products:
                shipped_products_item = shipped_products_item_data.to_dict()
                shipped_products.append(shipped_products_item)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "outboundShipments": outbound_shipments,
                "status": status,
            }
        )
        if confirmed_on is not UNSET:
            field_dict["confirmedOn"] = confirmed_on
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if distribution_ineligible_reasons is not UNSET:
            field_dict["distributionIneligibleReasons"] = (
                distribution_ineligible_reasons
            )
        if eligible_products is not UNSET:
            field_dict["eligibleProducts"] = eligible_products
        if products is not UNSET:
            field_dict["products"] = products
        if shipped_products is not UNSET:
            field_dict["shippedProducts"] = shipped_products
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.distribution_ineligible_reason import DistributionIneligibleReason
        from ..models.distribution_product import DistributionProduct
        from ..models.outbound_shipment_summary import OutboundShipmentSummary

        return (
            (
                ("orderId", "order_id", True, ("str",)),
                (
                    "outboundShipments",
                    "outbound_shipments",
                    True,
                    ("list", ("model", OutboundShipmentSummary)),
                ),
                ("status", "status", True, ("enum", ReplenishmentOrderStatus)),
                ("confirmedOn", "confirmed_on", False, ("datetime",)),
                ("createdAt", "created_at", False, ("datetime",)),
                (
                    "distributionIneligibleReasons",
                    "distribution_ineligible_reasons",
                    False,
                    ("list", ("model", DistributionIneligibleReason)),
                ),
                (
                    "eligibleProducts",
                    "eligible_products",
                    False,
                    ("list", ("model", DistributionProduct)),
                ),
                (
                    "products",
                    "products",
                    False,
                    ("list", ("model", DistributionProduct)),
                ),
                (
                    "shippedProducts",
                    "shipped_products",
                    False,
                    ("list", ("model", DistributionProduct)),
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

        _outbound_shipments = d.pop("outboundShipments")
        outbound_shipments = [
            OutboundShipmentSummary.from_dict(_item) for _item in _outbound_shipments
        ]

        _status = d.pop("status")
        status = (
            ReplenishmentOrderStatus._value2member_map_.get(_status)
            if _status.__class__ is str
            else None
        ) or ReplenishmentOrderStatus(_status)

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

        _distribution_ineligible_reasons = d.pop("distributionIneligibleReasons", UNSET)
        distribution_ineligible_reasons = (
            UNSET
            if _distribution_ineligible_reasons is UNSET
            else [
                DistributionIneligibleReason.from_dict(_item)
                for _item in _distribution_ineligible_reasons
            ]
        )

        _eligible_products = d.pop("eligibleProducts", UNSET)
        eligible_products = (
            UNSET
            if _eligible_products is UNSET
            else [DistributionProduct.from_dict(_item) for _item in _eligible_products]
        )

        _products = d.pop("products", UNSET)
        products = (
            UNSET
            if _products is UNSET
            else [DistributionProduct.from_dict(_item) for _item in _products]
        )

        _shipped_products = d.pop("shippedProducts", UNSET)
        shipped_products = (
            UNSET
            if _shipped_products is UNSET
            else [DistributionProduct.from_dict(_item) for _item in _shipped_products]
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

        if cls is ReplenishmentOrder:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.order_id = order_id
            _built.outbound_shipments = outbound_shipments
            _built.status = status
            _built.confirmed_on = confirmed_on
            _built.created_at = created_at
            _built.distribution_ineligible_reasons = distribution_ineligible_reasons
            _built.eligible_products = eligible_products
            _built.products = products
            _built.shipped_products = shipped_products
            _built.updated_at = updated_at
            _built._parse_notes = None
            replenishment_order = _built
        else:  # a subclass: its own __init__ runs
            replenishment_order = cls(
                order_id=order_id,
                outbound_shipments=outbound_shipments,
                status=status,
                confirmed_on=confirmed_on,
                created_at=created_at,
                distribution_ineligible_reasons=distribution_ineligible_reasons,
                eligible_products=eligible_products,
                products=products,
                shipped_products=shipped_products,
                updated_at=updated_at,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        replenishment_order.additional_properties = d or {}
        return replenishment_order

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
