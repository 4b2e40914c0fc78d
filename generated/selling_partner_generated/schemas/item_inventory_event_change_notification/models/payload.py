from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.item_inventory_event_change import ItemInventoryEventChange


T = TypeVar("T", bound="Payload")


@_attrs_define
class Payload:
    """
    Attributes:
        item_inventory_event_changes (list[ItemInventoryEventChange]):
    """

    item_inventory_event_changes: list[ItemInventoryEventChange]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_inventory_event_changes = []
        for (
            componentsschemas_item_inventory_event_changes_item_data
        ) in self.item_inventory_event_changes:
            componentsschemas_item_inventory_event_changes_item = (
                componentsschemas_item_inventory_event_changes_item_data.to_dict()
            )
            item_inventory_event_changes.append(
                componentsschemas_item_inventory_event_changes_item
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "itemInventoryEventChanges": item_inventory_event_changes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.item_inventory_event_change import ItemInventoryEventChange

        d = dict(src_dict)
        item_inventory_event_changes = []
        _item_inventory_event_changes = d.pop("itemInventoryEventChanges")
        for (
            componentsschemas_item_inventory_event_changes_item_data
        ) in _item_inventory_event_changes:
            componentsschemas_item_inventory_event_changes_item = (
                ItemInventoryEventChange.from_dict(
                    componentsschemas_item_inventory_event_changes_item_data
                )
            )

            item_inventory_event_changes.append(
                componentsschemas_item_inventory_event_changes_item
            )

        payload = cls(
            item_inventory_event_changes=item_inventory_event_changes,
        )

        payload.additional_properties = d
        return payload

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
