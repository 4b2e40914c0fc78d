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
    from ..models.additional_services import AdditionalServices
    from ..models.preview_delivery_service import PreviewDeliveryService
    from ..models.preview_packaging_service import PreviewPackagingService


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        AdditionalServices, \
        PreviewDeliveryService, \
        PreviewPackagingService
    from ..models.additional_services import AdditionalServices
    from ..models.preview_delivery_service import PreviewDeliveryService
    from ..models.preview_packaging_service import PreviewPackagingService

    _lazy_pending = False


T = TypeVar("T", bound="PreviewOfferServices")


@_attrs_define
class PreviewOfferServices:
    """
    Attributes:
        additional (AdditionalServices | Unset):
        delivery (PreviewDeliveryService | Unset):
        packaging (PreviewPackagingService | Unset):
    """

    additional: AdditionalServices | Unset = UNSET
    delivery: PreviewDeliveryService | Unset = UNSET
    packaging: PreviewPackagingService | Unset = UNSET
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
        additional: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional, Unset):
            additional = self.additional.to_dict()

        delivery: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery, Unset):
            delivery = self.delivery.to_dict()

        packaging: dict[str, Any] | Unset = UNSET
        if not isinstance(self.packaging, Unset):
            packaging = self.packaging.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if additional is not UNSET:
            field_dict["additional"] = additional
        if delivery is not UNSET:
            field_dict["delivery"] = delivery
        if packaging is not UNSET:
            field_dict["packaging"] = packaging

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.additional_services import AdditionalServices
        from ..models.preview_delivery_service import PreviewDeliveryService
        from ..models.preview_packaging_service import PreviewPackagingService

        return (
            (
                ("additional", "additional", False, ("model", AdditionalServices)),
                ("delivery", "delivery", False, ("model", PreviewDeliveryService)),
                ("packaging", "packaging", False, ("model", PreviewPackagingService)),
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
        _additional = d.pop("additional", UNSET)
        additional = (
            UNSET if _additional is UNSET else AdditionalServices.from_dict(_additional)
        )

        _delivery = d.pop("delivery", UNSET)
        delivery = (
            UNSET if _delivery is UNSET else PreviewDeliveryService.from_dict(_delivery)
        )

        _packaging = d.pop("packaging", UNSET)
        packaging = (
            UNSET
            if _packaging is UNSET
            else PreviewPackagingService.from_dict(_packaging)
        )

        if cls is PreviewOfferServices:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.additional = additional
            _built.delivery = delivery
            _built.packaging = packaging
            _built._parse_notes = None
            preview_offer_services = _built
        else:  # a subclass: its own __init__ runs
            preview_offer_services = cls(
                additional=additional,
                delivery=delivery,
                packaging=packaging,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        preview_offer_services.additional_properties = d or {}
        return preview_offer_services

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
