from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductTypeVersion")


@_attrs_define
class ProductTypeVersion:
    """
    Attributes:
        latest (bool):
        version (str):
        release_candidate (bool | Unset):
    """

    latest: bool
    version: str
    release_candidate: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        latest = self.latest

        version = self.version

        release_candidate = self.release_candidate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "latest": latest,
                "version": version,
            }
        )
        if release_candidate is not UNSET:
            field_dict["releaseCandidate"] = release_candidate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        latest = d.pop("latest")

        version = d.pop("version")

        release_candidate = d.pop("releaseCandidate", UNSET)

        product_type_version = cls(
            latest=latest,
            version=version,
            release_candidate=release_candidate,
        )

        product_type_version.additional_properties = d
        return product_type_version

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
