from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_parameters import NotificationParameters


T = TypeVar("T", bound="CreateNotificationRequest")


@_attrs_define
class CreateNotificationRequest:
    """
    Attributes:
        notification_parameters (NotificationParameters):
        template_id (str):
        marketplace_id (str | Unset):
    """

    notification_parameters: NotificationParameters
    template_id: str
    marketplace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notification_parameters = self.notification_parameters.to_dict()

        template_id = self.template_id

        marketplace_id = self.marketplace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "notificationParameters": notification_parameters,
                "templateId": template_id,
            }
        )
        if marketplace_id is not UNSET:
            field_dict["marketplaceId"] = marketplace_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.notification_parameters import NotificationParameters

        d = dict(src_dict)
        notification_parameters = NotificationParameters.from_dict(
            d.pop("notificationParameters")
        )

        template_id = d.pop("templateId")

        marketplace_id = d.pop("marketplaceId", UNSET)

        create_notification_request = cls(
            notification_parameters=notification_parameters,
            template_id=template_id,
            marketplace_id=marketplace_id,
        )

        create_notification_request.additional_properties = d
        return create_notification_request

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
