from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    UNSET,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.amazon_tracking import AmazonTracking
    from ..models.carrier_tracking import CarrierTracking
    from ..models.order_drop_off_location import OrderDropOffLocation
    from ..models.proof_of_delivery import ProofOfDelivery


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        AmazonTracking, \
        CarrierTracking, \
        OrderDropOffLocation, \
        ProofOfDelivery
    from ..models.amazon_tracking import AmazonTracking
    from ..models.carrier_tracking import CarrierTracking
    from ..models.order_drop_off_location import OrderDropOffLocation
    from ..models.proof_of_delivery import ProofOfDelivery

    _lazy_pending = False


T = TypeVar("T", bound="Tracking")


@_attrs_define
class Tracking:
    """
    Attributes:
        amazon (AmazonTracking | Unset):
        carrier (CarrierTracking | Unset):
        drop_off_location (OrderDropOffLocation | Unset):
        proof_of_delivery (ProofOfDelivery | Unset):
    """

    amazon: AmazonTracking | Unset = UNSET
    carrier: CarrierTracking | Unset = UNSET
    drop_off_location: OrderDropOffLocation | Unset = UNSET
    proof_of_delivery: ProofOfDelivery | Unset = UNSET
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
        amazon: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amazon, Unset):
            amazon = self.amazon.to_dict()

        carrier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.carrier, Unset):
            carrier = self.carrier.to_dict()

        drop_off_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.drop_off_location, Unset):
            drop_off_location = self.drop_off_location.to_dict()

        proof_of_delivery: dict[str, Any] | Unset = UNSET
        if not isinstance(self.proof_of_delivery, Unset):
            proof_of_delivery = self.proof_of_delivery.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amazon is not UNSET:
            field_dict["amazon"] = amazon
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if drop_off_location is not UNSET:
            field_dict["dropOffLocation"] = drop_off_location
        if proof_of_delivery is not UNSET:
            field_dict["proofOfDelivery"] = proof_of_delivery

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.amazon_tracking import AmazonTracking
        from ..models.carrier_tracking import CarrierTracking
        from ..models.order_drop_off_location import OrderDropOffLocation
        from ..models.proof_of_delivery import ProofOfDelivery

        return (
            (
                ("amazon", "amazon", False, ("model", AmazonTracking)),
                ("carrier", "carrier", False, ("model", CarrierTracking)),
                (
                    "dropOffLocation",
                    "drop_off_location",
                    False,
                    ("model", OrderDropOffLocation),
                ),
                (
                    "proofOfDelivery",
                    "proof_of_delivery",
                    False,
                    ("model", ProofOfDelivery),
                ),
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
        _amazon = d.pop("amazon", UNSET)
        amazon = UNSET if _amazon is UNSET else AmazonTracking.from_dict(_amazon)

        _carrier = d.pop("carrier", UNSET)
        carrier = UNSET if _carrier is UNSET else CarrierTracking.from_dict(_carrier)

        _drop_off_location = d.pop("dropOffLocation", UNSET)
        drop_off_location = (
            UNSET
            if _drop_off_location is UNSET
            else OrderDropOffLocation.from_dict(_drop_off_location)
        )

        _proof_of_delivery = d.pop("proofOfDelivery", UNSET)
        proof_of_delivery = (
            UNSET
            if _proof_of_delivery is UNSET
            else ProofOfDelivery.from_dict(_proof_of_delivery)
        )

        if cls is Tracking:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.amazon = amazon
            _built.carrier = carrier
            _built.drop_off_location = drop_off_location
            _built.proof_of_delivery = proof_of_delivery
            _built._parse_notes = None
            tracking = _built
        else:  # a subclass: its own __init__ runs
            tracking = cls(
                amazon=amazon,
                carrier=carrier,
                drop_off_location=drop_off_location,
                proof_of_delivery=proof_of_delivery,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        tracking.additional_properties = d or {}
        return tracking

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
