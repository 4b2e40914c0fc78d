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
    from ..models.estimated_price import EstimatedPrice
    from ..models.preview_offer_fulfillment_configuration import (
        PreviewOfferFulfillmentConfiguration,
    )


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, EstimatedPrice, PreviewOfferFulfillmentConfiguration
    from ..models.estimated_price import EstimatedPrice
    from ..models.preview_offer_fulfillment_configuration import (
        PreviewOfferFulfillmentConfiguration,
    )

    _lazy_pending = False


T = TypeVar("T", bound="PreviewDeliveryOffer")


@_attrs_define
class PreviewDeliveryOffer:
    """
    Attributes:
        estimated_price (EstimatedPrice | Unset):
        fulfillment_configuration (PreviewOfferFulfillmentConfiguration | Unset):
    """

    estimated_price: EstimatedPrice | Unset = UNSET
    fulfillment_configuration: PreviewOfferFulfillmentConfiguration | Unset = UNSET
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
        estimated_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.estimated_price, Unset):
            estimated_price = self.estimated_price.to_dict()

        fulfillment_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fulfillment_configuration, Unset):
            fulfillment_configuration = self.fulfillment_configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if estimated_price is not UNSET:
            field_dict["estimatedPrice"] = estimated_price
        if fulfillment_configuration is not UNSET:
            field_dict["fulfillmentConfiguration"] = fulfillment_configuration

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.estimated_price import EstimatedPrice
        from ..models.preview_offer_fulfillment_configuration import (
            PreviewOfferFulfillmentConfiguration,
        )

        return (
            (
                ("estimatedPrice", "estimated_price", False, ("model", EstimatedPrice)),
                (
                    "fulfillmentConfiguration",
                    "fulfillment_configuration",
                    False,
                    ("model", PreviewOfferFulfillmentConfiguration),
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
        _estimated_price = d.pop("estimatedPrice", UNSET)
        estimated_price = (
            UNSET
            if _estimated_price is UNSET
            else EstimatedPrice.from_dict(_estimated_price)
        )

        _fulfillment_configuration = d.pop("fulfillmentConfiguration", UNSET)
        fulfillment_configuration = (
            UNSET
            if _fulfillment_configuration is UNSET
            else PreviewOfferFulfillmentConfiguration.from_dict(
                _fulfillment_configuration
            )
        )

        if cls is PreviewDeliveryOffer:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.estimated_price = estimated_price
            _built.fulfillment_configuration = fulfillment_configuration
            _built._parse_notes = None
            preview_delivery_offer = _built
        else:  # a subclass: its own __init__ runs
            preview_delivery_offer = cls(
                estimated_price=estimated_price,
                fulfillment_configuration=fulfillment_configuration,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        preview_delivery_offer.additional_properties = d or {}
        return preview_delivery_offer

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
