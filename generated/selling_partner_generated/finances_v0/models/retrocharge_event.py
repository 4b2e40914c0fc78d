from __future__ import annotations

import datetime
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
    from ..models.currency import Currency
    from ..models.tax_withheld_component import TaxWithheldComponent


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Currency, TaxWithheldComponent
    from ..models.currency import Currency
    from ..models.tax_withheld_component import TaxWithheldComponent

    _lazy_pending = False


T = TypeVar("T", bound="RetrochargeEvent")


@_attrs_define
class RetrochargeEvent:
    """
    Attributes:
        amazon_order_id (str | Unset):
        base_tax (Currency | Unset):
        marketplace_name (str | Unset):
        posted_date (datetime.datetime | Unset):
        retrocharge_event_type (str | Unset):
        retrocharge_tax_withheld_list (list[TaxWithheldComponent] | Unset):
        shipping_tax (Currency | Unset):
    """

    amazon_order_id: str | Unset = UNSET
    base_tax: Currency | Unset = UNSET
    marketplace_name: str | Unset = UNSET
    posted_date: datetime.datetime | Unset = UNSET
    retrocharge_event_type: str | Unset = UNSET
    retrocharge_tax_withheld_list: list[TaxWithheldComponent] | Unset = UNSET
    shipping_tax: Currency | Unset = UNSET
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

        base_tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.base_tax, Unset):
            base_tax = self.base_tax.to_dict()

        marketplace_name = self.marketplace_name

        posted_date: str | Unset = UNSET
        if not isinstance(self.posted_date, Unset):
            posted_date = self.posted_date.isoformat()

        retrocharge_event_type = self.retrocharge_event_type

        retrocharge_tax_withheld_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.retrocharge_tax_withheld_list, Unset):
            retrocharge_tax_withheld_list = []
            for (
                componentsschemas_tax_withheld_component_list_item_data
            ) in self.retrocharge_tax_withheld_list:
                componentsschemas_tax_withheld_component_list_item = (
                    componentsschemas_tax_withheld_component_list_item_data.to_dict()
                )
                retrocharge_tax_withheld_list.append(
                    componentsschemas_tax_withheld_component_list_item
                )

        shipping_tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_tax, Unset):
            shipping_tax = self.shipping_tax.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amazon_order_id is not UNSET:
            field_dict["AmazonOrderId"] = amazon_order_id
        if base_tax is not UNSET:
            field_dict["BaseTax"] = base_tax
        if marketplace_name is not UNSET:
            field_dict["MarketplaceName"] = marketplace_name
        if posted_date is not UNSET:
            field_dict["PostedDate"] = posted_date
        if retrocharge_event_type is not UNSET:
            field_dict["RetrochargeEventType"] = retrocharge_event_type
        if retrocharge_tax_withheld_list is not UNSET:
            field_dict["RetrochargeTaxWithheldList"] = retrocharge_tax_withheld_list
        if shipping_tax is not UNSET:
            field_dict["ShippingTax"] = shipping_tax

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.currency import Currency
        from ..models.tax_withheld_component import TaxWithheldComponent

        return (
            (
                ("AmazonOrderId", "amazon_order_id", False, ("str",)),
                ("BaseTax", "base_tax", False, ("model", Currency)),
                ("MarketplaceName", "marketplace_name", False, ("str",)),
                ("PostedDate", "posted_date", False, ("datetime",)),
                ("RetrochargeEventType", "retrocharge_event_type", False, ("str",)),
                (
                    "RetrochargeTaxWithheldList",
                    "retrocharge_tax_withheld_list",
                    False,
                    ("list", ("model", TaxWithheldComponent)),
                ),
                ("ShippingTax", "shipping_tax", False, ("model", Currency)),
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
        amazon_order_id = d.pop("AmazonOrderId", UNSET)

        if (
            _reader is not None
            and amazon_order_id.__class__ is not str
            and amazon_order_id is not UNSET
        ):
            raise DeviationError("AmazonOrderId")

        _base_tax = d.pop("BaseTax", UNSET)
        base_tax = UNSET if _base_tax is UNSET else Currency.from_dict(_base_tax)

        marketplace_name = d.pop("MarketplaceName", UNSET)

        if (
            _reader is not None
            and marketplace_name.__class__ is not str
            and marketplace_name is not UNSET
        ):
            raise DeviationError("MarketplaceName")

        _posted_date = d.pop("PostedDate", UNSET)
        posted_date = (
            UNSET
            if _posted_date is UNSET
            else datetime.datetime.fromisoformat(_posted_date)
        )

        if (
            _reader is not None
            and not isinstance(posted_date, Unset)
            and posted_date.tzinfo is None
        ):
            raise DeviationError("PostedDate")

        retrocharge_event_type = d.pop("RetrochargeEventType", UNSET)

        if (
            _reader is not None
            and retrocharge_event_type.__class__ is not str
            and retrocharge_event_type is not UNSET
        ):
            raise DeviationError("RetrochargeEventType")

        _retrocharge_tax_withheld_list = d.pop("RetrochargeTaxWithheldList", UNSET)
        retrocharge_tax_withheld_list = (
            UNSET
            if _retrocharge_tax_withheld_list is UNSET
            else [
                TaxWithheldComponent.from_dict(_item)
                for _item in _retrocharge_tax_withheld_list
            ]
        )

        _shipping_tax = d.pop("ShippingTax", UNSET)
        shipping_tax = (
            UNSET if _shipping_tax is UNSET else Currency.from_dict(_shipping_tax)
        )

        if cls is RetrochargeEvent:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.amazon_order_id = amazon_order_id
            _built.base_tax = base_tax
            _built.marketplace_name = marketplace_name
            _built.posted_date = posted_date
            _built.retrocharge_event_type = retrocharge_event_type
            _built.retrocharge_tax_withheld_list = retrocharge_tax_withheld_list
            _built.shipping_tax = shipping_tax
            _built._parse_notes = None
            retrocharge_event = _built
        else:  # a subclass: its own __init__ runs
            retrocharge_event = cls(
                amazon_order_id=amazon_order_id,
                base_tax=base_tax,
                marketplace_name=marketplace_name,
                posted_date=posted_date,
                retrocharge_event_type=retrocharge_event_type,
                retrocharge_tax_withheld_list=retrocharge_tax_withheld_list,
                shipping_tax=shipping_tax,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        retrocharge_event.additional_properties = d or {}
        return retrocharge_event

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
