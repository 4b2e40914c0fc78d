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
    from ..models.fee_detail import FeeDetail
    from ..models.money_type import MoneyType


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, FeeDetail, MoneyType
    from ..models.fee_detail import FeeDetail
    from ..models.money_type import MoneyType

    _lazy_pending = False


T = TypeVar("T", bound="FeesEstimate")


@_attrs_define
class FeesEstimate:
    """
    Attributes:
        time_of_fees_estimation (datetime.datetime):
        fee_detail_list (list[FeeDetail] | Unset):
        total_fees_estimate (MoneyType | Unset):
    """

    time_of_fees_estimation: datetime.datetime
    fee_detail_list: list[FeeDetail] | Unset = UNSET
    total_fees_estimate: MoneyType | Unset = UNSET
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
        time_of_fees_estimation = self.time_of_fees_estimation.isoformat()

        fee_detail_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fee_detail_list, Unset):
            fee_detail_list = []
            for componentsschemas_fee_detail_list_item_data in self.fee_detail_list:
                componentsschemas_fee_detail_list_item = (
                    componentsschemas_fee_detail_list_item_data.to_dict()
                )
                fee_detail_list.append(componentsschemas_fee_detail_list_item)

        total_fees_estimate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_fees_estimate, Unset):
            total_fees_estimate = self.total_fees_estimate.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "TimeOfFeesEstimation": time_of_fees_estimation,
            }
        )
        if fee_detail_list is not UNSET:
            field_dict["FeeDetailList"] = fee_detail_list
        if total_fees_estimate is not UNSET:
            field_dict["TotalFeesEstimate"] = total_fees_estimate

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.fee_detail import FeeDetail
        from ..models.money_type import MoneyType

        return (
            (
                (
                    "TimeOfFeesEstimation",
                    "time_of_fees_estimation",
                    True,
                    ("datetime",),
                ),
                (
                    "FeeDetailList",
                    "fee_detail_list",
                    False,
                    ("list", ("model", FeeDetail)),
                ),
                (
                    "TotalFeesEstimate",
                    "total_fees_estimate",
                    False,
                    ("model", MoneyType),
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
        time_of_fees_estimation = datetime.datetime.fromisoformat(
            d.pop("TimeOfFeesEstimation")
        )

        if _reader is not None and time_of_fees_estimation.tzinfo is None:
            raise DeviationError("TimeOfFeesEstimation")

        _fee_detail_list = d.pop("FeeDetailList", UNSET)
        fee_detail_list = (
            UNSET
            if _fee_detail_list is UNSET
            else [FeeDetail.from_dict(_item) for _item in _fee_detail_list]
        )

        _total_fees_estimate = d.pop("TotalFeesEstimate", UNSET)
        total_fees_estimate = (
            UNSET
            if _total_fees_estimate is UNSET
            else MoneyType.from_dict(_total_fees_estimate)
        )

        if cls is FeesEstimate:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.time_of_fees_estimation = time_of_fees_estimation
            _built.fee_detail_list = fee_detail_list
            _built.total_fees_estimate = total_fees_estimate
            _built._parse_notes = None
            fees_estimate = _built
        else:  # a subclass: its own __init__ runs
            fees_estimate = cls(
                time_of_fees_estimation=time_of_fees_estimation,
                fee_detail_list=fee_detail_list,
                total_fees_estimate=total_fees_estimate,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        fees_estimate.additional_properties = d or {}
        return fees_estimate

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
