from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.patch_operation_op import PatchOperationOp
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patch_operation_value_item import PatchOperationValueItem


T = TypeVar("T", bound="PatchOperation")


@_attrs_define
class PatchOperation:
    """
    Attributes:
        op (PatchOperationOp):
        path (str):
        value (list[PatchOperationValueItem] | Unset):
    """

    op: PatchOperationOp
    path: str
    value: list[PatchOperationValueItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        op = self.op.value

        path = self.path

        value: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = []
            for value_item_data in self.value:
                value_item = value_item_data.to_dict()
                value.append(value_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "op": op,
                "path": path,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.patch_operation_value_item import PatchOperationValueItem

        d = dict(src_dict)
        op = PatchOperationOp(d.pop("op"))

        path = d.pop("path")

        _value = d.pop("value", UNSET)
        value: list[PatchOperationValueItem] | Unset = UNSET
        if _value is not UNSET:
            value = []
            for value_item_data in _value:
                value_item = PatchOperationValueItem.from_dict(value_item_data)

                value.append(value_item)

        patch_operation = cls(
            op=op,
            path=path,
            value=value,
        )

        patch_operation.additional_properties = d
        return patch_operation

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
