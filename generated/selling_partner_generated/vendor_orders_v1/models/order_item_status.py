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
    from ..models.money import Money
    from ..models.order_item_status_acknowledgement_status import (
        OrderItemStatusAcknowledgementStatus,
    )
    from ..models.order_item_status_ordered_quantity import (
        OrderItemStatusOrderedQuantity,
    )
    from ..models.order_item_status_receiving_status import (
        OrderItemStatusReceivingStatus,
    )


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        Money, \
        OrderItemStatusAcknowledgementStatus, \
        OrderItemStatusOrderedQuantity, \
        OrderItemStatusReceivingStatus
    from ..models.money import Money
    from ..models.order_item_status_acknowledgement_status import (
        OrderItemStatusAcknowledgementStatus,
    )
    from ..models.order_item_status_ordered_quantity import (
        OrderItemStatusOrderedQuantity,
    )
    from ..models.order_item_status_receiving_status import (
        OrderItemStatusReceivingStatus,
    )

    _lazy_pending = False


T = TypeVar("T", bound="OrderItemStatus")


@_attrs_define
class OrderItemStatus:
    """
    Attributes:
        item_sequence_number (str):
        acknowledgement_status (OrderItemStatusAcknowledgementStatus | Unset):
        buyer_product_identifier (str | Unset):
        list_price (Money | Unset):
        net_cost (Money | Unset):
        ordered_quantity (OrderItemStatusOrderedQuantity | Unset):
        receiving_status (OrderItemStatusReceivingStatus | Unset):
        vendor_product_identifier (str | Unset):
    """

    item_sequence_number: str
    acknowledgement_status: OrderItemStatusAcknowledgementStatus | Unset = UNSET
    buyer_product_identifier: str | Unset = UNSET
    list_price: Money | Unset = UNSET
    net_cost: Money | Unset = UNSET
    ordered_quantity: OrderItemStatusOrderedQuantity | Unset = UNSET
    receiving_status: OrderItemStatusReceivingStatus | Unset = UNSET
    vendor_product_identifier: str | Unset = UNSET
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
        item_sequence_number = self.item_sequence_number

        acknowledgement_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.acknowledgement_status, Unset):
            acknowledgement_status = self.acknowledgement_status.to_dict()

        buyer_product_identifier = self.buyer_product_identifier

        list_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.list_price, Unset):
            list_price = self.list_price.to_dict()

        net_cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.net_cost, Unset):
            net_cost = self.net_cost.to_dict()

        ordered_quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ordered_quantity, Unset):
            ordered_quantity = self.ordered_quantity.to_dict()

        receiving_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.receiving_status, Unset):
            receiving_status = self.receiving_status.to_dict()

        vendor_product_identifier = self.vendor_product_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "itemSequenceNumber": item_sequence_number,
            }
        )
        if acknowledgement_status is not UNSET:
            field_dict["acknowledgementStatus"] = acknowledgement_status
        if buyer_product_identifier is not UNSET:
            field_dict["buyerProductIdentifier"] = buyer_product_identifier
        if list_price is not UNSET:
            field_dict["listPrice"] = list_price
        if net_cost is not UNSET:
            field_dict["netCost"] = net_cost
        if ordered_quantity is not UNSET:
            field_dict["orderedQuantity"] = ordered_quantity
        if receiving_status is not UNSET:
            field_dict["receivingStatus"] = receiving_status
        if vendor_product_identifier is not UNSET:
            field_dict["vendorProductIdentifier"] = vendor_product_identifier

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.money import Money
        from ..models.order_item_status_acknowledgement_status import (
            OrderItemStatusAcknowledgementStatus,
        )
        from ..models.order_item_status_ordered_quantity import (
            OrderItemStatusOrderedQuantity,
        )
        from ..models.order_item_status_receiving_status import (
            OrderItemStatusReceivingStatus,
        )

        return (
            (
                ("itemSequenceNumber", "item_sequence_number", True, ("str",)),
                (
                    "acknowledgementStatus",
                    "acknowledgement_status",
                    False,
                    ("model", OrderItemStatusAcknowledgementStatus),
                ),
                ("buyerProductIdentifier", "buyer_product_identifier", False, ("str",)),
                ("listPrice", "list_price", False, ("model", Money)),
                ("netCost", "net_cost", False, ("model", Money)),
                (
                    "orderedQuantity",
                    "ordered_quantity",
                    False,
                    ("model", OrderItemStatusOrderedQuantity),
                ),
                (
                    "receivingStatus",
                    "receiving_status",
                    False,
                    ("model", OrderItemStatusReceivingStatus),
                ),
                (
                    "vendorProductIdentifier",
                    "vendor_product_identifier",
                    False,
                    ("str",),
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
        item_sequence_number = d.pop("itemSequenceNumber")

        if _reader is not None and item_sequence_number.__class__ is not str:
            raise DeviationError("itemSequenceNumber")

        _acknowledgement_status = d.pop("acknowledgementStatus", UNSET)
        acknowledgement_status = (
            UNSET
            if _acknowledgement_status is UNSET
            else OrderItemStatusAcknowledgementStatus.from_dict(_acknowledgement_status)
        )

        buyer_product_identifier = d.pop("buyerProductIdentifier", UNSET)

        if (
            _reader is not None
            and buyer_product_identifier.__class__ is not str
            and buyer_product_identifier is not UNSET
        ):
            raise DeviationError("buyerProductIdentifier")

        _list_price = d.pop("listPrice", UNSET)
        list_price = UNSET if _list_price is UNSET else Money.from_dict(_list_price)

        _net_cost = d.pop("netCost", UNSET)
        net_cost = UNSET if _net_cost is UNSET else Money.from_dict(_net_cost)

        _ordered_quantity = d.pop("orderedQuantity", UNSET)
        ordered_quantity = (
            UNSET
            if _ordered_quantity is UNSET
            else OrderItemStatusOrderedQuantity.from_dict(_ordered_quantity)
        )

        _receiving_status = d.pop("receivingStatus", UNSET)
        receiving_status = (
            UNSET
            if _receiving_status is UNSET
            else OrderItemStatusReceivingStatus.from_dict(_receiving_status)
        )

        vendor_product_identifier = d.pop("vendorProductIdentifier", UNSET)

        if (
            _reader is not None
            and vendor_product_identifier.__class__ is not str
            and vendor_product_identifier is not UNSET
        ):
            raise DeviationError("vendorProductIdentifier")

        if cls is OrderItemStatus:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.item_sequence_number = item_sequence_number
            _built.acknowledgement_status = acknowledgement_status
            _built.buyer_product_identifier = buyer_product_identifier
            _built.list_price = list_price
            _built.net_cost = net_cost
            _built.ordered_quantity = ordered_quantity
            _built.receiving_status = receiving_status
            _built.vendor_product_identifier = vendor_product_identifier
            _built._parse_notes = None
            order_item_status = _built
        else:  # a subclass: its own __init__ runs
            order_item_status = cls(
                item_sequence_number=item_sequence_number,
                acknowledgement_status=acknowledgement_status,
                buyer_product_identifier=buyer_product_identifier,
                list_price=list_price,
                net_cost=net_cost,
                ordered_quantity=ordered_quantity,
                receiving_status=receiving_status,
                vendor_product_identifier=vendor_product_identifier,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        order_item_status.additional_properties = d or {}
        return order_item_status

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
