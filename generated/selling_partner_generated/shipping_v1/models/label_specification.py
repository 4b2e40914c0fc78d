from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.label_specification_label_format import LabelSpecificationLabelFormat
from ..models.label_specification_label_stock_size import (
    LabelSpecificationLabelStockSize,
)
from ..types import (
    FAST,
    READER,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

T = TypeVar("T", bound="LabelSpecification")


@_attrs_define
class LabelSpecification:
    """
    Attributes:
        label_format (LabelSpecificationLabelFormat):
        label_stock_size (LabelSpecificationLabelStockSize):
    """

    label_format: LabelSpecificationLabelFormat
    label_stock_size: LabelSpecificationLabelStockSize
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
        label_format = self.label_format.value

        label_stock_size = self.label_stock_size.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "labelFormat": label_format,
                "labelStockSize": label_stock_size,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                (
                    "labelFormat",
                    "label_format",
                    True,
                    ("enum", LabelSpecificationLabelFormat),
                ),
                (
                    "labelStockSize",
                    "label_stock_size",
                    True,
                    ("enum", LabelSpecificationLabelStockSize),
                ),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        _label_format = d.pop("labelFormat")
        label_format = (
            LabelSpecificationLabelFormat._value2member_map_.get(_label_format)
            if _label_format.__class__ is str
            else None
        ) or LabelSpecificationLabelFormat(_label_format)

        _label_stock_size = d.pop("labelStockSize")
        label_stock_size = (
            LabelSpecificationLabelStockSize._value2member_map_.get(_label_stock_size)
            if _label_stock_size.__class__ is str
            else None
        ) or LabelSpecificationLabelStockSize(_label_stock_size)

        if cls is LabelSpecification:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.label_format = label_format
            _built.label_stock_size = label_stock_size
            _built._parse_notes = None
            label_specification = _built
        else:  # a subclass: its own __init__ runs
            label_specification = cls(
                label_format=label_format,
                label_stock_size=label_stock_size,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        label_specification.additional_properties = d or {}
        return label_specification

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
