from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_summary_by_marketplace_condition_type import (
    ItemSummaryByMarketplaceConditionType,
)
from ..models.item_summary_by_marketplace_status_item import (
    ItemSummaryByMarketplaceStatusItem,
)
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
    from ..models.item_image import ItemImage


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ItemImage
    from ..models.item_image import ItemImage

    _lazy_pending = False


T = TypeVar("T", bound="ItemSummaryByMarketplace")


@_attrs_define
class ItemSummaryByMarketplace:
    """
    Attributes:
        created_date (datetime.datetime):
        last_updated_date (datetime.datetime):
        marketplace_id (str):
        product_type (str):
        status (list[ItemSummaryByMarketplaceStatusItem]):
        asin (str | Unset):
        condition_type (ItemSummaryByMarketplaceConditionType | Unset):
        fn_sku (str | Unset):
        item_name (str | Unset):
        main_image (ItemImage | Unset):
    """

    created_date: datetime.datetime
    last_updated_date: datetime.datetime
    marketplace_id: str
    product_type: str
    status: list[ItemSummaryByMarketplaceStatusItem]
    asin: str | Unset = UNSET
    condition_type: ItemSummaryByMarketplaceConditionType | Unset = UNSET
    fn_sku: str | Unset = UNSET
    item_name: str | Unset = UNSET
    main_image: ItemImage | Unset = UNSET
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
        created_date = self.created_date.isoformat()

        last_updated_date = self.last_updated_date.isoformat()

        marketplace_id = self.marketplace_id

        product_type = self.product_type

        status = []
        for status_item_data in self.status:
            status_item = status_item_data.value
            status.append(status_item)

        asin = self.asin

        condition_type: str | Unset = UNSET
        if not isinstance(self.condition_type, Unset):
            condition_type = self.condition_type.value

        fn_sku = self.fn_sku

        item_name = self.item_name

        main_image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.main_image, Unset):
            main_image = self.main_image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdDate": created_date,
                "lastUpdatedDate": last_updated_date,
                "marketplaceId": marketplace_id,
                "productType": product_type,
                "status": status,
            }
        )
        if asin is not UNSET:
            field_dict["asin"] = asin
        if condition_type is not UNSET:
            field_dict["conditionType"] = condition_type
        if fn_sku is not UNSET:
            field_dict["fnSku"] = fn_sku
        if item_name is not UNSET:
            field_dict["itemName"] = item_name
        if main_image is not UNSET:
            field_dict["mainImage"] = main_image

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.item_image import ItemImage

        return (
            (
                ("createdDate", "created_date", True, ("datetime",)),
                ("lastUpdatedDate", "last_updated_date", True, ("datetime",)),
                ("marketplaceId", "marketplace_id", True, ("str",)),
                ("productType", "product_type", True, ("str",)),
                (
                    "status",
                    "status",
                    True,
                    ("list", ("enum", ItemSummaryByMarketplaceStatusItem)),
                ),
                ("asin", "asin", False, ("str",)),
                (
                    "conditionType",
                    "condition_type",
                    False,
                    ("enum", ItemSummaryByMarketplaceConditionType),
                ),
                ("fnSku", "fn_sku", False, ("str",)),
                ("itemName", "item_name", False, ("str",)),
                ("mainImage", "main_image", False, ("model", ItemImage)),
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
        created_date = datetime.datetime.fromisoformat(d.pop("createdDate"))

        if _reader is not None and created_date.tzinfo is None:
            raise DeviationError("createdDate")

        last_updated_date = datetime.datetime.fromisoformat(d.pop("lastUpdatedDate"))

        if _reader is not None and last_updated_date.tzinfo is None:
            raise DeviationError("lastUpdatedDate")

        marketplace_id = d.pop("marketplaceId")

        if _reader is not None and marketplace_id.__class__ is not str:
            raise DeviationError("marketplaceId")

        product_type = d.pop("productType")

        if _reader is not None and product_type.__class__ is not str:
            raise DeviationError("productType")

        _status = d.pop("status")
        status = [
            (
                ItemSummaryByMarketplaceStatusItem._value2member_map_.get(_item)
                if _item.__class__ is str
                else None
            )
            or ItemSummaryByMarketplaceStatusItem(_item)
            for _item in _status
        ]

        asin = d.pop("asin", UNSET)

        if _reader is not None and asin.__class__ is not str and asin is not UNSET:
            raise DeviationError("asin")

        _condition_type = d.pop("conditionType", UNSET)
        condition_type = (
            UNSET
            if _condition_type is UNSET
            else (
                ItemSummaryByMarketplaceConditionType._value2member_map_.get(
                    _condition_type
                )
                if _condition_type.__class__ is str
                else None
            )
            or ItemSummaryByMarketplaceConditionType(_condition_type)
        )

        fn_sku = d.pop("fnSku", UNSET)

        if _reader is not None and fn_sku.__class__ is not str and fn_sku is not UNSET:
            raise DeviationError("fnSku")

        item_name = d.pop("itemName", UNSET)

        if (
            _reader is not None
            and item_name.__class__ is not str
            and item_name is not UNSET
        ):
            raise DeviationError("itemName")

        _main_image = d.pop("mainImage", UNSET)
        main_image = UNSET if _main_image is UNSET else ItemImage.from_dict(_main_image)

        if cls is ItemSummaryByMarketplace:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.created_date = created_date
            _built.last_updated_date = last_updated_date
            _built.marketplace_id = marketplace_id
            _built.product_type = product_type
            _built.status = status
            _built.asin = asin
            _built.condition_type = condition_type
            _built.fn_sku = fn_sku
            _built.item_name = item_name
            _built.main_image = main_image
            _built._parse_notes = None
            item_summary_by_marketplace = _built
        else:  # a subclass: its own __init__ runs
            item_summary_by_marketplace = cls(
                created_date=created_date,
                last_updated_date=last_updated_date,
                marketplace_id=marketplace_id,
                product_type=product_type,
                status=status,
                asin=asin,
                condition_type=condition_type,
                fn_sku=fn_sku,
                item_name=item_name,
                main_image=main_image,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        item_summary_by_marketplace.additional_properties = d or {}
        return item_summary_by_marketplace

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
