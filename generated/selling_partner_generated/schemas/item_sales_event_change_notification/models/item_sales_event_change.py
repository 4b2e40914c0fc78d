from __future__ import annotations

import datetime
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

T = TypeVar("T", bound="ItemSalesEventChange")


@_attrs_define
class ItemSalesEventChange:
    """
    Attributes:
        account_id (str):
        marketplace_id (str):
        currency_code (str):
        start_time (datetime.datetime):
        end_time (datetime.datetime):
        asin (str):
        ordered_units (int):
        ordered_revenue (float):
    """

    account_id: str
    marketplace_id: str
    currency_code: str
    start_time: datetime.datetime
    end_time: datetime.datetime
    asin: str
    ordered_units: int
    ordered_revenue: float
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
        account_id = self.account_id

        marketplace_id = self.marketplace_id

        currency_code = self.currency_code

        start_time = self.start_time.isoformat()

        end_time = self.end_time.isoformat()

        asin = self.asin

        ordered_units = self.ordered_units

        ordered_revenue = self.ordered_revenue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "marketplaceId": marketplace_id,
                "currencyCode": currency_code,
                "startTime": start_time,
                "endTime": end_time,
                "asin": asin,
                "orderedUnits": ordered_units,
                "orderedRevenue": ordered_revenue,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("accountId", "account_id", True, ("str",)),
                ("marketplaceId", "marketplace_id", True, ("str",)),
                ("currencyCode", "currency_code", True, ("str",)),
                ("startTime", "start_time", True, ("datetime",)),
                ("endTime", "end_time", True, ("datetime",)),
                ("asin", "asin", True, ("str",)),
                ("orderedUnits", "ordered_units", True, ("int",)),
                ("orderedRevenue", "ordered_revenue", True, ("float",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        account_id = d.pop("accountId")

        if _reader is not None and account_id.__class__ is not str:
            raise DeviationError("accountId")

        marketplace_id = d.pop("marketplaceId")

        if _reader is not None and marketplace_id.__class__ is not str:
            raise DeviationError("marketplaceId")

        currency_code = d.pop("currencyCode")

        if _reader is not None and currency_code.__class__ is not str:
            raise DeviationError("currencyCode")

        start_time = datetime.datetime.fromisoformat(d.pop("startTime"))

        if _reader is not None and start_time.tzinfo is None:
            raise DeviationError("startTime")

        end_time = datetime.datetime.fromisoformat(d.pop("endTime"))

        if _reader is not None and end_time.tzinfo is None:
            raise DeviationError("endTime")

        asin = d.pop("asin")

        if _reader is not None and asin.__class__ is not str:
            raise DeviationError("asin")

        ordered_units = d.pop("orderedUnits")

        if _reader is not None and ordered_units.__class__ is not int:
            raise DeviationError("orderedUnits")

        ordered_revenue = d.pop("orderedRevenue")

        if (
            _reader is not None
            and ordered_revenue.__class__ is not float
            and ordered_revenue.__class__ is not int
        ):
            raise DeviationError("orderedRevenue")

        if cls is ItemSalesEventChange:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.account_id = account_id
            _built.marketplace_id = marketplace_id
            _built.currency_code = currency_code
            _built.start_time = start_time
            _built.end_time = end_time
            _built.asin = asin
            _built.ordered_units = ordered_units
            _built.ordered_revenue = ordered_revenue
            _built._parse_notes = None
            item_sales_event_change = _built
        else:  # a subclass: its own __init__ runs
            item_sales_event_change = cls(
                account_id=account_id,
                marketplace_id=marketplace_id,
                currency_code=currency_code,
                start_time=start_time,
                end_time=end_time,
                asin=asin,
                ordered_units=ordered_units,
                ordered_revenue=ordered_revenue,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        item_sales_event_change.additional_properties = d or {}
        return item_sales_event_change

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
