from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_acknowledgement import OrderAcknowledgement


T = TypeVar("T", bound="SubmitAcknowledgementRequest")


@_attrs_define
class SubmitAcknowledgementRequest:
    """
    Attributes:
        acknowledgements (list[OrderAcknowledgement] | Unset):
    """

    acknowledgements: list[OrderAcknowledgement] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acknowledgements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.acknowledgements, Unset):
            acknowledgements = []
            for acknowledgements_item_data in self.acknowledgements:
                acknowledgements_item = acknowledgements_item_data.to_dict()
                acknowledgements.append(acknowledgements_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acknowledgements is not UNSET:
            field_dict["acknowledgements"] = acknowledgements

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_acknowledgement import OrderAcknowledgement

        d = dict(src_dict)
        _acknowledgements = d.pop("acknowledgements", UNSET)
        acknowledgements: list[OrderAcknowledgement] | Unset = UNSET
        if _acknowledgements is not UNSET:
            acknowledgements = []
            for acknowledgements_item_data in _acknowledgements:
                acknowledgements_item = OrderAcknowledgement.from_dict(
                    acknowledgements_item_data
                )

                acknowledgements.append(acknowledgements_item)

        submit_acknowledgement_request = cls(
            acknowledgements=acknowledgements,
        )

        submit_acknowledgement_request.additional_properties = d
        return submit_acknowledgement_request

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
