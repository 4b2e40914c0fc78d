from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order import Order
    from ..models.pagination import Pagination


T = TypeVar("T", bound="SearchOrdersResponse")


@_attrs_define
class SearchOrdersResponse:
    """
    Attributes:
        orders (list[Order]):
        created_before (datetime.datetime | Unset):
        last_updated_before (datetime.datetime | Unset):
        pagination (Pagination | Unset):
    """

    orders: list[Order]
    created_before: datetime.datetime | Unset = UNSET
    last_updated_before: datetime.datetime | Unset = UNSET
    pagination: Pagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        orders = []
        for orders_item_data in self.orders:
            orders_item = orders_item_data.to_dict()
            orders.append(orders_item)

        created_before: str | Unset = UNSET
        if not isinstance(self.created_before, Unset):
            created_before = self.created_before.isoformat()

        last_updated_before: str | Unset = UNSET
        if not isinstance(self.last_updated_before, Unset):
            last_updated_before = self.last_updated_before.isoformat()

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orders": orders,
            }
        )
        if created_before is not UNSET:
            field_dict["createdBefore"] = created_before
        if last_updated_before is not UNSET:
            field_dict["lastUpdatedBefore"] = last_updated_before
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order import Order
        from ..models.pagination import Pagination

        d = dict(src_dict)
        orders = []
        _orders = d.pop("orders")
        for orders_item_data in _orders:
            orders_item = Order.from_dict(orders_item_data)

            orders.append(orders_item)

        _created_before = d.pop("createdBefore", UNSET)
        created_before: datetime.datetime | Unset
        if isinstance(_created_before, Unset):
            created_before = UNSET
        else:
            created_before = datetime.datetime.fromisoformat(_created_before)

        _last_updated_before = d.pop("lastUpdatedBefore", UNSET)
        last_updated_before: datetime.datetime | Unset
        if isinstance(_last_updated_before, Unset):
            last_updated_before = UNSET
        else:
            last_updated_before = datetime.datetime.fromisoformat(_last_updated_before)

        _pagination = d.pop("pagination", UNSET)
        pagination: Pagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = Pagination.from_dict(_pagination)

        search_orders_response = cls(
            orders=orders,
            created_before=created_before,
            last_updated_before=last_updated_before,
            pagination=pagination,
        )

        search_orders_response.additional_properties = d
        return search_orders_response

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
