from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    DeviationError,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.invalid_item_reason import InvalidItemReason


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, InvalidItemReason
    from ..models.invalid_item_reason import InvalidItemReason

    _lazy_pending = False


T = TypeVar("T", bound="InvalidReturnItem")


@_attrs_define
class InvalidReturnItem:
    """
    Attributes:
        invalid_item_reason (InvalidItemReason):
        seller_fulfillment_order_item_id (str):
        seller_return_item_id (str):
    """

    invalid_item_reason: InvalidItemReason
    seller_fulfillment_order_item_id: str
    seller_return_item_id: str
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
        invalid_item_reason = self.invalid_item_reason.to_dict()

        seller_fulfillment_order_item_id = self.seller_fulfillment_order_item_id

        seller_return_item_id = self.seller_return_item_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invalidItemReason": invalid_item_reason,
                "sellerFulfillmentOrderItemId": seller_fulfillment_order_item_id,
                "sellerReturnItemId": seller_return_item_id,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.invalid_item_reason import InvalidItemReason

        return (
            (
                (
                    "invalidItemReason",
                    "invalid_item_reason",
                    True,
                    ("model", InvalidItemReason),
                ),
                (
                    "sellerFulfillmentOrderItemId",
                    "seller_fulfillment_order_item_id",
                    True,
                    ("str",),
                ),
                ("sellerReturnItemId", "seller_return_item_id", True, ("str",)),
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
        invalid_item_reason = InvalidItemReason.from_dict(d.pop("invalidItemReason"))

        seller_fulfillment_order_item_id = d.pop("sellerFulfillmentOrderItemId")

        if (
            _reader is not None
            and seller_fulfillment_order_item_id.__class__ is not str
        ):
            raise DeviationError("sellerFulfillmentOrderItemId")

        seller_return_item_id = d.pop("sellerReturnItemId")

        if _reader is not None and seller_return_item_id.__class__ is not str:
            raise DeviationError("sellerReturnItemId")

        if cls is InvalidReturnItem:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.invalid_item_reason = invalid_item_reason
            _built.seller_fulfillment_order_item_id = seller_fulfillment_order_item_id
            _built.seller_return_item_id = seller_return_item_id
            _built._parse_notes = None
            invalid_return_item = _built
        else:  # a subclass: its own __init__ runs
            invalid_return_item = cls(
                invalid_item_reason=invalid_item_reason,
                seller_fulfillment_order_item_id=seller_fulfillment_order_item_id,
                seller_return_item_id=seller_return_item_id,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        invalid_return_item.additional_properties = d or {}
        return invalid_return_item

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
