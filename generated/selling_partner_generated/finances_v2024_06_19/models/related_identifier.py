from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.related_identifier_related_identifier_name import (
    RelatedIdentifierRelatedIdentifierName,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RelatedIdentifier")


@_attrs_define
class RelatedIdentifier:
    """
    Attributes:
        related_identifier_name (RelatedIdentifierRelatedIdentifierName | Unset):
        related_identifier_value (str | Unset):
    """

    related_identifier_name: RelatedIdentifierRelatedIdentifierName | Unset = UNSET
    related_identifier_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        related_identifier_name: str | Unset = UNSET
        if not isinstance(self.related_identifier_name, Unset):
            related_identifier_name = self.related_identifier_name.value

        related_identifier_value = self.related_identifier_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if related_identifier_name is not UNSET:
            field_dict["relatedIdentifierName"] = related_identifier_name
        if related_identifier_value is not UNSET:
            field_dict["relatedIdentifierValue"] = related_identifier_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _related_identifier_name = d.pop("relatedIdentifierName", UNSET)
        related_identifier_name: RelatedIdentifierRelatedIdentifierName | Unset
        if isinstance(_related_identifier_name, Unset):
            related_identifier_name = UNSET
        else:
            related_identifier_name = RelatedIdentifierRelatedIdentifierName(
                _related_identifier_name
            )

        related_identifier_value = d.pop("relatedIdentifierValue", UNSET)

        related_identifier = cls(
            related_identifier_name=related_identifier_name,
            related_identifier_value=related_identifier_value,
        )

        related_identifier.additional_properties = d
        return related_identifier

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
