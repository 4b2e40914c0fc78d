from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DetailPageTrafficEvent")


@_attrs_define
class DetailPageTrafficEvent:
    """
    Attributes:
        account_id (str):
        marketplace_id (str):
        start_time (datetime.datetime):
        end_time (datetime.datetime):
        asin (str):
        glance_views (int):
    """

    account_id: str
    marketplace_id: str
    start_time: datetime.datetime
    end_time: datetime.datetime
    asin: str
    glance_views: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        marketplace_id = self.marketplace_id

        start_time = self.start_time.isoformat()

        end_time = self.end_time.isoformat()

        asin = self.asin

        glance_views = self.glance_views

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "marketplaceId": marketplace_id,
                "startTime": start_time,
                "endTime": end_time,
                "asin": asin,
                "glanceViews": glance_views,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_id = d.pop("accountId")

        marketplace_id = d.pop("marketplaceId")

        start_time = datetime.datetime.fromisoformat(d.pop("startTime"))

        end_time = datetime.datetime.fromisoformat(d.pop("endTime"))

        asin = d.pop("asin")

        glance_views = d.pop("glanceViews")

        detail_page_traffic_event = cls(
            account_id=account_id,
            marketplace_id=marketplace_id,
            start_time=start_time,
            end_time=end_time,
            asin=asin,
            glance_views=glance_views,
        )

        detail_page_traffic_event.additional_properties = d
        return detail_page_traffic_event

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
