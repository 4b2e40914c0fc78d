from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductTypeDefinitionsChangeNotificationPayload")


@_attrs_define
class ProductTypeDefinitionsChangeNotificationPayload:
    """
    Attributes:
        account_id (str):
        product_type_version (str):
        marketplace_id (str | Unset):
        new_product_types (list[Any] | Unset):
    """

    account_id: str
    product_type_version: str
    marketplace_id: str | Unset = UNSET
    new_product_types: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        product_type_version = self.product_type_version

        marketplace_id = self.marketplace_id

        new_product_types: list[Any] | Unset = UNSET
        if not isinstance(self.new_product_types, Unset):
            new_product_types = self.new_product_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AccountId": account_id,
                "ProductTypeVersion": product_type_version,
            }
        )
        if marketplace_id is not UNSET:
            field_dict["MarketplaceId"] = marketplace_id
        if new_product_types is not UNSET:
            field_dict["NewProductTypes"] = new_product_types

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_id = d.pop("AccountId")

        product_type_version = d.pop("ProductTypeVersion")

        marketplace_id = d.pop("MarketplaceId", UNSET)

        new_product_types = cast(list[Any], d.pop("NewProductTypes", UNSET))

        product_type_definitions_change_notification_payload = cls(
            account_id=account_id,
            product_type_version=product_type_version,
            marketplace_id=marketplace_id,
            new_product_types=new_product_types,
        )

        product_type_definitions_change_notification_payload.additional_properties = d
        return product_type_definitions_change_notification_payload

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
