from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.export import Export


T = TypeVar("T", bound="GetInvoicesExportsResponse")


@_attrs_define
class GetInvoicesExportsResponse:
    """
    Attributes:
        exports (list[Export] | Unset):
        next_token (str | Unset):
    """

    exports: list[Export] | Unset = UNSET
    next_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.exports, Unset):
            exports = []
            for exports_item_data in self.exports:
                exports_item = exports_item_data.to_dict()
                exports.append(exports_item)

        next_token = self.next_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exports is not UNSET:
            field_dict["exports"] = exports
        if next_token is not UNSET:
            field_dict["nextToken"] = next_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.export import Export

        d = dict(src_dict)
        _exports = d.pop("exports", UNSET)
        exports: list[Export] | Unset = UNSET
        if _exports is not UNSET:
            exports = []
            for exports_item_data in _exports:
                exports_item = Export.from_dict(exports_item_data)

                exports.append(exports_item)

        next_token = d.pop("nextToken", UNSET)

        get_invoices_exports_response = cls(
            exports=exports,
            next_token=next_token,
        )

        get_invoices_exports_response.additional_properties = d
        return get_invoices_exports_response

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
