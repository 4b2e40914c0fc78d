from __future__ import annotations

import datetime
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
    from ..models.offer_option_fulfillment_configuration import (
        OfferOptionFulfillmentConfiguration,
    )


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, OfferOptionFulfillmentConfiguration
    from ..models.offer_option_fulfillment_configuration import (
        OfferOptionFulfillmentConfiguration,
    )

    _lazy_pending = False


T = TypeVar("T", bound="OfferOption")


@_attrs_define
class OfferOption:
    """
    Attributes:
        expiry_time (datetime.datetime | Unset):
        fulfillment_configuration (OfferOptionFulfillmentConfiguration | Unset):
    """

    expiry_time: datetime.datetime | Unset = UNSET
    fulfillment_configuration: OfferOptionFulfillmentConfiguration | Unset = UNSET
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
        expiry_time: str | Unset = UNSET
        if not isinstance(self.expiry_time, Unset):
            expiry_time = self.expiry_time.isoformat()

        fulfillment_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fulfillment_configuration, Unset):
            fulfillment_configuration = self.fulfillment_configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expiry_time is not UNSET:
            field_dict["expiryTime"] = expiry_time
        if fulfillment_configuration is not UNSET:
            field_dict["fulfillmentConfiguration"] = fulfillment_configuration

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.offer_option_fulfillment_configuration import (
            OfferOptionFulfillmentConfiguration,
        )

        return (
            (
                ("expiryTime", "expiry_time", False, ("datetime",)),
                (
                    "fulfillmentConfiguration",
                    "fulfillment_configuration",
                    False,
                    ("model", OfferOptionFulfillmentConfiguration),
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
        _expiry_time = d.pop("expiryTime", UNSET)
        expiry_time = (
            UNSET
            if _expiry_time is UNSET
            else datetime.datetime.fromisoformat(_expiry_time)
        )

        if (
            _reader is not None
            and not isinstance(expiry_time, Unset)
            and expiry_time.tzinfo is None
        ):
            raise DeviationError("expiryTime")

        _fulfillment_configuration = d.pop("fulfillmentConfiguration", UNSET)
        fulfillment_configuration = (
            UNSET
            if _fulfillment_configuration is UNSET
            else OfferOptionFulfillmentConfiguration.from_dict(
                _fulfillment_configuration
            )
        )

        if cls is OfferOption:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.expiry_time = expiry_time
            _built.fulfillment_configuration = fulfillment_configuration
            _built._parse_notes = None
            offer_option = _built
        else:  # a subclass: its own __init__ runs
            offer_option = cls(
                expiry_time=expiry_time,
                fulfillment_configuration=fulfillment_configuration,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        offer_option.additional_properties = d or {}
        return offer_option

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
