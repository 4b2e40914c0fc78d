from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.associated_item_item_status import AssociatedItemItemStatus
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
    from ..models.item_delivery import ItemDelivery
    from ..models.linked_asset import LinkedAsset


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ItemDelivery, LinkedAsset
    from ..models.item_delivery import ItemDelivery
    from ..models.linked_asset import LinkedAsset

    _lazy_pending = False


T = TypeVar("T", bound="AssociatedItem")


@_attrs_define
class AssociatedItem:
    """
    Attributes:
        asin (str | Unset):
        brand_name (str | Unset):
        item_delivery (ItemDelivery | Unset):
        item_status (AssociatedItemItemStatus | Unset):
        linked_assets (list[LinkedAsset] | Unset):
        order_id (str | Unset):
        quantity (int | Unset):
        title (str | Unset):
    """

    asin: str | Unset = UNSET
    brand_name: str | Unset = UNSET
    item_delivery: ItemDelivery | Unset = UNSET
    item_status: AssociatedItemItemStatus | Unset = UNSET
    linked_assets: list[LinkedAsset] | Unset = UNSET
    order_id: str | Unset = UNSET
    quantity: int | Unset = UNSET
    title: str | Unset = UNSET
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
        asin = self.asin

        brand_name = self.brand_name

        item_delivery: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_delivery, Unset):
            item_delivery = self.item_delivery.to_dict()

        item_status: str | Unset = UNSET
        if not isinstance(self.item_status, Unset):
            item_status = self.item_status.value

        linked_assets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.linked_assets, Unset):
            linked_assets = []
            for linked_assets_item_data in self.linked_assets:
                linked_assets_item = linked_assets_item_data.to_dict()
                linked_assets.append(linked_assets_item)

        order_id = self.order_id

        quantity = self.quantity

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asin is not UNSET:
            field_dict["asin"] = asin
        if brand_name is not UNSET:
            field_dict["brandName"] = brand_name
        if item_delivery is not UNSET:
            field_dict["itemDelivery"] = item_delivery
        if item_status is not UNSET:
            field_dict["itemStatus"] = item_status
        if linked_assets is not UNSET:
            field_dict["linkedAssets"] = linked_assets
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.item_delivery import ItemDelivery
        from ..models.linked_asset import LinkedAsset

        return (
            (
                ("asin", "asin", False, ("str",)),
                ("brandName", "brand_name", False, ("str",)),
                ("itemDelivery", "item_delivery", False, ("model", ItemDelivery)),
                (
                    "itemStatus",
                    "item_status",
                    False,
                    ("enum", AssociatedItemItemStatus),
                ),
                (
                    "linkedAssets",
                    "linked_assets",
                    False,
                    ("list", ("model", LinkedAsset)),
                ),
                ("orderId", "order_id", False, ("str",)),
                ("quantity", "quantity", False, ("int",)),
                ("title", "title", False, ("str",)),
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
        asin = d.pop("asin", UNSET)

        if _reader is not None and asin.__class__ is not str and asin is not UNSET:
            raise DeviationError("asin")

        brand_name = d.pop("brandName", UNSET)

        if (
            _reader is not None
            and brand_name.__class__ is not str
            and brand_name is not UNSET
        ):
            raise DeviationError("brandName")

        _item_delivery = d.pop("itemDelivery", UNSET)
        item_delivery = (
            UNSET if _item_delivery is UNSET else ItemDelivery.from_dict(_item_delivery)
        )

        _item_status = d.pop("itemStatus", UNSET)
        item_status = (
            UNSET
            if _item_status is UNSET
            else (
                AssociatedItemItemStatus._value2member_map_.get(_item_status)
                if _item_status.__class__ is str
                else None
            )
            or AssociatedItemItemStatus(_item_status)
        )

        _linked_assets = d.pop("linkedAssets", UNSET)
        linked_assets = (
            UNSET
            if _linked_assets is UNSET
            else [LinkedAsset.from_dict(_item) for _item in _linked_assets]
        )

        order_id = d.pop("orderId", UNSET)

        if (
            _reader is not None
            and order_id.__class__ is not str
            and order_id is not UNSET
        ):
            raise DeviationError("orderId")

        quantity = d.pop("quantity", UNSET)

        if (
            _reader is not None
            and quantity.__class__ is not int
            and quantity is not UNSET
        ):
            raise DeviationError("quantity")

        title = d.pop("title", UNSET)

        if _reader is not None and title.__class__ is not str and title is not UNSET:
            raise DeviationError("title")

        if cls is AssociatedItem:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.asin = asin
            _built.brand_name = brand_name
            _built.item_delivery = item_delivery
            _built.item_status = item_status
            _built.linked_assets = linked_assets
            _built.order_id = order_id
            _built.quantity = quantity
            _built.title = title
            _built._parse_notes = None
            associated_item = _built
        else:  # a subclass: its own __init__ runs
            associated_item = cls(
                asin=asin,
                brand_name=brand_name,
                item_delivery=item_delivery,
                item_status=item_status,
                linked_assets=linked_assets,
                order_id=order_id,
                quantity=quantity,
                title=title,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        associated_item.additional_properties = d or {}
        return associated_item

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
