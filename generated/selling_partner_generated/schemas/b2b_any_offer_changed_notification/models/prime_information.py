from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PrimeInformation")


@_attrs_define
class PrimeInformation:
    """
    Attributes:
        is_prime (bool):
        is_national_prime (bool):
    """

    is_prime: bool
    is_national_prime: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_prime = self.is_prime

        is_national_prime = self.is_national_prime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "IsPrime": is_prime,
                "IsNationalPrime": is_national_prime,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_prime = d.pop("IsPrime")

        is_national_prime = d.pop("IsNationalPrime")

        prime_information = cls(
            is_prime=is_prime,
            is_national_prime=is_national_prime,
        )

        prime_information.additional_properties = d
        return prime_information

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
