from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.carrier import Carrier
    from ..models.carrier_appointment import CarrierAppointment
    from ..models.quote import Quote


T = TypeVar("T", bound="TransportationOption")


@_attrs_define
class TransportationOption:
    """
    Attributes:
        carrier (Carrier):
        preconditions (list[str]):
        shipment_id (str):
        shipping_mode (str):
        shipping_solution (str):
        transportation_option_id (str):
        carrier_appointment (CarrierAppointment | Unset):
        quote (Quote | Unset):
    """

    carrier: Carrier
    preconditions: list[str]
    shipment_id: str
    shipping_mode: str
    shipping_solution: str
    transportation_option_id: str
    carrier_appointment: CarrierAppointment | Unset = UNSET
    quote: Quote | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        carrier = self.carrier.to_dict()

        preconditions = self.preconditions

        shipment_id = self.shipment_id

        shipping_mode = self.shipping_mode

        shipping_solution = self.shipping_solution

        transportation_option_id = self.transportation_option_id

        carrier_appointment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.carrier_appointment, Unset):
            carrier_appointment = self.carrier_appointment.to_dict()

        quote: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quote, Unset):
            quote = self.quote.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "carrier": carrier,
                "preconditions": preconditions,
                "shipmentId": shipment_id,
                "shippingMode": shipping_mode,
                "shippingSolution": shipping_solution,
                "transportationOptionId": transportation_option_id,
            }
        )
        if carrier_appointment is not UNSET:
            field_dict["carrierAppointment"] = carrier_appointment
        if quote is not UNSET:
            field_dict["quote"] = quote

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.carrier import Carrier
        from ..models.carrier_appointment import CarrierAppointment
        from ..models.quote import Quote

        d = dict(src_dict)
        carrier = Carrier.from_dict(d.pop("carrier"))

        preconditions = cast(list[str], d.pop("preconditions"))

        shipment_id = d.pop("shipmentId")

        shipping_mode = d.pop("shippingMode")

        shipping_solution = d.pop("shippingSolution")

        transportation_option_id = d.pop("transportationOptionId")

        _carrier_appointment = d.pop("carrierAppointment", UNSET)
        carrier_appointment: CarrierAppointment | Unset
        if isinstance(_carrier_appointment, Unset):
            carrier_appointment = UNSET
        else:
            carrier_appointment = CarrierAppointment.from_dict(_carrier_appointment)

        _quote = d.pop("quote", UNSET)
        quote: Quote | Unset
        if isinstance(_quote, Unset):
            quote = UNSET
        else:
            quote = Quote.from_dict(_quote)

        transportation_option = cls(
            carrier=carrier,
            preconditions=preconditions,
            shipment_id=shipment_id,
            shipping_mode=shipping_mode,
            shipping_solution=shipping_solution,
            transportation_option_id=transportation_option_id,
            carrier_appointment=carrier_appointment,
            quote=quote,
        )

        transportation_option.additional_properties = d
        return transportation_option

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
