from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tax_details import TaxDetails


T = TypeVar("T", bound="ComplianceDetail")


@_attrs_define
class ComplianceDetail:
    """
    Attributes:
        asin (str | Unset):
        fnsku (str | Unset):
        msku (str | Unset):
        tax_details (TaxDetails | Unset):
    """

    asin: str | Unset = UNSET
    fnsku: str | Unset = UNSET
    msku: str | Unset = UNSET
    tax_details: TaxDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asin = self.asin

        fnsku = self.fnsku

        msku = self.msku

        tax_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_details, Unset):
            tax_details = self.tax_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asin is not UNSET:
            field_dict["asin"] = asin
        if fnsku is not UNSET:
            field_dict["fnsku"] = fnsku
        if msku is not UNSET:
            field_dict["msku"] = msku
        if tax_details is not UNSET:
            field_dict["taxDetails"] = tax_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tax_details import TaxDetails

        d = dict(src_dict)
        asin = d.pop("asin", UNSET)

        fnsku = d.pop("fnsku", UNSET)

        msku = d.pop("msku", UNSET)

        _tax_details = d.pop("taxDetails", UNSET)
        tax_details: TaxDetails | Unset
        if isinstance(_tax_details, Unset):
            tax_details = UNSET
        else:
            tax_details = TaxDetails.from_dict(_tax_details)

        compliance_detail = cls(
            asin=asin,
            fnsku=fnsku,
            msku=msku,
            tax_details=tax_details,
        )

        compliance_detail.additional_properties = d
        return compliance_detail

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
