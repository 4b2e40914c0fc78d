from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.service_rate import ServiceRate


T = TypeVar("T", bound="GetRatesResult")


@_attrs_define
class GetRatesResult:
    """
    Attributes:
        service_rates (list[ServiceRate]):
    """

    service_rates: list[ServiceRate]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_rates = []
        for componentsschemas_service_rate_list_item_data in self.service_rates:
            componentsschemas_service_rate_list_item = (
                componentsschemas_service_rate_list_item_data.to_dict()
            )
            service_rates.append(componentsschemas_service_rate_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "serviceRates": service_rates,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.service_rate import ServiceRate

        d = dict(src_dict)
        service_rates = []
        _service_rates = d.pop("serviceRates")
        for componentsschemas_service_rate_list_item_data in _service_rates:
            componentsschemas_service_rate_list_item = ServiceRate.from_dict(
                componentsschemas_service_rate_list_item_data
            )

            service_rates.append(componentsschemas_service_rate_list_item)

        get_rates_result = cls(
            service_rates=service_rates,
        )

        get_rates_result.additional_properties = d
        return get_rates_result

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
