"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .aplus_paginated_response import AplusPaginatedResponse
    from .aplus_response import AplusResponse
    from .asin_badge import AsinBadge
    from .asin_metadata import AsinMetadata
    from .color_type import ColorType
    from .content_badge import ContentBadge
    from .content_document import ContentDocument
    from .content_metadata import ContentMetadata
    from .content_metadata_record import ContentMetadataRecord
    from .content_module import ContentModule
    from .content_module_type import ContentModuleType
    from .content_record import ContentRecord
    from .content_status import ContentStatus
    from .content_type import ContentType
    from .decorator import Decorator
    from .decorator_type import DecoratorType
    from .error import Error
    from .error_list import ErrorList
    from .get_content_document_included_data_set_item import (
        GetContentDocumentIncludedDataSetItem,
    )
    from .get_content_document_response import GetContentDocumentResponse
    from .image_component import ImageComponent
    from .image_crop_specification import ImageCropSpecification
    from .image_dimensions import ImageDimensions
    from .image_offsets import ImageOffsets
    from .integer_with_units import IntegerWithUnits
    from .list_content_document_asin_relations_included_data_set_item import (
        ListContentDocumentAsinRelationsIncludedDataSetItem,
    )
    from .list_content_document_asin_relations_response import (
        ListContentDocumentAsinRelationsResponse,
    )
    from .paragraph_component import ParagraphComponent
    from .plain_text_item import PlainTextItem
    from .position_type import PositionType
    from .post_content_document_asin_relations_request import (
        PostContentDocumentAsinRelationsRequest,
    )
    from .post_content_document_request import PostContentDocumentRequest
    from .post_content_document_response import PostContentDocumentResponse
    from .publish_record import PublishRecord
    from .search_content_documents_response import SearchContentDocumentsResponse
    from .search_content_publish_records_response import (
        SearchContentPublishRecordsResponse,
    )
    from .standard_company_logo_module import StandardCompanyLogoModule
    from .standard_comparison_product_block import StandardComparisonProductBlock
    from .standard_comparison_table_module import StandardComparisonTableModule
    from .standard_four_image_text_module import StandardFourImageTextModule
    from .standard_four_image_text_quadrant_module import (
        StandardFourImageTextQuadrantModule,
    )
    from .standard_header_image_text_module import StandardHeaderImageTextModule
    from .standard_header_text_list_block import StandardHeaderTextListBlock
    from .standard_image_caption_block import StandardImageCaptionBlock
    from .standard_image_sidebar_module import StandardImageSidebarModule
    from .standard_image_text_block import StandardImageTextBlock
    from .standard_image_text_caption_block import StandardImageTextCaptionBlock
    from .standard_image_text_overlay_module import StandardImageTextOverlayModule
    from .standard_multiple_image_text_module import StandardMultipleImageTextModule
    from .standard_product_description_module import StandardProductDescriptionModule
    from .standard_single_image_highlights_module import (
        StandardSingleImageHighlightsModule,
    )
    from .standard_single_image_specs_detail_module import (
        StandardSingleImageSpecsDetailModule,
    )
    from .standard_single_side_image_module import StandardSingleSideImageModule
    from .standard_tech_specs_module import StandardTechSpecsModule
    from .standard_text_block import StandardTextBlock
    from .standard_text_list_block import StandardTextListBlock
    from .standard_text_module import StandardTextModule
    from .standard_text_pair_block import StandardTextPairBlock
    from .standard_three_image_text_module import StandardThreeImageTextModule
    from .text_component import TextComponent
    from .text_item import TextItem
    from .validate_content_document_asin_relations_response import (
        ValidateContentDocumentAsinRelationsResponse,
    )

_MODULES: dict[str, str] = {
    "AplusPaginatedResponse": ".aplus_paginated_response",
    "AplusResponse": ".aplus_response",
    "AsinBadge": ".asin_badge",
    "AsinMetadata": ".asin_metadata",
    "ColorType": ".color_type",
    "ContentBadge": ".content_badge",
    "ContentDocument": ".content_document",
    "ContentMetadata": ".content_metadata",
    "ContentMetadataRecord": ".content_metadata_record",
    "ContentModule": ".content_module",
    "ContentModuleType": ".content_module_type",
    "ContentRecord": ".content_record",
    "ContentStatus": ".content_status",
    "ContentType": ".content_type",
    "Decorator": ".decorator",
    "DecoratorType": ".decorator_type",
    "Error": ".error",
    "ErrorList": ".error_list",
    "GetContentDocumentIncludedDataSetItem": ".get_content_document_included_data_set_item",
    "GetContentDocumentResponse": ".get_content_document_response",
    "ImageComponent": ".image_component",
    "ImageCropSpecification": ".image_crop_specification",
    "ImageDimensions": ".image_dimensions",
    "ImageOffsets": ".image_offsets",
    "IntegerWithUnits": ".integer_with_units",
    "ListContentDocumentAsinRelationsIncludedDataSetItem": ".list_content_document_asin_relations_included_data_set_item",
    "ListContentDocumentAsinRelationsResponse": ".list_content_document_asin_relations_response",
    "ParagraphComponent": ".paragraph_component",
    "PlainTextItem": ".plain_text_item",
    "PositionType": ".position_type",
    "PostContentDocumentAsinRelationsRequest": ".post_content_document_asin_relations_request",
    "PostContentDocumentRequest": ".post_content_document_request",
    "PostContentDocumentResponse": ".post_content_document_response",
    "PublishRecord": ".publish_record",
    "SearchContentDocumentsResponse": ".search_content_documents_response",
    "SearchContentPublishRecordsResponse": ".search_content_publish_records_response",
    "StandardCompanyLogoModule": ".standard_company_logo_module",
    "StandardComparisonProductBlock": ".standard_comparison_product_block",
    "StandardComparisonTableModule": ".standard_comparison_table_module",
    "StandardFourImageTextModule": ".standard_four_image_text_module",
    "StandardFourImageTextQuadrantModule": ".standard_four_image_text_quadrant_module",
    "StandardHeaderImageTextModule": ".standard_header_image_text_module",
    "StandardHeaderTextListBlock": ".standard_header_text_list_block",
    "StandardImageCaptionBlock": ".standard_image_caption_block",
    "StandardImageSidebarModule": ".standard_image_sidebar_module",
    "StandardImageTextBlock": ".standard_image_text_block",
    "StandardImageTextCaptionBlock": ".standard_image_text_caption_block",
    "StandardImageTextOverlayModule": ".standard_image_text_overlay_module",
    "StandardMultipleImageTextModule": ".standard_multiple_image_text_module",
    "StandardProductDescriptionModule": ".standard_product_description_module",
    "StandardSingleImageHighlightsModule": ".standard_single_image_highlights_module",
    "StandardSingleImageSpecsDetailModule": ".standard_single_image_specs_detail_module",
    "StandardSingleSideImageModule": ".standard_single_side_image_module",
    "StandardTechSpecsModule": ".standard_tech_specs_module",
    "StandardTextBlock": ".standard_text_block",
    "StandardTextListBlock": ".standard_text_list_block",
    "StandardTextModule": ".standard_text_module",
    "StandardTextPairBlock": ".standard_text_pair_block",
    "StandardThreeImageTextModule": ".standard_three_image_text_module",
    "TextComponent": ".text_component",
    "TextItem": ".text_item",
    "ValidateContentDocumentAsinRelationsResponse": ".validate_content_document_asin_relations_response",
}

__all__ = (
    "AplusPaginatedResponse",
    "AplusResponse",
    "AsinBadge",
    "AsinMetadata",
    "ColorType",
    "ContentBadge",
    "ContentDocument",
    "ContentMetadata",
    "ContentMetadataRecord",
    "ContentModule",
    "ContentModuleType",
    "ContentRecord",
    "ContentStatus",
    "ContentType",
    "Decorator",
    "DecoratorType",
    "Error",
    "ErrorList",
    "GetContentDocumentIncludedDataSetItem",
    "GetContentDocumentResponse",
    "ImageComponent",
    "ImageCropSpecification",
    "ImageDimensions",
    "ImageOffsets",
    "IntegerWithUnits",
    "ListContentDocumentAsinRelationsIncludedDataSetItem",
    "ListContentDocumentAsinRelationsResponse",
    "ParagraphComponent",
    "PlainTextItem",
    "PositionType",
    "PostContentDocumentAsinRelationsRequest",
    "PostContentDocumentRequest",
    "PostContentDocumentResponse",
    "PublishRecord",
    "SearchContentDocumentsResponse",
    "SearchContentPublishRecordsResponse",
    "StandardCompanyLogoModule",
    "StandardComparisonProductBlock",
    "StandardComparisonTableModule",
    "StandardFourImageTextModule",
    "StandardFourImageTextQuadrantModule",
    "StandardHeaderImageTextModule",
    "StandardHeaderTextListBlock",
    "StandardImageCaptionBlock",
    "StandardImageSidebarModule",
    "StandardImageTextBlock",
    "StandardImageTextCaptionBlock",
    "StandardImageTextOverlayModule",
    "StandardMultipleImageTextModule",
    "StandardProductDescriptionModule",
    "StandardSingleImageHighlightsModule",
    "StandardSingleImageSpecsDetailModule",
    "StandardSingleSideImageModule",
    "StandardTechSpecsModule",
    "StandardTextBlock",
    "StandardTextListBlock",
    "StandardTextModule",
    "StandardTextPairBlock",
    "StandardThreeImageTextModule",
    "TextComponent",
    "TextItem",
    "ValidateContentDocumentAsinRelationsResponse",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
