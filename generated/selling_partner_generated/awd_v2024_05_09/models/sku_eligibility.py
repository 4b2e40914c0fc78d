from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inbound_eligibility_status import InboundEligibilityStatus
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
    from ..models.distribution_package_quantity import DistributionPackageQuantity
    from ..models.sku_ineligibility_reason import SkuIneligibilityReason


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, DistributionPackageQuantity, SkuIneligibilityReason
    from ..models.distribution_package_quantity import DistributionPackageQuantity
    from ..models.sku_ineligibility_reason import SkuIneligibilityReason

    _lazy_pending = False


T = TypeVar("T", bound="SkuEligibility")


@_attrs_define
class SkuEligibility:
    """
    Attributes:
        package_quantity (DistributionPackageQuantity):
        status (InboundEligibilityStatus):
        ineligibility_reasons (list[SkuIneligibilityReason] | Unset):
    """

    package_quantity: DistributionPackageQuantity
    status: InboundEligibilityStatus
    ineligibility_reasons: list[SkuIneligibilityReason] | Unset = UNSET
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
        package_quantity = self.package_quantity.to_dict()

        status = self.status.value

        ineligibility_reasons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ineligibility_reasons, Unset):
            ineligibility_reasons = []
            for ineligibility_reasons_item_data in self.ineligibility_reasons:
                ineligibility_reasons_item = ineligibility_reasons_item_data.to_dict()
                ineligibility_reasons.append(ineligibility_reasons_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "packageQuantity": package_quantity,
                "status": status,
            }
        )
        if ineligibility_reasons is not UNSET:
            field_dict["ineligibilityReasons"] = ineligibility_reasons

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.distribution_package_quantity import DistributionPackageQuantity
        from ..models.sku_ineligibility_reason import SkuIneligibilityReason

        return (
            (
                (
                    "packageQuantity",
                    "package_quantity",
                    True,
                    ("model", DistributionPackageQuantity),
                ),
                ("status", "status", True, ("enum", InboundEligibilityStatus)),
                (
                    "ineligibilityReasons",
                    "ineligibility_reasons",
                    False,
                    ("list", ("model", SkuIneligibilityReason)),
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
        package_quantity = DistributionPackageQuantity.from_dict(
            d.pop("packageQuantity")
        )

        _status = d.pop("status")
        status = (
            InboundEligibilityStatus._value2member_map_.get(_status)
            if _status.__class__ is str
            else None
        ) or InboundEligibilityStatus(_status)

        _ineligibility_reasons = d.pop("ineligibilityReasons", UNSET)
        ineligibility_reasons = (
            UNSET
            if _ineligibility_reasons is UNSET
            else [
                SkuIneligibilityReason.from_dict(_item)
                for _item in _ineligibility_reasons
            ]
        )

        if cls is SkuEligibility:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.package_quantity = package_quantity
            _built.status = status
            _built.ineligibility_reasons = ineligibility_reasons
            _built._parse_notes = None
            sku_eligibility = _built
        else:  # a subclass: its own __init__ runs
            sku_eligibility = cls(
                package_quantity=package_quantity,
                status=status,
                ineligibility_reasons=ineligibility_reasons,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        sku_eligibility.additional_properties = d or {}
        return sku_eligibility

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
