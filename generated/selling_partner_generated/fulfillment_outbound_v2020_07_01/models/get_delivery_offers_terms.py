from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.destination import Destination
    from ..models.origin import Origin


T = TypeVar("T", bound="GetDeliveryOffersTerms")


@_attrs_define
class GetDeliveryOffersTerms:
    """
    Attributes:
        destination (Destination):
        origin (Origin):
    """

    destination: Destination
    origin: Origin
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination = self.destination.to_dict()

        origin = self.origin.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destination": destination,
                "origin": origin,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.destination import Destination
        from ..models.origin import Origin

        d = dict(src_dict)
        destination = Destination.from_dict(d.pop("destination"))

        origin = Origin.from_dict(d.pop("origin"))

        get_delivery_offers_terms = cls(
            destination=destination,
            origin=origin,
        )

        get_delivery_offers_terms.additional_properties = d
        return get_delivery_offers_terms

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
