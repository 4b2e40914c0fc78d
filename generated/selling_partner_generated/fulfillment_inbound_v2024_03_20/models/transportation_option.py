from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    UNSET,
    DeviationError,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.carrier import Carrier
    from ..models.carrier_appointment import CarrierAppointment
    from ..models.quote import Quote


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Carrier, CarrierAppointment, Quote
    from ..models.carrier import Carrier
    from ..models.carrier_appointment import CarrierAppointment
    from ..models.quote import Quote

    _lazy_pending = False


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
    _parse_notes: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def __repr__(self) -> str:
        return model_repr(self)

    def __getattr__(self, name: str) -> Any:
        return absent(self, name)

    def __eq__(self, other: object) -> bool:
        return model_eq(self, other)

    def __getstate__(self) -> dict[str, Any]:
        return model_getstate(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        model_setstate(self, state)

    def to_dict(self) -> dict[str, Any]:
        if self._parse_notes is not None:
            return self._parse_notes.to_dict(self)
        if _lazy_pending:
            _load_lazy()
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
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.carrier import Carrier
        from ..models.carrier_appointment import CarrierAppointment
        from ..models.quote import Quote

        return (
            (
                ("carrier", "carrier", True, ("model", Carrier)),
                ("preconditions", "preconditions", True, ("list", ("str",))),
                ("shipmentId", "shipment_id", True, ("str",)),
                ("shippingMode", "shipping_mode", True, ("str",)),
                ("shippingSolution", "shipping_solution", True, ("str",)),
                ("transportationOptionId", "transportation_option_id", True, ("str",)),
                (
                    "carrierAppointment",
                    "carrier_appointment",
                    False,
                    ("model", CarrierAppointment),
                ),
                ("quote", "quote", False, ("model", Quote)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        if _lazy_pending:
            _load_lazy()
        d = dict(src_dict)
        carrier = Carrier.from_dict(d.pop("carrier"))

        preconditions = d.pop("preconditions")

        if _reader is not None and preconditions.__class__ is not list:
            raise DeviationError("preconditions")

        shipment_id = d.pop("shipmentId")

        if _reader is not None and shipment_id.__class__ is not str:
            raise DeviationError("shipmentId")

        shipping_mode = d.pop("shippingMode")

        if _reader is not None and shipping_mode.__class__ is not str:
            raise DeviationError("shippingMode")

        shipping_solution = d.pop("shippingSolution")

        if _reader is not None and shipping_solution.__class__ is not str:
            raise DeviationError("shippingSolution")

        transportation_option_id = d.pop("transportationOptionId")

        if _reader is not None and transportation_option_id.__class__ is not str:
            raise DeviationError("transportationOptionId")

        _carrier_appointment = d.pop("carrierAppointment", UNSET)
        carrier_appointment = (
            UNSET
            if _carrier_appointment is UNSET
            else CarrierAppointment.from_dict(_carrier_appointment)
        )

        _quote = d.pop("quote", UNSET)
        quote = UNSET if _quote is UNSET else Quote.from_dict(_quote)

        if cls is TransportationOption:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.carrier = carrier
            _built.preconditions = preconditions
            _built.shipment_id = shipment_id
            _built.shipping_mode = shipping_mode
            _built.shipping_solution = shipping_solution
            _built.transportation_option_id = transportation_option_id
            _built.carrier_appointment = carrier_appointment
            _built.quote = quote
            _built._parse_notes = None
            transportation_option = _built
        else:  # a subclass: its own __init__ runs
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

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        transportation_option.additional_properties = d or {}
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
