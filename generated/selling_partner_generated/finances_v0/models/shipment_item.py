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
    from ..models.charge_component import ChargeComponent
    from ..models.currency import Currency
    from ..models.fee_component import FeeComponent
    from ..models.promotion import Promotion
    from ..models.tax_withheld_component import TaxWithheldComponent


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        ChargeComponent, \
        Currency, \
        FeeComponent, \
        Promotion, \
        TaxWithheldComponent
    from ..models.charge_component import ChargeComponent
    from ..models.currency import Currency
    from ..models.fee_component import FeeComponent
    from ..models.promotion import Promotion
    from ..models.tax_withheld_component import TaxWithheldComponent

    _lazy_pending = False


T = TypeVar("T", bound="ShipmentItem")


@_attrs_define
class ShipmentItem:
    """
    Attributes:
        cost_of_points_granted (Currency | Unset):
        cost_of_points_returned (Currency | Unset):
        item_charge_adjustment_list (list[ChargeComponent] | Unset):
        item_charge_list (list[ChargeComponent] | Unset):
        item_fee_adjustment_list (list[FeeComponent] | Unset):
        item_fee_list (list[FeeComponent] | Unset):
        item_tax_withheld_list (list[TaxWithheldComponent] | Unset):
        order_adjustment_item_id (str | Unset):
        order_item_id (str | Unset):
        promotion_adjustment_list (list[Promotion] | Unset):
        promotion_list (list[Promotion] | Unset):
        quantity_shipped (int | Unset):
        seller_sku (str | Unset):
    """

    cost_of_points_granted: Currency | Unset = UNSET
    cost_of_points_returned: Currency | Unset = UNSET
    item_charge_adjustment_list: list[ChargeComponent] | Unset = UNSET
    item_charge_list: list[ChargeComponent] | Unset = UNSET
    item_fee_adjustment_list: list[FeeComponent] | Unset = UNSET
    item_fee_list: list[FeeComponent] | Unset = UNSET
    item_tax_withheld_list: list[TaxWithheldComponent] | Unset = UNSET
    order_adjustment_item_id: str | Unset = UNSET
    order_item_id: str | Unset = UNSET
    promotion_adjustment_list: list[Promotion] | Unset = UNSET
    promotion_list: list[Promotion] | Unset = UNSET
    quantity_shipped: int | Unset = UNSET
    seller_sku: str | Unset = UNSET
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
        cost_of_points_granted: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost_of_points_granted, Unset):
            cost_of_points_granted = self.cost_of_points_granted.to_dict()

        cost_of_points_returned: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost_of_points_returned, Unset):
            cost_of_points_returned = self.cost_of_points_returned.to_dict()

        item_charge_adjustment_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.item_charge_adjustment_list, Unset):
            item_charge_adjustment_list = []
            for (
                componentsschemas_charge_component_list_item_data
            ) in self.item_charge_adjustment_list:
                componentsschemas_charge_component_list_item = (
                    componentsschemas_charge_component_list_item_data.to_dict()
                )
                item_charge_adjustment_list.append(
                    componentsschemas_charge_component_list_item
                )

        item_charge_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.item_charge_list, Unset):
            item_charge_list = []
            for (
                componentsschemas_charge_component_list_item_data
            ) in self.item_charge_list:
                componentsschemas_charge_component_list_item = (
                    componentsschemas_charge_component_list_item_data.to_dict()
                )
                item_charge_list.append(componentsschemas_charge_component_list_item)

        item_fee_adjustment_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.item_fee_adjustment_list, Unset):
            item_fee_adjustment_list = []
            for (
                componentsschemas_fee_component_list_item_data
            ) in self.item_fee_adjustment_list:
                componentsschemas_fee_component_list_item = (
                    componentsschemas_fee_component_list_item_data.to_dict()
                )
                item_fee_adjustment_list.append(
                    componentsschemas_fee_component_list_item
                )

        item_fee_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.item_fee_list, Unset):
            item_fee_list = []
            for componentsschemas_fee_component_list_item_data in self.item_fee_list:
                componentsschemas_fee_component_list_item = (
                    componentsschemas_fee_component_list_item_data.to_dict()
                )
                item_fee_list.append(componentsschemas_fee_component_list_item)

        item_tax_withheld_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.item_tax_withheld_list, Unset):
            item_tax_withheld_list = []
            for (
                componentsschemas_tax_withheld_component_list_item_data
            ) in self.item_tax_withheld_list:
                componentsschemas_tax_withheld_component_list_item = (
                    componentsschemas_tax_withheld_component_list_item_data.to_dict()
                )
                item_tax_withheld_list.append(
                    componentsschemas_tax_withheld_component_list_item
                )

        order_adjustment_item_id = self.order_adjustment_item_id

        order_item_id = self.order_item_id

        promotion_adjustment_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.promotion_adjustment_list, Unset):
            promotion_adjustment_list = []
            for (
                componentsschemas_promotion_list_item_data
            ) in self.promotion_adjustment_list:
                componentsschemas_promotion_list_item = (
                    componentsschemas_promotion_list_item_data.to_dict()
                )
                promotion_adjustment_list.append(componentsschemas_promotion_list_item)

        promotion_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.promotion_list, Unset):
            promotion_list = []
            for componentsschemas_promotion_list_item_data in self.promotion_list:
                componentsschemas_promotion_list_item = (
                    componentsschemas_promotion_list_item_data.to_dict()
                )
                promotion_list.append(componentsschemas_promotion_list_item)

        quantity_shipped = self.quantity_shipped

        seller_sku = self.seller_sku

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cost_of_points_granted is not UNSET:
            field_dict["CostOfPointsGranted"] = cost_of_points_granted
        if cost_of_points_returned is not UNSET:
            field_dict["CostOfPointsReturned"] = cost_of_points_returned
        if item_charge_adjustment_list is not UNSET:
            field_dict["ItemChargeAdjustmentList"] = item_charge_adjustment_list
        if item_charge_list is not UNSET:
            field_dict["ItemChargeList"] = item_charge_list
        if item_fee_adjustment_list is not UNSET:
            field_dict["ItemFeeAdjustmentList"] = item_fee_adjustment_list
        if item_fee_list is not UNSET:
            field_dict["ItemFeeList"] = item_fee_list
        if item_tax_withheld_list is not UNSET:
            field_dict["ItemTaxWithheldList"] = item_tax_withheld_list
        if order_adjustment_item_id is not UNSET:
            field_dict["OrderAdjustmentItemId"] = order_adjustment_item_id
        if order_item_id is not UNSET:
            field_dict["OrderItemId"] = order_item_id
        if promotion_adjustment_list is not UNSET:
            field_dict["PromotionAdjustmentList"] = promotion_adjustment_list
        if promotion_list is not UNSET:
            field_dict["PromotionList"] = promotion_list
        if quantity_shipped is not UNSET:
            field_dict["QuantityShipped"] = quantity_shipped
        if seller_sku is not UNSET:
            field_dict["SellerSKU"] = seller_sku

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.charge_component import ChargeComponent
        from ..models.currency import Currency
        from ..models.fee_component import FeeComponent
        from ..models.promotion import Promotion
        from ..models.tax_withheld_component import TaxWithheldComponent

        return (
            (
                (
                    "CostOfPointsGranted",
                    "cost_of_points_granted",
                    False,
                    ("model", Currency),
                ),
                (
                    "CostOfPointsReturned",
                    "cost_of_points_returned",
                    False,
                    ("model", Currency),
                ),
                (
                    "ItemChargeAdjustmentList",
                    "item_charge_adjustment_list",
                    False,
                    ("list", ("model", ChargeComponent)),
                ),
                (
                    "ItemChargeList",
                    "item_charge_list",
                    False,
                    ("list", ("model", ChargeComponent)),
                ),
                (
                    "ItemFeeAdjustmentList",
                    "item_fee_adjustment_list",
                    False,
                    ("list", ("model", FeeComponent)),
                ),
                (
                    "ItemFeeList",
                    "item_fee_list",
                    False,
                    ("list", ("model", FeeComponent)),
                ),
                (
                    "ItemTaxWithheldList",
                    "item_tax_withheld_list",
                    False,
                    ("list", ("model", TaxWithheldComponent)),
                ),
                ("OrderAdjustmentItemId", "order_adjustment_item_id", False, ("str",)),
                ("OrderItemId", "order_item_id", False, ("str",)),
                (
                    "PromotionAdjustmentList",
                    "promotion_adjustment_list",
                    False,
                    ("list", ("model", Promotion)),
                ),
                (
                    "PromotionList",
                    "promotion_list",
                    False,
                    ("list", ("model", Promotion)),
                ),
                ("QuantityShipped", "quantity_shipped", False, ("int",)),
                ("SellerSKU", "seller_sku", False, ("str",)),
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
        _cost_of_points_granted = d.pop("CostOfPointsGranted", UNSET)
        cost_of_points_granted = (
            UNSET
            if _cost_of_points_granted is UNSET
            else Currency.from_dict(_cost_of_points_granted)
        )

        _cost_of_points_returned = d.pop("CostOfPointsReturned", UNSET)
        cost_of_points_returned = (
            UNSET
            if _cost_of_points_returned is UNSET
            else Currency.from_dict(_cost_of_points_returned)
        )

        _item_charge_adjustment_list = d.pop("ItemChargeAdjustmentList", UNSET)
        item_charge_adjustment_list = (
            UNSET
            if _item_charge_adjustment_list is UNSET
            else [
                ChargeComponent.from_dict(_item)
                for _item in _item_charge_adjustment_list
            ]
        )

        _item_charge_list = d.pop("ItemChargeList", UNSET)
        item_charge_list = (
            UNSET
            if _item_charge_list is UNSET
            else [ChargeComponent.from_dict(_item) for _item in _item_charge_list]
        )

        _item_fee_adjustment_list = d.pop("ItemFeeAdjustmentList", UNSET)
        item_fee_adjustment_list = (
            UNSET
            if _item_fee_adjustment_list is UNSET
            else [FeeComponent.from_dict(_item) for _item in _item_fee_adjustment_list]
        )

        _item_fee_list = d.pop("ItemFeeList", UNSET)
        item_fee_list = (
            UNSET
            if _item_fee_list is UNSET
            else [FeeComponent.from_dict(_item) for _item in _item_fee_list]
        )

        _item_tax_withheld_list = d.pop("ItemTaxWithheldList", UNSET)
        item_tax_withheld_list = (
            UNSET
            if _item_tax_withheld_list is UNSET
            else [
                TaxWithheldComponent.from_dict(_item)
                for _item in _item_tax_withheld_list
            ]
        )

        order_adjustment_item_id = d.pop("OrderAdjustmentItemId", UNSET)

        if (
            _reader is not None
            and order_adjustment_item_id.__class__ is not str
            and order_adjustment_item_id is not UNSET
        ):
            raise DeviationError("OrderAdjustmentItemId")

        order_item_id = d.pop("OrderItemId", UNSET)

        if (
            _reader is not None
            and order_item_id.__class__ is not str
            and order_item_id is not UNSET
        ):
            raise DeviationError("OrderItemId")

        _promotion_adjustment_list = d.pop("PromotionAdjustmentList", UNSET)
        promotion_adjustment_list = (
            UNSET
            if _promotion_adjustment_list is UNSET
            else [Promotion.from_dict(_item) for _item in _promotion_adjustment_list]
        )

        _promotion_list = d.pop("PromotionList", UNSET)
        promotion_list = (
            UNSET
            if _promotion_list is UNSET
            else [Promotion.from_dict(_item) for _item in _promotion_list]
        )

        quantity_shipped = d.pop("QuantityShipped", UNSET)

        if (
            _reader is not None
            and quantity_shipped.__class__ is not int
            and quantity_shipped is not UNSET
        ):
            raise DeviationError("QuantityShipped")

        seller_sku = d.pop("SellerSKU", UNSET)

        if (
            _reader is not None
            and seller_sku.__class__ is not str
            and seller_sku is not UNSET
        ):
            raise DeviationError("SellerSKU")

        if cls is ShipmentItem:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.cost_of_points_granted = cost_of_points_granted
            _built.cost_of_points_returned = cost_of_points_returned
            _built.item_charge_adjustment_list = item_charge_adjustment_list
            _built.item_charge_list = item_charge_list
            _built.item_fee_adjustment_list = item_fee_adjustment_list
            _built.item_fee_list = item_fee_list
            _built.item_tax_withheld_list = item_tax_withheld_list
            _built.order_adjustment_item_id = order_adjustment_item_id
            _built.order_item_id = order_item_id
            _built.promotion_adjustment_list = promotion_adjustment_list
            _built.promotion_list = promotion_list
            _built.quantity_shipped = quantity_shipped
            _built.seller_sku = seller_sku
            _built._parse_notes = None
            shipment_item = _built
        else:  # a subclass: its own __init__ runs
            shipment_item = cls(
                cost_of_points_granted=cost_of_points_granted,
                cost_of_points_returned=cost_of_points_returned,
                item_charge_adjustment_list=item_charge_adjustment_list,
                item_charge_list=item_charge_list,
                item_fee_adjustment_list=item_fee_adjustment_list,
                item_fee_list=item_fee_list,
                item_tax_withheld_list=item_tax_withheld_list,
                order_adjustment_item_id=order_adjustment_item_id,
                order_item_id=order_item_id,
                promotion_adjustment_list=promotion_adjustment_list,
                promotion_list=promotion_list,
                quantity_shipped=quantity_shipped,
                seller_sku=seller_sku,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        shipment_item.additional_properties = d or {}
        return shipment_item

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
