from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    DeviationError,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.ineligibility_reason import IneligibilityReason


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, IneligibilityReason
    from ..models.ineligibility_reason import IneligibilityReason

    _lazy_pending = False


T = TypeVar("T", bound="IneligibleRate")


@_attrs_define
class IneligibleRate:
    """
    Attributes:
        carrier_id (str):
        carrier_name (str):
        ineligibility_reasons (list[IneligibilityReason]):
        service_id (str):
        service_name (str):
    """

    carrier_id: str
    carrier_name: str
    ineligibility_reasons: list[IneligibilityReason]
    service_id: str
    service_name: str
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
        carrier_id = self.carrier_id

        carrier_name = self.carrier_name

        ineligibility_reasons = []
        for ineligibility_reasons_item_data in self.ineligibility_reasons:
            ineligibility_reasons_item = ineligibility_reasons_item_data.to_dict()
            ineligibility_reasons.append(ineligibility_reasons_item)

        service_id = self.service_id

        service_name = self.service_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "carrierId": carrier_id,
                "carrierName": carrier_name,
                "ineligibilityReasons": ineligibility_reasons,
                "serviceId": service_id,
                "serviceName": service_name,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.ineligibility_reason import IneligibilityReason

        return (
            (
                ("carrierId", "carrier_id", True, ("str",)),
                ("carrierName", "carrier_name", True, ("str",)),
                (
                    "ineligibilityReasons",
                    "ineligibility_reasons",
                    True,
                    ("list", ("model", IneligibilityReason)),
                ),
                ("serviceId", "service_id", True, ("str",)),
                ("serviceName", "service_name", True, ("str",)),
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
        carrier_id = d.pop("carrierId")

        if _reader is not None and carrier_id.__class__ is not str:
            raise DeviationError("carrierId")

        carrier_name = d.pop("carrierName")

        if _reader is not None and carrier_name.__class__ is not str:
            raise DeviationError("carrierName")

        _ineligibility_reasons = d.pop("ineligibilityReasons")
        ineligibility_reasons = [
            IneligibilityReason.from_dict(_item) for _item in _ineligibility_reasons
        ]

        service_id = d.pop("serviceId")

        if _reader is not None and service_id.__class__ is not str:
            raise DeviationError("serviceId")

        service_name = d.pop("serviceName")

        if _reader is not None and service_name.__class__ is not str:
            raise DeviationError("serviceName")

        if cls is IneligibleRate:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.carrier_id = carrier_id
            _built.carrier_name = carrier_name
            _built.ineligibility_reasons = ineligibility_reasons
            _built.service_id = service_id
            _built.service_name = service_name
            _built._parse_notes = None
            ineligible_rate = _built
        else:  # a subclass: its own __init__ runs
            ineligible_rate = cls(
                carrier_id=carrier_id,
                carrier_name=carrier_name,
                ineligibility_reasons=ineligibility_reasons,
                service_id=service_id,
                service_name=service_name,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        ineligible_rate.additional_properties = d or {}
        return ineligible_rate

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
