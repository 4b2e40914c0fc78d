from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

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

T = TypeVar("T", bound="ItemProductTypeChangeNotificationPayload")


@_attrs_define
class ItemProductTypeChangeNotificationPayload:
    """
    Attributes:
        marketplace_id (str):
        asin (str):
        previous_product_type (str):
        current_product_type (str):
    """

    marketplace_id: str
    asin: str
    previous_product_type: str
    current_product_type: str
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
        marketplace_id = self.marketplace_id

        asin = self.asin

        previous_product_type = self.previous_product_type

        current_product_type = self.current_product_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "MarketplaceId": marketplace_id,
                "Asin": asin,
                "PreviousProductType": previous_product_type,
                "CurrentProductType": current_product_type,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("MarketplaceId", "marketplace_id", True, ("str",)),
                ("Asin", "asin", True, ("str",)),
                ("PreviousProductType", "previous_product_type", True, ("str",)),
                ("CurrentProductType", "current_product_type", True, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        marketplace_id = d.pop("MarketplaceId")

        if _reader is not None and marketplace_id.__class__ is not str:
            raise DeviationError("MarketplaceId")

        asin = d.pop("Asin")

        if _reader is not None and asin.__class__ is not str:
            raise DeviationError("Asin")

        previous_product_type = d.pop("PreviousProductType")

        if _reader is not None and previous_product_type.__class__ is not str:
            raise DeviationError("PreviousProductType")

        current_product_type = d.pop("CurrentProductType")

        if _reader is not None and current_product_type.__class__ is not str:
            raise DeviationError("CurrentProductType")

        if cls is ItemProductTypeChangeNotificationPayload:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.marketplace_id = marketplace_id
            _built.asin = asin
            _built.previous_product_type = previous_product_type
            _built.current_product_type = current_product_type
            _built._parse_notes = None
            item_product_type_change_notification_payload = _built
        else:  # a subclass: its own __init__ runs
            item_product_type_change_notification_payload = cls(
                marketplace_id=marketplace_id,
                asin=asin,
                previous_product_type=previous_product_type,
                current_product_type=current_product_type,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        item_product_type_change_notification_payload.additional_properties = d or {}
        return item_product_type_change_notification_payload

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
