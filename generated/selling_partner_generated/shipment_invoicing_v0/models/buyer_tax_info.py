from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tax_classification import TaxClassification


T = TypeVar("T", bound="BuyerTaxInfo")


@_attrs_define
class BuyerTaxInfo:
    """
    Attributes:
        company_legal_name (str | Unset):
        tax_classifications (list[TaxClassification] | Unset):
        taxing_region (str | Unset):
    """

    company_legal_name: str | Unset = UNSET
    tax_classifications: list[TaxClassification] | Unset = UNSET
    taxing_region: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_legal_name = self.company_legal_name

        tax_classifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_classifications, Unset):
            tax_classifications = []
            for (
                componentsschemas_tax_classification_list_item_data
            ) in self.tax_classifications:
                componentsschemas_tax_classification_list_item = (
                    componentsschemas_tax_classification_list_item_data.to_dict()
                )
                tax_classifications.append(
                    componentsschemas_tax_classification_list_item
                )

        taxing_region = self.taxing_region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_legal_name is not UNSET:
            field_dict["CompanyLegalName"] = company_legal_name
        if tax_classifications is not UNSET:
            field_dict["TaxClassifications"] = tax_classifications
        if taxing_region is not UNSET:
            field_dict["TaxingRegion"] = taxing_region

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tax_classification import TaxClassification

        d = dict(src_dict)
        company_legal_name = d.pop("CompanyLegalName", UNSET)

        _tax_classifications = d.pop("TaxClassifications", UNSET)
        tax_classifications: list[TaxClassification] | Unset = UNSET
        if _tax_classifications is not UNSET:
            tax_classifications = []
            for (
                componentsschemas_tax_classification_list_item_data
            ) in _tax_classifications:
                componentsschemas_tax_classification_list_item = (
                    TaxClassification.from_dict(
                        componentsschemas_tax_classification_list_item_data
                    )
                )

                tax_classifications.append(
                    componentsschemas_tax_classification_list_item
                )

        taxing_region = d.pop("TaxingRegion", UNSET)

        buyer_tax_info = cls(
            company_legal_name=company_legal_name,
            tax_classifications=tax_classifications,
            taxing_region=taxing_region,
        )

        buyer_tax_info.additional_properties = d
        return buyer_tax_info

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
