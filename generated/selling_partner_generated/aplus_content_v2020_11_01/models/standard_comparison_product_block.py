from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    UNSET,
    DeviationError,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.image_component import ImageComponent
    from ..models.plain_text_item import PlainTextItem


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ImageComponent, PlainTextItem
    from ..models.image_component import ImageComponent
    from ..models.plain_text_item import PlainTextItem

    _lazy_pending = False


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
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.image_component import ImageComponent
        from ..models.plain_text_item import PlainTextItem

        return (
            (
                ("position", "position", True, ("int",)),
                ("asin", "asin", False, ("str",)),
                ("highlight", "highlight", False, ("bool",)),
                ("image", "image", False, ("model", ImageComponent)),
                ("metrics", "metrics", False, ("list", ("model", PlainTextItem))),
                ("title", "title", False, ("str",)),
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
        position = d.pop("position")

        if _reader is not None and position.__class__ is not int:
            raise DeviationError("position")

        asin = d.pop("asin", UNSET)

        if _reader is not None and asin.__class__ is not str and asin is not UNSET:
            raise DeviationError("asin")

        highlight = d.pop("highlight", UNSET)

        if (
            _reader is not None
            and highlight.__class__ is not bool
            and highlight is not UNSET
        ):
            raise DeviationError("highlight")

        _image = d.pop("image", UNSET)
        image = UNSET if _image is UNSET else ImageComponent.from_dict(_image)

        _metrics = d.pop("metrics", UNSET)
        metrics = (
            UNSET
            if _metrics is UNSET
            else [PlainTextItem.from_dict(_item) for _item in _metrics]
        )

        title = d.pop("title", UNSET)

        if _reader is not None and title.__class__ is not str and title is not UNSET:
            raise DeviationError("title")

        if cls is StandardComparisonProductBlock:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.position = position
            _built.asin = asin
            _built.highlight = highlight
            _built.image = image
            _built.metrics = metrics
            _built.title = title
            _built._parse_notes = None
            standard_comparison_product_block = _built
        else:  # a subclass: its own __init__ runs
            standard_comparison_product_block = cls(
                position=position,
                asin=asin,
                highlight=highlight,
                image=image,
                metrics=metrics,
                title=title,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        standard_comparison_product_block.additional_properties = d or {}
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
