from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_label_page_type import ItemLabelPageType
from ..models.label_print_type import LabelPrintType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.msku_quantity import MskuQuantity


T = TypeVar("T", bound="CreateMarketplaceItemLabelsRequest")


@_attrs_define
class CreateMarketplaceItemLabelsRequest:
    """
    Attributes:
        label_type (LabelPrintType):
        marketplace_id (str):
        msku_quantities (list[MskuQuantity]):
        height (float | Unset):
        locale_code (str | Unset):  Default: 'en_US'.
        page_type (ItemLabelPageType | Unset):
        width (float | Unset):
    """

    label_type: LabelPrintType
    marketplace_id: str
    msku_quantities: list[MskuQuantity]
    height: float | Unset = UNSET
    locale_code: str | Unset = "en_US"
    page_type: ItemLabelPageType | Unset = UNSET
    width: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label_type = self.label_type.value

        marketplace_id = self.marketplace_id

        msku_quantities = []
        for msku_quantities_item_data in self.msku_quantities:
            msku_quantities_item = msku_quantities_item_data.to_dict()
            msku_quantities.append(msku_quantities_item)

        height = self.height

        locale_code = self.locale_code

        page_type: str | Unset = UNSET
        if not isinstance(self.page_type, Unset):
            page_type = self.page_type.value

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "labelType": label_type,
                "marketplaceId": marketplace_id,
                "mskuQuantities": msku_quantities,
            }
        )
        if height is not UNSET:
            field_dict["height"] = height
        if locale_code is not UNSET:
            field_dict["localeCode"] = locale_code
        if page_type is not UNSET:
            field_dict["pageType"] = page_type
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.msku_quantity import MskuQuantity

        d = dict(src_dict)
        label_type = LabelPrintType(d.pop("labelType"))

        marketplace_id = d.pop("marketplaceId")

        msku_quantities = []
        _msku_quantities = d.pop("mskuQuantities")
        for msku_quantities_item_data in _msku_quantities:
            msku_quantities_item = MskuQuantity.from_dict(msku_quantities_item_data)

            msku_quantities.append(msku_quantities_item)

        height = d.pop("height", UNSET)

        locale_code = d.pop("localeCode", UNSET)

        _page_type = d.pop("pageType", UNSET)
        page_type: ItemLabelPageType | Unset
        if isinstance(_page_type, Unset):
            page_type = UNSET
        else:
            page_type = ItemLabelPageType(_page_type)

        width = d.pop("width", UNSET)

        create_marketplace_item_labels_request = cls(
            label_type=label_type,
            marketplace_id=marketplace_id,
            msku_quantities=msku_quantities,
            height=height,
            locale_code=locale_code,
            page_type=page_type,
            width=width,
        )

        create_marketplace_item_labels_request.additional_properties = d
        return create_marketplace_item_labels_request

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
