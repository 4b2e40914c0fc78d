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
    from ..models.address import Address
    from ..models.delivery_preferences import DeliveryPreferences


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Address, DeliveryPreferences
    from ..models.address import Address
    from ..models.delivery_preferences import DeliveryPreferences

    _lazy_pending = False


T = TypeVar("T", bound="OrderAddress")


@_attrs_define
class OrderAddress:
    """
    Attributes:
        amazon_order_id (str):
        buyer_company_name (str | Unset):
        delivery_preferences (DeliveryPreferences | Unset):
        shipping_address (Address | Unset):
    """

    amazon_order_id: str
    buyer_company_name: str | Unset = UNSET
    delivery_preferences: DeliveryPreferences | Unset = UNSET
    shipping_address: Address | Unset = UNSET
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
        amazon_order_id = self.amazon_order_id

        buyer_company_name = self.buyer_company_name

        delivery_preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_preferences, Unset):
            delivery_preferences = self.delivery_preferences.to_dict()

        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = self.shipping_address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AmazonOrderId": amazon_order_id,
            }
        )
        if buyer_company_name is not UNSET:
            field_dict["BuyerCompanyName"] = buyer_company_name
        if delivery_preferences is not UNSET:
            field_dict["DeliveryPreferences"] = delivery_preferences
        if shipping_address is not UNSET:
            field_dict["ShippingAddress"] = shipping_address

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.address import Address
        from ..models.delivery_preferences import DeliveryPreferences

        return (
            (
                ("AmazonOrderId", "amazon_order_id", True, ("str",)),
                ("BuyerCompanyName", "buyer_company_name", False, ("str",)),
                (
                    "DeliveryPreferences",
                    "delivery_preferences",
                    False,
                    ("model", DeliveryPreferences),
                ),
                ("ShippingAddress", "shipping_address", False, ("model", Address)),
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
        amazon_order_id = d.pop("AmazonOrderId")

        if _reader is not None and amazon_order_id.__class__ is not str:
            raise DeviationError("AmazonOrderId")

        buyer_company_name = d.pop("BuyerCompanyName", UNSET)

        if (
            _reader is not None
            and buyer_company_name.__class__ is not str
            and buyer_company_name is not UNSET
        ):
            raise DeviationError("BuyerCompanyName")

        _delivery_preferences = d.pop("DeliveryPreferences", UNSET)
        delivery_preferences = (
            UNSET
            if _delivery_preferences is UNSET
            else DeliveryPreferences.from_dict(_delivery_preferences)
        )

        _shipping_address = d.pop("ShippingAddress", UNSET)
        shipping_address = (
            UNSET
            if _shipping_address is UNSET
            else Address.from_dict(_shipping_address)
        )

        if cls is OrderAddress:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.amazon_order_id = amazon_order_id
            _built.buyer_company_name = buyer_company_name
            _built.delivery_preferences = delivery_preferences
            _built.shipping_address = shipping_address
            _built._parse_notes = None
            order_address = _built
        else:  # a subclass: its own __init__ runs
            order_address = cls(
                amazon_order_id=amazon_order_id,
                buyer_company_name=buyer_company_name,
                delivery_preferences=delivery_preferences,
                shipping_address=shipping_address,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        order_address.additional_properties = d or {}
        return order_address

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
