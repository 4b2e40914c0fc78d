from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.transportation_selection import TransportationSelection


T = TypeVar("T", bound="ConfirmTransportationOptionsRequest")


@_attrs_define
class ConfirmTransportationOptionsRequest:
    """
    Attributes:
        transportation_selections (list[TransportationSelection]):
    """

    transportation_selections: list[TransportationSelection]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transportation_selections = []
        for transportation_selections_item_data in self.transportation_selections:
            transportation_selections_item = (
                transportation_selections_item_data.to_dict()
            )
            transportation_selections.append(transportation_selections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transportationSelections": transportation_selections,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.transportation_selection import TransportationSelection

        d = dict(src_dict)
        transportation_selections = []
        _transportation_selections = d.pop("transportationSelections")
        for transportation_selections_item_data in _transportation_selections:
            transportation_selections_item = TransportationSelection.from_dict(
                transportation_selections_item_data
            )

            transportation_selections.append(transportation_selections_item)

        confirm_transportation_options_request = cls(
            transportation_selections=transportation_selections,
        )

        confirm_transportation_options_request.additional_properties = d
        return confirm_transportation_options_request

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
