from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_item_status_acknowledgement_status_confirmation_status import (
    OrderItemStatusAcknowledgementStatusConfirmationStatus,
)
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
    from ..models.acknowledgement_status_details import AcknowledgementStatusDetails
    from ..models.item_quantity import ItemQuantity


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, AcknowledgementStatusDetails, ItemQuantity
    from ..models.acknowledgement_status_details import AcknowledgementStatusDetails
    from ..models.item_quantity import ItemQuantity

    _lazy_pending = False


T = TypeVar("T", bound="OrderItemStatusAcknowledgementStatus")


@_attrs_define
class OrderItemStatusAcknowledgementStatus:
    """
    Attributes:
        accepted_quantity (ItemQuantity | Unset):
        acknowledgement_status_details (list[AcknowledgementStatusDetails] | Unset):
        confirmation_status (OrderItemStatusAcknowledgementStatusConfirmationStatus | Unset):
        rejected_quantity (ItemQuantity | Unset):
    """

    accepted_quantity: ItemQuantity | Unset = UNSET
    acknowledgement_status_details: list[AcknowledgementStatusDetails] | Unset = UNSET
    confirmation_status: (
        OrderItemStatusAcknowledgementStatusConfirmationStatus | Unset
    ) = UNSET
    rejected_quantity: ItemQuantity | Unset = UNSET
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
        accepted_quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.accepted_quantity, Unset):
            accepted_quantity = self.accepted_quantity.to_dict()

        acknowledgement_status_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.acknowledgement_status_details, Unset):
            acknowledgement_status_details = []
            for (
                acknowledgement_status_details_item_data
            ) in self.acknowledgement_status_details:
                acknowledgement_status_details_item = (
                    acknowledgement_status_details_item_data.to_dict()
                )
                acknowledgement_status_details.append(
                    acknowledgement_status_details_item
                )

        confirmation_status: str | Unset = UNSET
        if not isinstance(self.confirmation_status, Unset):
            confirmation_status = self.confirmation_status.value

        rejected_quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rejected_quantity, Unset):
            rejected_quantity = self.rejected_quantity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accepted_quantity is not UNSET:
            field_dict["acceptedQuantity"] = accepted_quantity
        if acknowledgement_status_details is not UNSET:
            field_dict["acknowledgementStatusDetails"] = acknowledgement_status_details
        if confirmation_status is not UNSET:
            field_dict["confirmationStatus"] = confirmation_status
        if rejected_quantity is not UNSET:
            field_dict["rejectedQuantity"] = rejected_quantity

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.acknowledgement_status_details import AcknowledgementStatusDetails
        from ..models.item_quantity import ItemQuantity

        return (
            (
                (
                    "acceptedQuantity",
                    "accepted_quantity",
                    False,
                    ("model", ItemQuantity),
                ),
                (
                    "acknowledgementStatusDetails",
                    "acknowledgement_status_details",
                    False,
                    ("list", ("model", AcknowledgementStatusDetails)),
                ),
                (
                    "confirmationStatus",
                    "confirmation_status",
                    False,
                    ("enum", OrderItemStatusAcknowledgementStatusConfirmationStatus),
                ),
                (
                    "rejectedQuantity",
                    "rejected_quantity",
                    False,
                    ("model", ItemQuantity),
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
        _accepted_quantity = d.pop("acceptedQuantity", UNSET)
        accepted_quantity = (
            UNSET
            if _accepted_quantity is UNSET
            else ItemQuantity.from_dict(_accepted_quantity)
        )

        _acknowledgement_status_details = d.pop("acknowledgementStatusDetails", UNSET)
        acknowledgement_status_details = (
            UNSET
            if _acknowledgement_status_details is UNSET
            else [
                AcknowledgementStatusDetails.from_dict(_item)
                for _item in _acknowledgement_status_details
            ]
        )

        _confirmation_status = d.pop("confirmationStatus", UNSET)
        confirmation_status = (
            UNSET
            if _confirmation_status is UNSET
            else (
                OrderItemStatusAcknowledgementStatusConfirmationStatus._value2member_map_.get(
                    _confirmation_status
                )
                if _confirmation_status.__class__ is str
                else None
            )
            or OrderItemStatusAcknowledgementStatusConfirmationStatus(
                _confirmation_status
            )
        )

        _rejected_quantity = d.pop("rejectedQuantity", UNSET)
        rejected_quantity = (
            UNSET
            if _rejected_quantity is UNSET
            else ItemQuantity.from_dict(_rejected_quantity)
        )

        if cls is OrderItemStatusAcknowledgementStatus:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.accepted_quantity = accepted_quantity
            _built.acknowledgement_status_details = acknowledgement_status_details
            _built.confirmation_status = confirmation_status
            _built.rejected_quantity = rejected_quantity
            _built._parse_notes = None
            order_item_status_acknowledgement_status = _built
        else:  # a subclass: its own __init__ runs
            order_item_status_acknowledgement_status = cls(
                accepted_quantity=accepted_quantity,
                acknowledgement_status_details=acknowledgement_status_details,
                confirmation_status=confirmation_status,
                rejected_quantity=rejected_quantity,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        order_item_status_acknowledgement_status.additional_properties = d or {}
        return order_item_status_acknowledgement_status

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
