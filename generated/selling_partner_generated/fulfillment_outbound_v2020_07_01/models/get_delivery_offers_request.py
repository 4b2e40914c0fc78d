from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.get_delivery_offers_product import GetDeliveryOffersProduct
    from ..models.get_delivery_offers_terms import GetDeliveryOffersTerms


T = TypeVar("T", bound="GetDeliveryOffersRequest")


@_attrs_define
class GetDeliveryOffersRequest:
    """
    Attributes:
        product (GetDeliveryOffersProduct):
        terms (GetDeliveryOffersTerms):
    """

    product: GetDeliveryOffersProduct
    terms: GetDeliveryOffersTerms
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product = self.product.to_dict()

        terms = self.terms.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product": product,
                "terms": terms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_delivery_offers_product import GetDeliveryOffersProduct
        from ..models.get_delivery_offers_terms import GetDeliveryOffersTerms

        d = dict(src_dict)
        product = GetDeliveryOffersProduct.from_dict(d.pop("product"))

        terms = GetDeliveryOffersTerms.from_dict(d.pop("terms"))

        get_delivery_offers_request = cls(
            product=product,
            terms=terms,
        )

        get_delivery_offers_request.additional_properties = d
        return get_delivery_offers_request

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
