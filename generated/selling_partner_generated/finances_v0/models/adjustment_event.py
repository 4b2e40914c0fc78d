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
    from ..models.adjustment_item import AdjustmentItem
    from ..models.currency import Currency


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, AdjustmentItem, Currency
    from ..models.adjustment_item import AdjustmentItem
    from ..models.currency import Currency

    _lazy_pending = False


T = TypeVar("T", bound="AdjustmentEvent")


@_attrs_define
class AdjustmentEvent:
    """
    Attributes:
        adjustment_amount (Currency | Unset):
        adjustment_item_list (list[AdjustmentItem] | Unset):
        adjustment_type (str | Unset):
        posted_date (datetime.datetime | Unset):
        store_name (str | Unset):
    """

    adjustment_amount: Currency | Unset = UNSET
    adjustment_item_list: list[AdjustmentItem] | Unset = UNSET
    adjustment_type: str | Unset = UNSET
    posted_date: datetime.datetime | Unset = UNSET
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
        if _lazy_pending:
            _load_lazy()
        adjustment_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.adjustment_amount, Unset):
            adjustment_amount = self.adjustment_amount.to_dict()

        adjustment_item_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.adjustment_item_list, Unset):
            adjustment_item_list = []
            for (
                componentsschemas_adjustment_item_list_item_data
            ) in self.adjustment_item_list:
                componentsschemas_adjustment_item_list_item = (
                    componentsschemas_adjustment_item_list_item_data.to_dict()
                )
                adjustment_item_list.append(componentsschemas_adjustment_item_list_item)

        adjustment_type = self.adjustment_type

        posted_date: str | Unset = UNSET
        if not isinstance(self.posted_date, Unset):
            posted_date = self.posted_date.isoformat()

        store_name = self.store_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if adjustment_amount is not UNSET:
            field_dict["AdjustmentAmount"] = adjustment_amount
        if adjustment_item_list is not UNSET:
            field_dict["AdjustmentItemList"] = adjustment_item_list
        if adjustment_type is not UNSET:
            field_dict["AdjustmentType"] = adjustment_type
        if posted_date is not UNSET:
            field_dict["PostedDate"] = posted_date
        if store_name is not UNSET:
            field_dict["StoreName"] = store_name

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.adjustment_item import AdjustmentItem
        from ..models.currency import Currency

        return (
            (
                ("AdjustmentAmount", "adjustment_amount", False, ("model", Currency)),
                (
                    "AdjustmentItemList",
                    "adjustment_item_list",
                    False,
                    ("list", ("model", AdjustmentItem)),
                ),
                ("AdjustmentType", "adjustment_type", False, ("str",)),
                ("PostedDate", "posted_date", False, ("datetime",)),
                ("StoreName", "store_name", False, ("str",)),
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
        _adjustment_amount = d.pop("AdjustmentAmount", UNSET)
        adjustment_amount = (
            UNSET
            if _adjustment_amount is UNSET
            else Currency.from_dict(_adjustment_amount)
        )

        _adjustment_item_list = d.pop("AdjustmentItemList", UNSET)
        adjustment_item_list = (
            UNSET
            if _adjustment_item_list is UNSET
            else [AdjustmentItem.from_dict(_item) for _item in _adjustment_item_list]
        )

        adjustment_type = d.pop("AdjustmentType", UNSET)

        if (
            _reader is not None
            and adjustment_type.__class__ is not str
            and adjustment_type is not UNSET
        ):
            raise DeviationError("AdjustmentType")

        _posted_date = d.pop("PostedDate", UNSET)
        posted_date = (
            UNSET
            if _posted_date is UNSET
            else datetime.datetime.fromisoformat(_posted_date)
        )

        if (
            _reader is not None
            and not isinstance(posted_date, Unset)
            and posted_date.tzinfo is None
        ):
            raise DeviationError("PostedDate")

        store_name = d.pop("StoreName", UNSET)

        if (
            _reader is not None
            and store_name.__class__ is not str
            and store_name is not UNSET
        ):
            raise DeviationError("StoreName")

        if cls is AdjustmentEvent:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.adjustment_amount = adjustment_amount
            _built.adjustment_item_list = adjustment_item_list
            _built.adjustment_type = adjustment_type
            _built.posted_date = posted_date
            _built.store_name = store_name
            _built._parse_notes = None
            adjustment_event = _built
        else:  # a subclass: its own __init__ runs
            adjustment_event = cls(
                adjustment_amount=adjustment_amount,
                adjustment_item_list=adjustment_item_list,
                adjustment_type=adjustment_type,
                posted_date=posted_date,
                store_name=store_name,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        adjustment_event.additional_properties = d or {}
        return adjustment_event

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
