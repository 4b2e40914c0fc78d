from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.decorator import Decorator


T = TypeVar("T", bound="TextComponent")


@_attrs_define
class TextComponent:
    """
    Attributes:
        value (str):
        decorator_set (list[Decorator] | Unset):
    """

    value: str
    decorator_set: list[Decorator] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        decorator_set: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.decorator_set, Unset):
            decorator_set = []
            for componentsschemas_decorator_set_item_data in self.decorator_set:
                componentsschemas_decorator_set_item = (
                    componentsschemas_decorator_set_item_data.to_dict()
                )
                decorator_set.append(componentsschemas_decorator_set_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )
        if decorator_set is not UNSET:
            field_dict["decoratorSet"] = decorator_set

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.decorator import Decorator

        d = dict(src_dict)
        value = d.pop("value")

        _decorator_set = d.pop("decoratorSet", UNSET)
        decorator_set: list[Decorator] | Unset = UNSET
        if _decorator_set is not UNSET:
            decorator_set = []
            for componentsschemas_decorator_set_item_data in _decorator_set:
                componentsschemas_decorator_set_item = Decorator.from_dict(
                    componentsschemas_decorator_set_item_data
                )

                decorator_set.append(componentsschemas_decorator_set_item)

        text_component = cls(
            value=value,
            decorator_set=decorator_set,
        )

        text_component.additional_properties = d
        return text_component

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
