from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_component import ImageComponent
    from ..models.plain_text_item import PlainTextItem


T = TypeVar("T", bound="StandardComparisonProductBlock")


@_attrs_define
class StandardComparisonProductBlock:
    """
    Attributes:
        position (int):
        asin (str | Unset):
        highlight (bool | Unset):
        image (ImageComponent | Unset):
        metrics (list[PlainTextItem] | Unset):
        title (str | Unset):
    """

    position: int
    asin: str | Unset = UNSET
    highlight: bool | Unset = UNSET
    image: ImageComponent | Unset = UNSET
    metrics: list[PlainTextItem] | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position = self.position

        asin = self.asin

        highlight = self.highlight

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        metrics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = []
            for metrics_item_data in self.metrics:
                metrics_item = metrics_item_data.to_dict()
                metrics.append(metrics_item)

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "position": position,
            }
        )
        if asin is not UNSET:
            field_dict["asin"] = asin
        if highlight is not UNSET:
            field_dict["highlight"] = highlight
        if image is not UNSET:
            field_dict["image"] = image
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.image_component import ImageComponent
        from ..models.plain_text_item import PlainTextItem

        d = dict(src_dict)
        position = d.pop("position")

        asin = d.pop("asin", UNSET)

        highlight = d.pop("highlight", UNSET)

        _image = d.pop("image", UNSET)
        image: ImageComponent | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = ImageComponent.from_dict(_image)

        _metrics = d.pop("metrics", UNSET)
        metrics: list[PlainTextItem] | Unset = UNSET
        if _metrics is not UNSET:
            metrics = []
            for metrics_item_data in _metrics:
                metrics_item = PlainTextItem.from_dict(metrics_item_data)

                metrics.append(metrics_item)

        title = d.pop("title", UNSET)

        standard_comparison_product_block = cls(
            position=position,
            asin=asin,
            highlight=highlight,
            image=image,
            metrics=metrics,
            title=title,
        )

        standard_comparison_product_block.additional_properties = d
        return standard_comparison_product_block

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
