from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.schema_link_link import SchemaLinkLink


T = TypeVar("T", bound="SchemaLink")


@_attrs_define
class SchemaLink:
    """
    Attributes:
        checksum (str):
        link (SchemaLinkLink):
    """

    checksum: str
    link: SchemaLinkLink
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checksum = self.checksum

        link = self.link.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checksum": checksum,
                "link": link,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.schema_link_link import SchemaLinkLink

        d = dict(src_dict)
        checksum = d.pop("checksum")

        link = SchemaLinkLink.from_dict(d.pop("link"))

        schema_link = cls(
            checksum=checksum,
            link=link,
        )

        schema_link.additional_properties = d
        return schema_link

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
