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
    from ..models.additional_seller_inputs import AdditionalSellerInputs
    from ..models.dangerous_goods_details import DangerousGoodsDetails
    from ..models.liquid_volume import LiquidVolume
    from ..models.weight import Weight


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        AdditionalSellerInputs, \
        DangerousGoodsDetails, \
        LiquidVolume, \
        Weight
    from ..models.additional_seller_inputs import AdditionalSellerInputs
    from ..models.dangerous_goods_details import DangerousGoodsDetails
    from ..models.liquid_volume import LiquidVolume
    from ..models.weight import Weight

    _lazy_pending = False


T = TypeVar("T", bound="Item")


@_attrs_define
class Item:
    """
    Attributes:
        order_item_id (str):
        quantity (int):
        dangerous_goods_details (DangerousGoodsDetails | Unset):
        is_hazmat (bool | Unset):
        item_description (str | Unset):
        item_level_seller_inputs_list (list[AdditionalSellerInputs] | Unset):
        item_weight (Weight | Unset):
        liquid_volume (LiquidVolume | Unset):
        transparency_code_list (list[str] | Unset):
    """

    order_item_id: str
    quantity: int
    dangerous_goods_details: DangerousGoodsDetails | Unset = UNSET
    is_hazmat: bool | Unset = UNSET
    item_description: str | Unset = UNSET
    item_level_seller_inputs_list: list[AdditionalSellerInputs] | Unset = UNSET
    item_weight: Weight | Unset = UNSET
    liquid_volume: LiquidVolume | Unset = UNSET
    transparency_code_list: list[str] | Unset = UNSET
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
        order_item_id = self.order_item_id

        quantity = self.quantity

        dangerous_goods_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dangerous_goods_details, Unset):
            dangerous_goods_details = self.dangerous_goods_details.to_dict()

        is_hazmat = self.is_hazmat

        item_description = self.item_description

        item_level_seller_inputs_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.item_level_seller_inputs_list, Unset):
            item_level_seller_inputs_list = []
            for (
                componentsschemas_additional_seller_inputs_list_item_data
            ) in self.item_level_seller_inputs_list:
                componentsschemas_additional_seller_inputs_list_item = (
                    componentsschemas_additional_seller_inputs_list_item_data.to_dict()
                )
                item_level_seller_inputs_list.append(
                    componentsschemas_additional_seller_inputs_list_item
                )

        item_weight: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_weight, Unset):
            item_weight = self.item_weight.to_dict()

        liquid_volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.liquid_volume, Unset):
            liquid_volume = self.liquid_volume.to_dict()

        transparency_code_list: list[str] | Unset = UNSET
        if not isinstance(self.transparency_code_list, Unset):
            transparency_code_list = self.transparency_code_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "OrderItemId": order_item_id,
                "Quantity": quantity,
            }
        )
        if dangerous_goods_details is not UNSET:
            field_dict["DangerousGoodsDetails"] = dangerous_goods_details
        if is_hazmat is not UNSET:
            field_dict["IsHazmat"] = is_hazmat
        if item_description is not UNSET:
            field_dict["ItemDescription"] = item_description
        if item_level_seller_inputs_list is not UNSET:
            field_dict["ItemLevelSellerInputsList"] = item_level_seller_inputs_list
        if item_weight is not UNSET:
            field_dict["ItemWeight"] = item_weight
        if liquid_volume is not UNSET:
            field_dict["LiquidVolume"] = liquid_volume
        if transparency_code_list is not UNSET:
            field_dict["TransparencyCodeList"] = transparency_code_list

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.additional_seller_inputs import AdditionalSellerInputs
        from ..models.dangerous_goods_details import DangerousGoodsDetails
        from ..models.liquid_volume import LiquidVolume
        from ..models.weight import Weight

        return (
            (
                ("OrderItemId", "order_item_id", True, ("str",)),
                ("Quantity", "quantity", True, ("int",)),
                (
                    "DangerousGoodsDetails",
                    "dangerous_goods_details",
                    False,
                    ("model", DangerousGoodsDetails),
                ),
                ("IsHazmat", "is_hazmat", False, ("bool",)),
                ("ItemDescription", "item_description", False, ("str",)),
                (
                    "ItemLevelSellerInputsList",
                    "item_level_seller_inputs_list",
                    False,
                    ("list", ("model", AdditionalSellerInputs)),
                ),
                ("ItemWeight", "item_weight", False, ("model", Weight)),
                ("LiquidVolume", "liquid_volume", False, ("model", LiquidVolume)),
                (
                    "TransparencyCodeList",
                    "transparency_code_list",
                    False,
                    ("list", ("str",)),
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
        order_item_id = d.pop("OrderItemId")

        if _reader is not None and order_item_id.__class__ is not str:
            raise DeviationError("OrderItemId")

        quantity = d.pop("Quantity")

        if _reader is not None and quantity.__class__ is not int:
            raise DeviationError("Quantity")

        _dangerous_goods_details = d.pop("DangerousGoodsDetails", UNSET)
        dangerous_goods_details = (
            UNSET
            if _dangerous_goods_details is UNSET
            else DangerousGoodsDetails.from_dict(_dangerous_goods_details)
        )

        is_hazmat = d.pop("IsHazmat", UNSET)

        if (
            _reader is not None
            and is_hazmat.__class__ is not bool
            and is_hazmat is not UNSET
        ):
            raise DeviationError("IsHazmat")

        item_description = d.pop("ItemDescription", UNSET)

        if (
            _reader is not None
            and item_description.__class__ is not str
            and item_description is not UNSET
        ):
            raise DeviationError("ItemDescription")

        _item_level_seller_inputs_list = d.pop("ItemLevelSellerInputsList", UNSET)
        item_level_seller_inputs_list = (
            UNSET
            if _item_level_seller_inputs_list is UNSET
            else [
                AdditionalSellerInputs.from_dict(_item)
                for _item in _item_level_seller_inputs_list
            ]
        )

        _item_weight = d.pop("ItemWeight", UNSET)
        item_weight = UNSET if _item_weight is UNSET else Weight.from_dict(_item_weight)

        _liquid_volume = d.pop("LiquidVolume", UNSET)
        liquid_volume = (
            UNSET if _liquid_volume is UNSET else LiquidVolume.from_dict(_liquid_volume)
        )

        transparency_code_list = d.pop("TransparencyCodeList", UNSET)

        if (
            _reader is not None
            and transparency_code_list.__class__ is not list
            and transparency_code_list is not UNSET
        ):
            raise DeviationError("TransparencyCodeList")

        if cls is Item:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.order_item_id = order_item_id
            _built.quantity = quantity
            _built.dangerous_goods_details = dangerous_goods_details
            _built.is_hazmat = is_hazmat
            _built.item_description = item_description
            _built.item_level_seller_inputs_list = item_level_seller_inputs_list
            _built.item_weight = item_weight
            _built.liquid_volume = liquid_volume
            _built.transparency_code_list = transparency_code_list
            _built._parse_notes = None
            item = _built
        else:  # a subclass: its own __init__ runs
            item = cls(
                order_item_id=order_item_id,
                quantity=quantity,
                dangerous_goods_details=dangerous_goods_details,
                is_hazmat=is_hazmat,
                item_description=item_description,
                item_level_seller_inputs_list=item_level_seller_inputs_list,
                item_weight=item_weight,
                liquid_volume=liquid_volume,
                transparency_code_list=transparency_code_list,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        item.additional_properties = d or {}
        return item

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
