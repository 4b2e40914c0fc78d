from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report import Report


T = TypeVar("T", bound="GetReportsResponse")


@_attrs_define
class GetReportsResponse:
    """
    Attributes:
        reports (list[Report]):
        next_token (str | Unset):
    """

    reports: list[Report]
    next_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reports = []
        for componentsschemas_report_list_item_data in self.reports:
            componentsschemas_report_list_item = (
                componentsschemas_report_list_item_data.to_dict()
            )
            reports.append(componentsschemas_report_list_item)

        next_token = self.next_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reports": reports,
            }
        )
        if next_token is not UNSET:
            field_dict["nextToken"] = next_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.report import Report

        d = dict(src_dict)
        reports = []
        _reports = d.pop("reports")
        for componentsschemas_report_list_item_data in _reports:
            componentsschemas_report_list_item = Report.from_dict(
                componentsschemas_report_list_item_data
            )

            reports.append(componentsschemas_report_list_item)

        next_token = d.pop("nextToken", UNSET)

        get_reports_response = cls(
            reports=reports,
            next_token=next_token,
        )

        get_reports_response.additional_properties = d
        return get_reports_response

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
