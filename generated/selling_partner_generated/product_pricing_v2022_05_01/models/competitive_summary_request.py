from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.competitive_summary_included_data import CompetitiveSummaryIncludedData
from ..models.http_method import HttpMethod
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
    from ..models.lowest_priced_offers_input import LowestPricedOffersInput


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, LowestPricedOffersInput
    from ..models.lowest_priced_offers_input import LowestPricedOffersInput

    _lazy_pending = False


T = TypeVar("T", bound="CompetitiveSummaryRequest")


@_attrs_define
class CompetitiveSummaryRequest:
    """
    Attributes:
        asin (str):
        included_data (list[CompetitiveSummaryIncludedData]):
        marketplace_id (str):
        method (HttpMethod):
        uri (str):
        lowest_priced_offers_inputs (list[LowestPricedOffersInput] | Unset):
    """

    asin: str
    included_data: list[CompetitiveSummaryIncludedData]
    marketplace_id: str
    method: HttpMethod
    uri: str
    lowest_priced_offers_inputs: list[LowestPricedOffersInput] | Unset = UNSET
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
        asin = self.asin

        included_data = []
        for included_data_item_data in self.included_data:
            included_data_item = included_data_item_data.value
            included_data.append(included_data_item)

        marketplace_id = self.marketplace_id

        method = self.method.value

        uri = self.uri

        lowest_priced_offers_inputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lowest_priced_offers_inputs, Unset):
            lowest_priced_offers_inputs = []
            for (
                lowest_priced_offers_inputs_item_data
            ) in self.lowest_priced_offers_inputs:
                lowest_priced_offers_inputs_item = (
                    lowest_priced_offers_inputs_item_data.to_dict()
                )
                lowest_priced_offers_inputs.append(lowest_priced_offers_inputs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asin": asin,
                "includedData": included_data,
                "marketplaceId": marketplace_id,
                "method": method,
                "uri": uri,
            }
        )
        if lowest_priced_offers_inputs is not UNSET:
            field_dict["lowestPricedOffersInputs"] = lowest_priced_offers_inputs

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.lowest_priced_offers_input import LowestPricedOffersInput

        return (
            (
                ("asin", "asin", True, ("str",)),
                (
                    "includedData",
                    "included_data",
                    True,
                    ("list", ("enum", CompetitiveSummaryIncludedData)),
                ),
                ("marketplaceId", "marketplace_id", True, ("str",)),
                ("method", "method", True, ("enum", HttpMethod)),
                ("uri", "uri", True, ("str",)),
                (
                    "lowestPricedOffersInputs",
                    "lowest_priced_offers_inputs",
                    False,
                    ("list", ("model", LowestPricedOffersInput)),
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
        asin = d.pop("asin")

        if _reader is not None and asin.__class__ is not str:
            raise DeviationError("asin")

        _included_data = d.pop("includedData")
        included_data = [
            (
                CompetitiveSummaryIncludedData._value2member_map_.get(_item)
                if _item.__class__ is str
                else None
            )
            or CompetitiveSummaryIncludedData(_item)
            for _item in _included_data
        ]

        marketplace_id = d.pop("marketplaceId")

        if _reader is not None and marketplace_id.__class__ is not str:
            raise DeviationError("marketplaceId")

        _method = d.pop("method")
        method = (
            HttpMethod._value2member_map_.get(_method)
            if _method.__class__ is str
            else None
        ) or HttpMethod(_method)

        uri = d.pop("uri")

        if _reader is not None and uri.__class__ is not str:
            raise DeviationError("uri")

        _lowest_priced_offers_inputs = d.pop("lowestPricedOffersInputs", UNSET)
        lowest_priced_offers_inputs = (
            UNSET
            if _lowest_priced_offers_inputs is UNSET
            else [
                LowestPricedOffersInput.from_dict(_item)
                for _item in _lowest_priced_offers_inputs
            ]
        )

        if cls is CompetitiveSummaryRequest:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.asin = asin
            _built.included_data = included_data
            _built.marketplace_id = marketplace_id
            _built.method = method
            _built.uri = uri
            _built.lowest_priced_offers_inputs = lowest_priced_offers_inputs
            _built._parse_notes = None
            competitive_summary_request = _built
        else:  # a subclass: its own __init__ runs
            competitive_summary_request = cls(
                asin=asin,
                included_data=included_data,
                marketplace_id=marketplace_id,
                method=method,
                uri=uri,
                lowest_priced_offers_inputs=lowest_priced_offers_inputs,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        competitive_summary_request.additional_properties = d or {}
        return competitive_summary_request

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
