from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.address import Address


T = TypeVar("T", bound="InboundPlanSummary")


@_attrs_define
class InboundPlanSummary:
    """
    Attributes:
        created_at (datetime.datetime):
        inbound_plan_id (str):
        last_updated_at (datetime.datetime):
        marketplace_ids (list[str]):
        name (str):
        source_address (Address):
        status (str):
    """

    created_at: datetime.datetime
    inbound_plan_id: str
    last_updated_at: datetime.datetime
    marketplace_ids: list[str]
    name: str
    source_address: Address
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        inbound_plan_id = self.inbound_plan_id

        last_updated_at = self.last_updated_at.isoformat()

        marketplace_ids = self.marketplace_ids

        name = self.name

        source_address = self.source_address.to_dict()

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "inboundPlanId": inbound_plan_id,
                "lastUpdatedAt": last_updated_at,
                "marketplaceIds": marketplace_ids,
                "name": name,
                "sourceAddress": source_address,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.address import Address

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        inbound_plan_id = d.pop("inboundPlanId")

        last_updated_at = datetime.datetime.fromisoformat(d.pop("lastUpdatedAt"))

        marketplace_ids = cast(list[str], d.pop("marketplaceIds"))

        name = d.pop("name")

        source_address = Address.from_dict(d.pop("sourceAddress"))

        status = d.pop("status")

        inbound_plan_summary = cls(
            created_at=created_at,
            inbound_plan_id=inbound_plan_id,
            last_updated_at=last_updated_at,
            marketplace_ids=marketplace_ids,
            name=name,
            source_address=source_address,
            status=status,
        )

        inbound_plan_summary.additional_properties = d
        return inbound_plan_summary

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
