from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_module_type import ContentModuleType
from ..types import (
    FAST,
    READER,
    UNSET,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.standard_company_logo_module import StandardCompanyLogoModule
    from ..models.standard_comparison_table_module import StandardComparisonTableModule
    from ..models.standard_four_image_text_module import StandardFourImageTextModule
    from ..models.standard_four_image_text_quadrant_module import (
        StandardFourImageTextQuadrantModule,
    )
    from ..models.standard_header_image_text_module import StandardHeaderImageTextModule
    from ..models.standard_image_sidebar_module import StandardImageSidebarModule
    from ..models.standard_image_text_overlay_module import (
        StandardImageTextOverlayModule,
    )
    from ..models.standard_multiple_image_text_module import (
        StandardMultipleImageTextModule,
    )
    from ..models.standard_product_description_module import (
        StandardProductDescriptionModule,
    )
    from ..models.standard_single_image_highlights_module import (
        StandardSingleImageHighlightsModule,
    )
    from ..models.standard_single_image_specs_detail_module import (
        StandardSingleImageSpecsDetailModule,
    )
    from ..models.standard_single_side_image_module import StandardSingleSideImageModule
    from ..models.standard_tech_specs_module import StandardTechSpecsModule
    from ..models.standard_text_module import StandardTextModule
    from ..models.standard_three_image_text_module import StandardThreeImageTextModule


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        StandardCompanyLogoModule, \
        StandardComparisonTableModule, \
        StandardFourImageTextModule, \
        StandardFourImageTextQuadrantModule, \
        StandardHeaderImageTextModule, \
        StandardImageSidebarModule, \
        StandardImageTextOverlayModule, \
        StandardMultipleImageTextModule, \
        StandardProductDescriptionModule, \
        StandardSingleImageHighlightsModule, \
        StandardSingleImageSpecsDetailModule, \
        StandardSingleSideImageModule, \
        StandardTechSpecsModule, \
        StandardTextModule, \
        StandardThreeImageTextModule
    from ..models.standard_company_logo_module import StandardCompanyLogoModule
    from ..models.standard_comparison_table_module import StandardComparisonTableModule
    from ..models.standard_four_image_text_module import StandardFourImageTextModule
    from ..models.standard_four_image_text_quadrant_module import (
        StandardFourImageTextQuadrantModule,
    )
    from ..models.standard_header_image_text_module import StandardHeaderImageTextModule
    from ..models.standard_image_sidebar_module import StandardImageSidebarModule
    from ..models.standard_image_text_overlay_module import (
        StandardImageTextOverlayModule,
    )
    from ..models.standard_multiple_image_text_module import (
        StandardMultipleImageTextModule,
    )
    from ..models.standard_product_description_module import (
        StandardProductDescriptionModule,
    )
    from ..models.standard_single_image_highlights_module import (
        StandardSingleImageHighlightsModule,
    )
    from ..models.standard_single_image_specs_detail_module import (
        StandardSingleImageSpecsDetailModule,
    )
    from ..models.standard_single_side_image_module import StandardSingleSideImageModule
    from ..models.standard_tech_specs_module import StandardTechSpecsModule
    from ..models.standard_text_module import StandardTextModule
    from ..models.standard_three_image_text_module import StandardThreeImageTextModule

    _lazy_pending = False


T = TypeVar("T", bound="ContentModule")


@_attrs_define
class ContentModule:
    """
    Attributes:
        content_module_type (ContentModuleType):
        standard_company_logo (StandardCompanyLogoModule | Unset):
        standard_comparison_table (StandardComparisonTableModule | Unset):
        standard_four_image_text (StandardFourImageTextModule | Unset):
        standard_four_image_text_quadrant (StandardFourImageTextQuadrantModule | Unset):
        standard_header_image_text (StandardHeaderImageTextModule | Unset):
        standard_image_sidebar (StandardImageSidebarModule | Unset):
        standard_image_text_overlay (StandardImageTextOverlayModule | Unset):
        standard_multiple_image_text (StandardMultipleImageTextModule | Unset):
        standard_product_description (StandardProductDescriptionModule | Unset):
        standard_single_image_highlights (StandardSingleImageHighlightsModule | Unset):
        standard_single_image_specs_detail (StandardSingleImageSpecsDetailModule | Unset):
        standard_single_side_image (StandardSingleSideImageModule | Unset):
        standard_tech_specs (StandardTechSpecsModule | Unset):
        standard_text (StandardTextModule | Unset):
        standard_three_image_text (StandardThreeImageTextModule | Unset):
    """

    content_module_type: ContentModuleType
    standard_company_logo: StandardCompanyLogoModule | Unset = UNSET
    standard_comparison_table: StandardComparisonTableModule | Unset = UNSET
    standard_four_image_text: StandardFourImageTextModule | Unset = UNSET
    standard_four_image_text_quadrant: StandardFourImageTextQuadrantModule | Unset = (
        UNSET
    )
    standard_header_image_text: StandardHeaderImageTextModule | Unset = UNSET
    standard_image_sidebar: StandardImageSidebarModule | Unset = UNSET
    standard_image_text_overlay: StandardImageTextOverlayModule | Unset = UNSET
    standard_multiple_image_text: StandardMultipleImageTextModule | Unset = UNSET
    standard_product_description: StandardProductDescriptionModule | Unset = UNSET
    standard_single_image_highlights: StandardSingleImageHighlightsModule | Unset = (
        UNSET
    )
    standard_single_image_specs_detail: StandardSingleImageSpecsDetailModule | Unset = (
        UNSET
    )
    standard_single_side_image: StandardSingleSideImageModule | Unset = UNSET
    standard_tech_specs: StandardTechSpecsModule | Unset = UNSET
    standard_text: StandardTextModule | Unset = UNSET
    standard_three_image_text: StandardThreeImageTextModule | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _parse_notes: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def __repr__(self) -> str:
        return model_repr(self)

    def __getattr__(self, name: str) -> Any:
        return absent(self, name)

    def __eq__(self, other: object) -> bool:
        return model_eq(self, other)

    def __getstate__(self) -> dict[str, Any]:
        return model_getstate(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        model_setstate(self, state)

    def to_dict(self) -> dict[str, Any]:
        if self._parse_notes is not None:
            return self._parse_notes.to_dict(self)
        if _lazy_pending:
            _load_lazy()
        content_module_type = self.content_module_type.value

        standard_company_logo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.standard_company_logo, Unset):
            standard_company_logo = self.standard_company_logo.to_dict()

        standard_comparison_table: dict[str, Any] | Unset = UNSET
        if not isinstance(self.standard_comparison_table, Unset):
            standard_comparison_table = self.standard_comparison_table.to_dict()

        standard_four_image_text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.standard_four_image_text, Unset):
            standard_four_image_text = self.standard_four_image_text.to_dict()

        standard_four_image_text_quadrant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.standard_four_image_text_quadrant, Unset):
            standard_four_image_text_quadrant = (
                self.standard_four_image_text_quadrant.to_dict()
            )

        standard_header_image_text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.standard_header_image_text, Unset):
            standard_header_image_text = self.standard_header_image_text.to_dict()

        standard_image_sidebar: dict[str, Any] | Unset = UNSET
        if not isinstance(self.standard_image_sidebar, Unset):
            standard_image_sidebar = self.standard_image_sidebar.to_dict()

        standard_image_text_overlay: dict[str, Any] | Unset = UNSET
        if not isinstance(self.standard_image_text_overlay, Unset):
            standard_image_text_overlay = self.standard_image_text_overlay.to_dict()

        standard_multiple_image_text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.standard_multiple_image_text, Unset):
            standard_multiple_image_text = self.standard_multiple_image_text.to_dict()

        standard_product_description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.standard_product_description, Unset):
            standard_product_description = self.standard_product_description.to_dict()

        standard_single_image_highlights: dict[str, Any] | Unset = UNSET
        if not isinstance(self.standard_single_image_highlights, Unset):
            standard_single_image_highlights = (
                self.standard_single_image_highlights.to_dict()
            )

        standard_single_image_specs_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.standard_single_image_specs_detail, Unset):
            standard_single_image_specs_detail = (
                self.standard_single_image_specs_detail.to_dict()
            )

        standard_single_side_image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.standard_single_side_image, Unset):
            standard_single_side_image = self.standard_single_side_image.to_dict()

        standard_tech_specs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.standard_tech_specs, Unset):
            standard_tech_specs = self.standard_tech_specs.to_dict()

        standard_text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.standard_text, Unset):
            standard_text = self.standard_text.to_dict()

        standard_three_image_text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.standard_three_image_text, Unset):
            standard_three_image_text = self.standard_three_image_text.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contentModuleType": content_module_type,
            }
        )
        if standard_company_logo is not UNSET:
            field_dict["standardCompanyLogo"] = standard_company_logo
        if standard_comparison_table is not UNSET:
            field_dict["standardComparisonTable"] = standard_comparison_table
        if standard_four_image_text is not UNSET:
            field_dict["standardFourImageText"] = standard_four_image_text
        if standard_four_image_text_quadrant is not UNSET:
            field_dict["standardFourImageTextQuadrant"] = (
                standard_four_image_text_quadrant
            )
        if standard_header_image_text is not UNSET:
            field_dict["standardHeaderImageText"] = standard_header_image_text
        if standard_image_sidebar is not UNSET:
            field_dict["standardImageSidebar"] = standard_image_sidebar
        if standard_image_text_overlay is not UNSET:
            field_dict["standardImageTextOverlay"] = standard_image_text_overlay
        if standard_multiple_image_text is not UNSET:
            field_dict["standardMultipleImageText"] = standard_multiple_image_text
        if standard_product_description is not UNSET:
            field_dict["standardProductDescription"] = standard_product_description
        if standard_single_image_highlights is not UNSET:
            field_dict["standardSingleImageHighlights"] = (
                standard_single_image_highlights
            )
        if standard_single_image_specs_detail is not UNSET:
            field_dict["standardSingleImageSpecsDetail"] = (
                standard_single_image_specs_detail
            )
        if standard_single_side_image is not UNSET:
            field_dict["standardSingleSideImage"] = standard_single_side_image
        if standard_tech_specs is not UNSET:
            field_dict["standardTechSpecs"] = standard_tech_specs
        if standard_text is not UNSET:
            field_dict["standardText"] = standard_text
        if standard_three_image_text is not UNSET:
            field_dict["standardThreeImageText"] = standard_three_image_text

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.standard_company_logo_module import StandardCompanyLogoModule
        from ..models.standard_comparison_table_module import (
            StandardComparisonTableModule,
        )
        from ..models.standard_four_image_text_module import StandardFourImageTextModule
        from ..models.standard_four_image_text_quadrant_module import (
            StandardFourImageTextQuadrantModule,
        )
        from ..models.standard_header_image_text_module import (
            StandardHeaderImageTextModule,
        )
        from ..models.standard_image_sidebar_module import StandardImageSidebarModule
        from ..models.standard_image_text_overlay_module import (
            StandardImageTextOverlayModule,
        )
        from ..models.standard_multiple_image_text_module import (
            StandardMultipleImageTextModule,
        )
        from ..models.standard_product_description_module import (
            StandardProductDescriptionModule,
        )
        from ..models.standard_single_image_highlights_module import (
            StandardSingleImageHighlightsModule,
        )
        from ..models.standard_single_image_specs_detail_module import (
            StandardSingleImageSpecsDetailModule,
        )
        from ..models.standard_single_side_image_module import (
            StandardSingleSideImageModule,
        )
        from ..models.standard_tech_specs_module import StandardTechSpecsModule
        from ..models.standard_text_module import StandardTextModule
        from ..models.standard_three_image_text_module import (
            StandardThreeImageTextModule,
        )

        return (
            (
                (
                    "contentModuleType",
                    "content_module_type",
                    True,
                    ("enum", ContentModuleType),
                ),
                (
                    "standardCompanyLogo",
                    "standard_company_logo",
                    False,
                    ("model", StandardCompanyLogoModule),
                ),
                (
                    "standardComparisonTable",
                    "standard_comparison_table",
                    False,
                    ("model", StandardComparisonTableModule),
                ),
                (
                    "standardFourImageText",
                    "standard_four_image_text",
                    False,
                    ("model", StandardFourImageTextModule),
                ),
                (
                    "standardFourImageTextQuadrant",
                    "standard_four_image_text_quadrant",
                    False,
                    ("model", StandardFourImageTextQuadrantModule),
                ),
                (
                    "standardHeaderImageText",
                    "standard_header_image_text",
                    False,
                    ("model", StandardHeaderImageTextModule),
                ),
                (
                    "standardImageSidebar",
                    "standard_image_sidebar",
                    False,
                    ("model", StandardImageSidebarModule),
                ),
                (
                    "standardImageTextOverlay",
                    "standard_image_text_overlay",
                    False,
                    ("model", StandardImageTextOverlayModule),
                ),
                (
                    "standardMultipleImageText",
                    "standard_multiple_image_text",
                    False,
                    ("model", StandardMultipleImageTextModule),
                ),
                (
                    "standardProductDescription",
                    "standard_product_description",
                    False,
                    ("model", StandardProductDescriptionModule),
                ),
                (
                    "standardSingleImageHighlights",
                    "standard_single_image_highlights",
                    False,
                    ("model", StandardSingleImageHighlightsModule),
                ),
                (
                    "standardSingleImageSpecsDetail",
                    "standard_single_image_specs_detail",
                    False,
                    ("model", StandardSingleImageSpecsDetailModule),
                ),
                (
                    "standardSingleSideImage",
                    "standard_single_side_image",
                    False,
                    ("model", StandardSingleSideImageModule),
                ),
                (
                    "standardTechSpecs",
                    "standard_tech_specs",
                    False,
                    ("model", StandardTechSpecsModule),
                ),
                ("standardText", "standard_text", False, ("model", StandardTextModule)),
                (
                    "standardThreeImageText",
                    "standard_three_image_text",
                    False,
                    ("model", StandardThreeImageTextModule),
                ),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        if _lazy_pending:
            _load_lazy()
        d = dict(src_dict)
        _content_module_type = d.pop("contentModuleType")
        content_module_type = (
            ContentModuleType._value2member_map_.get(_content_module_type)
            if _content_module_type.__class__ is str
            else None
        ) or ContentModuleType(_content_module_type)

        _standard_company_logo = d.pop("standardCompanyLogo", UNSET)
        standard_company_logo = (
            UNSET
            if _standard_company_logo is UNSET
            else StandardCompanyLogoModule.from_dict(_standard_company_logo)
        )

        _standard_comparison_table = d.pop("standardComparisonTable", UNSET)
        standard_comparison_table = (
            UNSET
            if _standard_comparison_table is UNSET
            else StandardComparisonTableModule.from_dict(_standard_comparison_table)
        )

        _standard_four_image_text = d.pop("standardFourImageText", UNSET)
        standard_four_image_text = (
            UNSET
            if _standard_four_image_text is UNSET
            else StandardFourImageTextModule.from_dict(_standard_four_image_text)
        )

        _standard_four_image_text_quadrant = d.pop(
            "standardFourImageTextQuadrant", UNSET
        )
        standard_four_image_text_quadrant = (
            UNSET
            if _standard_four_image_text_quadrant is UNSET
            else StandardFourImageTextQuadrantModule.from_dict(
                _standard_four_image_text_quadrant
            )
        )

        _standard_header_image_text = d.pop("standardHeaderImageText", UNSET)
        standard_header_image_text = (
            UNSET
            if _standard_header_image_text is UNSET
            else StandardHeaderImageTextModule.from_dict(_standard_header_image_text)
        )

        _standard_image_sidebar = d.pop("standardImageSidebar", UNSET)
        standard_image_sidebar = (
            UNSET
            if _standard_image_sidebar is UNSET
            else StandardImageSidebarModule.from_dict(_standard_image_sidebar)
        )

        _standard_image_text_overlay = d.pop("standardImageTextOverlay", UNSET)
        standard_image_text_overlay = (
            UNSET
            if _standard_image_text_overlay is UNSET
            else StandardImageTextOverlayModule.from_dict(_standard_image_text_overlay)
        )

        _standard_multiple_image_text = d.pop("standardMultipleImageText", UNSET)
        standard_multiple_image_text = (
            UNSET
            if _standard_multiple_image_text is UNSET
            else StandardMultipleImageTextModule.from_dict(
                _standard_multiple_image_text
            )
        )

        _standard_product_description = d.pop("standardProductDescription", UNSET)
        standard_product_description = (
            UNSET
            if _standard_product_description is UNSET
            else StandardProductDescriptionModule.from_dict(
                _standard_product_description
            )
        )

        _standard_single_image_highlights = d.pop(
            "standardSingleImageHighlights", UNSET
        )
        standard_single_image_highlights = (
            UNSET
            if _standard_single_image_highlights is UNSET
            else StandardSingleImageHighlightsModule.from_dict(
                _standard_single_image_highlights
            )
        )

        _standard_single_image_specs_detail = d.pop(
            "standardSingleImageSpecsDetail", UNSET
        )
        standard_single_image_specs_detail = (
            UNSET
            if _standard_single_image_specs_detail is UNSET
            else StandardSingleImageSpecsDetailModule.from_dict(
                _standard_single_image_specs_detail
            )
        )

        _standard_single_side_image = d.pop("standardSingleSideImage", UNSET)
        standard_single_side_image = (
            UNSET
            if _standard_single_side_image is UNSET
            else StandardSingleSideImageModule.from_dict(_standard_single_side_image)
        )

        _standard_tech_specs = d.pop("standardTechSpecs", UNSET)
        standard_tech_specs = (
            UNSET
            if _standard_tech_specs is UNSET
            else StandardTechSpecsModule.from_dict(_standard_tech_specs)
        )

        _standard_text = d.pop("standardText", UNSET)
        standard_text = (
            UNSET
            if _standard_text is UNSET
            else StandardTextModule.from_dict(_standard_text)
        )

        _standard_three_image_text = d.pop("standardThreeImageText", UNSET)
        standard_three_image_text = (
            UNSET
            if _standard_three_image_text is UNSET
            else StandardThreeImageTextModule.from_dict(_standard_three_image_text)
        )

        if cls is ContentModule:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.content_module_type = content_module_type
            _built.standard_company_logo = standard_company_logo
            _built.standard_comparison_table = standard_comparison_table
            _built.standard_four_image_text = standard_four_image_text
            _built.standard_four_image_text_quadrant = standard_four_image_text_quadrant
            _built.standard_header_image_text = standard_header_image_text
            _built.standard_image_sidebar = standard_image_sidebar
            _built.standard_image_text_overlay = standard_image_text_overlay
            _built.standard_multiple_image_text = standard_multiple_image_text
            _built.standard_product_description = standard_product_description
            _built.standard_single_image_highlights = standard_single_image_highlights
            _built.standard_single_image_specs_detail = (
                standard_single_image_specs_detail
            )
            _built.standard_single_side_image = standard_single_side_image
            _built.standard_tech_specs = standard_tech_specs
            _built.standard_text = standard_text
            _built.standard_three_image_text = standard_three_image_text
            _built._parse_notes = None
            content_module = _built
        else:  # a subclass: its own __init__ runs
            content_module = cls(
                content_module_type=content_module_type,
                standard_company_logo=standard_company_logo,
                standard_comparison_table=standard_comparison_table,
                standard_four_image_text=standard_four_image_text,
                standard_four_image_text_quadrant=standard_four_image_text_quadrant,
                standard_header_image_text=standard_header_image_text,
                standard_image_sidebar=standard_image_sidebar,
                standard_image_text_overlay=standard_image_text_overlay,
                standard_multiple_image_text=standard_multiple_image_text,
                standard_product_description=standard_product_description,
                standard_single_image_highlights=standard_single_image_highlights,
                standard_single_image_specs_detail=standard_single_image_specs_detail,
                standard_single_side_image=standard_single_side_image,
                standard_tech_specs=standard_tech_specs,
                standard_text=standard_text,
                standard_three_image_text=standard_three_image_text,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        content_module.additional_properties = d or {}
        return content_module

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
