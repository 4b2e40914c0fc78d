from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.appointment_time_input import AppointmentTimeInput


T = TypeVar("T", bound="RescheduleAppointmentRequest")


@_attrs_define
class RescheduleAppointmentRequest:
    """
    Attributes:
        appointment_time (AppointmentTimeInput):
        reschedule_reason_code (str):
    """

    appointment_time: AppointmentTimeInput
    reschedule_reason_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appointment_time = self.appointment_time.to_dict()

        reschedule_reason_code = self.reschedule_reason_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appointmentTime": appointment_time,
                "rescheduleReasonCode": reschedule_reason_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.appointment_time_input import AppointmentTimeInput

        d = dict(src_dict)
        appointment_time = AppointmentTimeInput.from_dict(d.pop("appointmentTime"))

        reschedule_reason_code = d.pop("rescheduleReasonCode")

        reschedule_appointment_request = cls(
            appointment_time=appointment_time,
            reschedule_reason_code=reschedule_reason_code,
        )

        reschedule_appointment_request.additional_properties = d
        return reschedule_appointment_request

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
