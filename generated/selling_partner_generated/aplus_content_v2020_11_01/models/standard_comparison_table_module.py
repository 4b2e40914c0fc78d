from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    from ..models.plain_text_item import PlainTextItem
    from ..models.standard_comparison_product_block import (
        StandardComparisonProductBlock,
    )


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, PlainTextItem, StandardComparisonProductBlock
    from ..models.plain_text_item import PlainTextItem
    from ..models.standard_comparison_product_block import (
        StandardComparisonProductBlock,
    )

    _lazy_pending = False


T = TypeVar("T", bound="StandardComparisonTableModule")


@_attrs_define
class StandardComparisonTableModule:
    """
    Attributes:
        metric_row_labels (list[PlainTextItem] | Unset):
        product_columns (list[StandardComparisonProductBlock] | Unset):
    """

    metric_row_labels: list[PlainTextItem] | Unset = UNSET
    product_columns: list[StandardComparisonProductBlock] | Unset = UNSET
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
        metric_row_labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metric_row_labels, Unset):
            metric_row_labels = []
            for metric_row_labels_item_data in self.metric_row_labels:
                metric_row_labels_item = metric_row_labels_item_data.to_dict()
                metric_row_labels.append(metric_row_labels_item)

        product_columns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.product_columns, Unset):
            product_columns = []
            for product_columns_item_data in self.product_columns:
                product_columns_item = product_columns_item_data.to_dict()
                product_columns.append(product_columns_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metric_row_labels is not UNSET:
            field_dict["metricRowLabels"] = metric_row_labels
        if product_columns is not UNSET:
            field_dict["productColumns"] = product_columns

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.plain_text_item import PlainTextItem
        from ..models.standard_comparison_product_block import (
            StandardComparisonProductBlock,
        )

        return (
            (
                (
                    "metricRowLabels",
                    "metric_row_labels",
                    False,
                    ("list", ("model", PlainTextItem)),
                ),
                (
                    "productColumns",
                    "product_columns",
                    False,
                    ("list", ("model", StandardComparisonProductBlock)),
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
        _metric_row_labels = d.pop("metricRowLabels", UNSET)
        metric_row_labels = (
            UNSET
            if _metric_row_labels is UNSET
            else [PlainTextItem.from_dict(_item) for _item in _metric_row_labels]
        )

        _product_columns = d.pop("productColumns", UNSET)
        product_columns = (
            UNSET
            if _product_columns is UNSET
            else [
                StandardComparisonProductBlock.from_dict(_item)
                for _item in _product_columns
            ]
        )

        if cls is StandardComparisonTableModule:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.metric_row_labels = metric_row_labels
            _built.product_columns = product_columns
            _built._parse_notes = None
            standard_comparison_table_module = _built
        else:  # a subclass: its own __init__ runs
            standard_comparison_table_module = cls(
                metric_row_labels=metric_row_labels,
                product_columns=product_columns,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        standard_comparison_table_module.additional_properties = d or {}
        return standard_comparison_table_module

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
