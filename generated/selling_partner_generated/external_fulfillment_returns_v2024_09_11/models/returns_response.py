from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.return_ import Return


T = TypeVar("T", bound="ReturnsResponse")


@_attrs_define
class ReturnsResponse:
    """
    Attributes:
        next_token (str | Unset):
        returns (list[Return] | Unset):
    """

    next_token: str | Unset = UNSET
    returns: list[Return] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_token = self.next_token

        returns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.returns, Unset):
            returns = []
            for returns_item_data in self.returns:
                returns_item = returns_item_data.to_dict()
                returns.append(returns_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if next_token is not UNSET:
            field_dict["nextToken"] = next_token
        if returns is not UNSET:
            field_dict["returns"] = returns

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.return_ import Return

        d = dict(src_dict)
        next_token = d.pop("nextToken", UNSET)

        _returns = d.pop("returns", UNSET)
        returns: list[Return] | Unset = UNSET
        if _returns is not UNSET:
            returns = []
            for returns_item_data in _returns:
                returns_item = Return.from_dict(returns_item_data)

                returns.append(returns_item)

        returns_response = cls(
            next_token=next_token,
            returns=returns,
        )

        returns_response.additional_properties = d
        return returns_response

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
