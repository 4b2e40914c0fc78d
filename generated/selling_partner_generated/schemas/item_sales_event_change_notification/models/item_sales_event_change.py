from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ItemSalesEventChange")


@_attrs_define
class ItemSalesEventChange:
    """
    Attributes:
        account_id (str):
        marketplace_id (str):
        currency_code (str):
        start_time (datetime.datetime):
        end_time (datetime.datetime):
        asin (str):
        ordered_units (int):
        ordered_revenue (float):
    """

    account_id: str
    marketplace_id: str
    currency_code: str
    start_time: datetime.datetime
    end_time: datetime.datetime
    asin: str
    ordered_units: int
    ordered_revenue: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        marketplace_id = self.marketplace_id

        currency_code = self.currency_code

        start_time = self.start_time.isoformat()

        end_time = self.end_time.isoformat()

        asin = self.asin

        ordered_units = self.ordered_units

        ordered_revenue = self.ordered_revenue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "marketplaceId": marketplace_id,
                "currencyCode": currency_code,
                "startTime": start_time,
                "endTime": end_time,
                "asin": asin,
                "orderedUnits": ordered_units,
                "orderedRevenue": ordered_revenue,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_id = d.pop("accountId")

        marketplace_id = d.pop("marketplaceId")

        currency_code = d.pop("currencyCode")

        start_time = datetime.datetime.fromisoformat(d.pop("startTime"))

        end_time = datetime.datetime.fromisoformat(d.pop("endTime"))

        asin = d.pop("asin")

        ordered_units = d.pop("orderedUnits")

        ordered_revenue = d.pop("orderedRevenue")

        item_sales_event_change = cls(
            account_id=account_id,
            marketplace_id=marketplace_id,
            currency_code=currency_code,
            start_time=start_time,
            end_time=end_time,
            asin=asin,
            ordered_units=ordered_units,
            ordered_revenue=ordered_revenue,
        )

        item_sales_event_change.additional_properties = d
        return item_sales_event_change

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
