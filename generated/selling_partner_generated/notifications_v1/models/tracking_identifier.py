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
    from ..models.tracking_identifier_carrier_tracking import (
        TrackingIdentifierCarrierTracking,
    )


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, TrackingIdentifierCarrierTracking
    from ..models.tracking_identifier_carrier_tracking import (
        TrackingIdentifierCarrierTracking,
    )

    _lazy_pending = False


T = TypeVar("T", bound="TrackingIdentifier")


@_attrs_define
class TrackingIdentifier:
    """
    Attributes:
        acsin (str | Unset):
        aftn (str | Unset):
        carrier_tracking (TrackingIdentifierCarrierTracking | Unset):
        container_number (str | Unset):
        house_bill_of_lading_number (str | Unset):
        id (str | Unset):
    """

    acsin: str | Unset = UNSET
    aftn: str | Unset = UNSET
    carrier_tracking: TrackingIdentifierCarrierTracking | Unset = UNSET
    container_number: str | Unset = UNSET
    house_bill_of_lading_number: str | Unset = UNSET
    id: str | Unset = UNSET
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
        acsin = self.acsin

        aftn = self.aftn

        carrier_tracking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.carrier_tracking, Unset):
            carrier_tracking = self.carrier_tracking.to_dict()

        container_number = self.container_number

        house_bill_of_lading_number = self.house_bill_of_lading_number

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acsin is not UNSET:
            field_dict["acsin"] = acsin
        if aftn is not UNSET:
            field_dict["aftn"] = aftn
        if carrier_tracking is not UNSET:
            field_dict["carrierTracking"] = carrier_tracking
        if container_number is not UNSET:
            field_dict["containerNumber"] = container_number
        if house_bill_of_lading_number is not UNSET:
            field_dict["houseBillOfLadingNumber"] = house_bill_of_lading_number
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.tracking_identifier_carrier_tracking import (
            TrackingIdentifierCarrierTracking,
        )

        return (
            (
                ("acsin", "acsin", False, ("str",)),
                ("aftn", "aftn", False, ("str",)),
                (
                    "carrierTracking",
                    "carrier_tracking",
                    False,
                    ("model", TrackingIdentifierCarrierTracking),
                ),
                ("containerNumber", "container_number", False, ("str",)),
                (
                    "houseBillOfLadingNumber",
                    "house_bill_of_lading_number",
                    False,
                    ("str",),
                ),
                ("id", "id", False, ("str",)),
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
        acsin = d.pop("acsin", UNSET)

        if _reader is not None and acsin.__class__ is not str and acsin is not UNSET:
            raise DeviationError("acsin")

        aftn = d.pop("aftn", UNSET)

        if _reader is not None and aftn.__class__ is not str and aftn is not UNSET:
            raise DeviationError("aftn")

        _carrier_tracking = d.pop("carrierTracking", UNSET)
        carrier_tracking = (
            UNSET
            if _carrier_tracking is UNSET
            else TrackingIdentifierCarrierTracking.from_dict(_carrier_tracking)
        )

        container_number = d.pop("containerNumber", UNSET)

        if (
            _reader is not None
            and container_number.__class__ is not str
            and container_number is not UNSET
        ):
            raise DeviationError("containerNumber")

        house_bill_of_lading_number = d.pop("houseBillOfLadingNumber", UNSET)

        if (
            _reader is not None
            and house_bill_of_lading_number.__class__ is not str
            and house_bill_of_lading_number is not UNSET
        ):
            raise DeviationError("houseBillOfLadingNumber")

        id = d.pop("id", UNSET)

        if _reader is not None and id.__class__ is not str and id is not UNSET:
            raise DeviationError("id")

        if cls is TrackingIdentifier:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.acsin = acsin
            _built.aftn = aftn
            _built.carrier_tracking = carrier_tracking
            _built.container_number = container_number
            _built.house_bill_of_lading_number = house_bill_of_lading_number
            _built.id = id
            _built._parse_notes = None
            tracking_identifier = _built
        else:  # a subclass: its own __init__ runs
            tracking_identifier = cls(
                acsin=acsin,
                aftn=aftn,
                carrier_tracking=carrier_tracking,
                container_number=container_number,
                house_bill_of_lading_number=house_bill_of_lading_number,
                id=id,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        tracking_identifier.additional_properties = d or {}
        return tracking_identifier

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
