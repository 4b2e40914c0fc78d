from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.document_download import DocumentDownload


T = TypeVar("T", bound="CreateMarketplaceItemLabelsResponse")


@_attrs_define
class CreateMarketplaceItemLabelsResponse:
    """
    Attributes:
        document_downloads (list[DocumentDownload]):
    """

    document_downloads: list[DocumentDownload]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_downloads = []
        for document_downloads_item_data in self.document_downloads:
            document_downloads_item = document_downloads_item_data.to_dict()
            document_downloads.append(document_downloads_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "documentDownloads": document_downloads,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.document_download import DocumentDownload

        d = dict(src_dict)
        document_downloads = []
        _document_downloads = d.pop("documentDownloads")
        for document_downloads_item_data in _document_downloads:
            document_downloads_item = DocumentDownload.from_dict(
                document_downloads_item_data
            )

            document_downloads.append(document_downloads_item)

        create_marketplace_item_labels_response = cls(
            document_downloads=document_downloads,
        )

        create_marketplace_item_labels_response.additional_properties = d
        return create_marketplace_item_labels_response

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
