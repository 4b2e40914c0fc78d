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
    from ..models.order_packing_slip import OrderPackingSlip


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, OrderPackingSlip
    from ..models.order_packing_slip import OrderPackingSlip

    _lazy_pending = False


T = TypeVar("T", bound="PackagingService")


@_attrs_define
class PackagingService:
    """
    Attributes:
        overbox (str | Unset):
        packaging_option (str | Unset):
        packing_slip (OrderPackingSlip | Unset):
    """

    overbox: str | Unset = UNSET
    packaging_option: str | Unset = UNSET
    packing_slip: OrderPackingSlip | Unset = UNSET
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
        overbox = self.overbox

        packaging_option = self.packaging_option

        packing_slip: dict[str, Any] | Unset = UNSET
        if not isinstance(self.packing_slip, Unset):
            packing_slip = self.packing_slip.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if overbox is not UNSET:
            field_dict["overbox"] = overbox
        if packaging_option is not UNSET:
            field_dict["packagingOption"] = packaging_option
        if packing_slip is not UNSET:
            field_dict["packingSlip"] = packing_slip

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.order_packing_slip import OrderPackingSlip

        return (
            (
                ("overbox", "overbox", False, ("str",)),
                ("packagingOption", "packaging_option", False, ("str",)),
                ("packingSlip", "packing_slip", False, ("model", OrderPackingSlip)),
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
        overbox = d.pop("overbox", UNSET)

        if (
            _reader is not None
            and overbox.__class__ is not str
            and overbox is not UNSET
        ):
            raise DeviationError("overbox")

        packaging_option = d.pop("packagingOption", UNSET)

        if (
            _reader is not None
            and packaging_option.__class__ is not str
            and packaging_option is not UNSET
        ):
            raise DeviationError("packagingOption")

        _packing_slip = d.pop("packingSlip", UNSET)
        packing_slip = (
            UNSET
            if _packing_slip is UNSET
            else OrderPackingSlip.from_dict(_packing_slip)
        )

        if cls is PackagingService:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.overbox = overbox
            _built.packaging_option = packaging_option
            _built.packing_slip = packing_slip
            _built._parse_notes = None
            packaging_service = _built
        else:  # a subclass: its own __init__ runs
            packaging_service = cls(
                overbox=overbox,
                packaging_option=packaging_option,
                packing_slip=packing_slip,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        packaging_service.additional_properties = d or {}
        return packaging_service

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
