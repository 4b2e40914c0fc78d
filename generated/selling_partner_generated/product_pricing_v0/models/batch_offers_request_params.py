from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_type import CustomerType
from ..models.item_condition import ItemCondition
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

T = TypeVar("T", bound="BatchOffersRequestParams")


@_attrs_define
class BatchOffersRequestParams:
    """
    Attributes:
        item_condition (ItemCondition):
        marketplace_id (str):
        customer_type (CustomerType | Unset):
    """

    item_condition: ItemCondition
    marketplace_id: str
    customer_type: CustomerType | Unset = UNSET
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
        item_condition = self.item_condition.value

        marketplace_id = self.marketplace_id

        customer_type: str | Unset = UNSET
        if not isinstance(self.customer_type, Unset):
            customer_type = self.customer_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ItemCondition": item_condition,
                "MarketplaceId": marketplace_id,
            }
        )
        if customer_type is not UNSET:
            field_dict["CustomerType"] = customer_type

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("ItemCondition", "item_condition", True, ("enum", ItemCondition)),
                ("MarketplaceId", "marketplace_id", True, ("str",)),
                ("CustomerType", "customer_type", False, ("enum", CustomerType)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        _item_condition = d.pop("ItemCondition")
        item_condition = (
            ItemCondition._value2member_map_.get(_item_condition)
            if _item_condition.__class__ is str
            else None
        ) or ItemCondition(_item_condition)

        marketplace_id = d.pop("MarketplaceId")

        if _reader is not None and marketplace_id.__class__ is not str:
            raise DeviationError("MarketplaceId")

        _customer_type = d.pop("CustomerType", UNSET)
        customer_type = (
            UNSET
            if _customer_type is UNSET
            else (
                CustomerType._value2member_map_.get(_customer_type)
                if _customer_type.__class__ is str
                else None
            )
            or CustomerType(_customer_type)
        )

        if cls is BatchOffersRequestParams:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.item_condition = item_condition
            _built.marketplace_id = marketplace_id
            _built.customer_type = customer_type
            _built._parse_notes = None
            batch_offers_request_params = _built
        else:  # a subclass: its own __init__ runs
            batch_offers_request_params = cls(
                item_condition=item_condition,
                marketplace_id=marketplace_id,
                customer_type=customer_type,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        batch_offers_request_params.additional_properties = d or {}
        return batch_offers_request_params

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
