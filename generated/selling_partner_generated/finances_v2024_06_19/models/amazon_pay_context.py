from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

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

T = TypeVar("T", bound="AmazonPayContext")


@_attrs_define
class AmazonPayContext:
    """
    Attributes:
        channel (str | Unset):
        order_type (str | Unset):
        store_name (str | Unset):
    """

    channel: str | Unset = UNSET
    order_type: str | Unset = UNSET
    store_name: str | Unset = UNSET
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
        channel = self.channel

        order_type = self.order_type

        store_name = self.store_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel is not UNSET:
            field_dict["channel"] = channel
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if store_name is not UNSET:
            field_dict["storeName"] = store_name

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("channel", "channel", False, ("str",)),
                ("orderType", "order_type", False, ("str",)),
                ("storeName", "store_name", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        channel = d.pop("channel", UNSET)

        if (
            _reader is not None
            and channel.__class__ is not str
            and channel is not UNSET
        ):
            raise DeviationError("channel")

        order_type = d.pop("orderType", UNSET)

        if (
            _reader is not None
            and order_type.__class__ is not str
            and order_type is not UNSET
        ):
            raise DeviationError("orderType")

        store_name = d.pop("storeName", UNSET)

        if (
            _reader is not None
            and store_name.__class__ is not str
            and store_name is not UNSET
        ):
            raise DeviationError("storeName")

        if cls is AmazonPayContext:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.channel = channel
            _built.order_type = order_type
            _built.store_name = store_name
            _built._parse_notes = None
            amazon_pay_context = _built
        else:  # a subclass: its own __init__ runs
            amazon_pay_context = cls(
                channel=channel,
                order_type=order_type,
                store_name=store_name,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        amazon_pay_context.additional_properties = d or {}
        return amazon_pay_context

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
