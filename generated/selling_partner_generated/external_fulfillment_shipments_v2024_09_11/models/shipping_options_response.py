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
    from ..models.shipping_options import ShippingOptions


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ShippingOptions
    from ..models.shipping_options import ShippingOptions

    _lazy_pending = False


T = TypeVar("T", bound="ShippingOptionsResponse")


@_attrs_define
class ShippingOptionsResponse:
    """
    Attributes:
        recommended_shipping_option (ShippingOptions | Unset):
        shipping_options (list[ShippingOptions] | Unset):
    """

    recommended_shipping_option: ShippingOptions | Unset = UNSET
    shipping_options: list[ShippingOptions] | Unset = UNSET
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
        recommended_shipping_option: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recommended_shipping_option, Unset):
            recommended_shipping_option = self.recommended_shipping_option.to_dict()

        shipping_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shipping_options, Unset):
            shipping_options = []
            for shipping_options_item_data in self.shipping_options:
                shipping_options_item = shipping_options_item_data.to_dict()
                shipping_options.append(shipping_options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if recommended_shipping_option is not UNSET:
            field_dict["recommendedShippingOption"] = recommended_shipping_option
        if shipping_options is not UNSET:
            field_dict["shippingOptions"] = shipping_options

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.shipping_options import ShippingOptions

        return (
            (
                (
                    "recommendedShippingOption",
                    "recommended_shipping_option",
                    False,
                    ("model", ShippingOptions),
                ),
                (
                    "shippingOptions",
                    "shipping_options",
                    False,
                    ("list", ("model", ShippingOptions)),
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
        _recommended_shipping_option = d.pop("recommendedShippingOption", UNSET)
        recommended_shipping_option = (
            UNSET
            if _recommended_shipping_option is UNSET
            else ShippingOptions.from_dict(_recommended_shipping_option)
        )

        _shipping_options = d.pop("shippingOptions", UNSET)
        shipping_options = (
            UNSET
            if _shipping_options is UNSET
            else [ShippingOptions.from_dict(_item) for _item in _shipping_options]
        )

        if cls is ShippingOptionsResponse:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.recommended_shipping_option = recommended_shipping_option
            _built.shipping_options = shipping_options
            _built._parse_notes = None
            shipping_options_response = _built
        else:  # a subclass: its own __init__ runs
            shipping_options_response = cls(
                recommended_shipping_option=recommended_shipping_option,
                shipping_options=shipping_options,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        shipping_options_response.additional_properties = d or {}
        return shipping_options_response

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
