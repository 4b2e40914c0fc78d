from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.label_specification import LabelSpecification


T = TypeVar("T", bound="Label")


@_attrs_define
class Label:
    """
    Attributes:
        label_specification (LabelSpecification | Unset):
        label_stream (str | Unset):
    """

    label_specification: LabelSpecification | Unset = UNSET
    label_stream: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label_specification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.label_specification, Unset):
            label_specification = self.label_specification.to_dict()

        label_stream = self.label_stream

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label_specification is not UNSET:
            field_dict["labelSpecification"] = label_specification
        if label_stream is not UNSET:
            field_dict["labelStream"] = label_stream

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.label_specification import LabelSpecification

        d = dict(src_dict)
        _label_specification = d.pop("labelSpecification", UNSET)
        label_specification: LabelSpecification | Unset
        if isinstance(_label_specification, Unset):
            label_specification = UNSET
        else:
            label_specification = LabelSpecification.from_dict(_label_specification)

        label_stream = d.pop("labelStream", UNSET)

        label = cls(
            label_specification=label_specification,
            label_stream=label_stream,
        )

        label.additional_properties = d
        return label

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
