from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_range import DateRange
    from ..models.delivery_policy import DeliveryPolicy


T = TypeVar("T", bound="DeliveryOffer")


@_attrs_define
class DeliveryOffer:
    """
    Attributes:
        date_range (DateRange | Unset):
        expires_at (datetime.datetime | Unset):
        policy (DeliveryPolicy | Unset):
    """

    date_range: DateRange | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    policy: DeliveryPolicy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date_range, Unset):
            date_range = self.date_range.to_dict()

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.policy, Unset):
            policy = self.policy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date_range is not UNSET:
            field_dict["dateRange"] = date_range
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if policy is not UNSET:
            field_dict["policy"] = policy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.date_range import DateRange
        from ..models.delivery_policy import DeliveryPolicy

        d = dict(src_dict)
        _date_range = d.pop("dateRange", UNSET)
        date_range: DateRange | Unset
        if isinstance(_date_range, Unset):
            date_range = UNSET
        else:
            date_range = DateRange.from_dict(_date_range)

        _expires_at = d.pop("expiresAt", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        _policy = d.pop("policy", UNSET)
        policy: DeliveryPolicy | Unset
        if isinstance(_policy, Unset):
            policy = UNSET
        else:
            policy = DeliveryPolicy.from_dict(_policy)

        delivery_offer = cls(
            date_range=date_range,
            expires_at=expires_at,
            policy=policy,
        )

        delivery_offer.additional_properties = d
        return delivery_offer

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
