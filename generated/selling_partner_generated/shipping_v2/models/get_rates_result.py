from __future__ import annotations

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
    from ..models.ineligible_rate import IneligibleRate
    from ..models.rate import Rate


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, IneligibleRate, Rate
    from ..models.ineligible_rate import IneligibleRate
    from ..models.rate import Rate

    _lazy_pending = False


T = TypeVar("T", bound="GetRatesResult")


@_attrs_define
class GetRatesResult:
    """
    Attributes:
        rates (list[Rate]):
        request_token (str):
        ineligible_rates (list[IneligibleRate] | Unset):
    """

    rates: list[Rate]
    request_token: str
    ineligible_rates: list[IneligibleRate] | Unset = UNSET
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
        rates = []
        for componentsschemas_rate_list_item_data in self.rates:
            componentsschemas_rate_list_item = (
                componentsschemas_rate_list_item_data.to_dict()
            )
            rates.append(componentsschemas_rate_list_item)

        request_token = self.request_token

        ineligible_rates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ineligible_rates, Unset):
            ineligible_rates = []
            for (
                componentsschemas_ineligible_rate_list_item_data
            ) in self.ineligible_rates:
                componentsschemas_ineligible_rate_list_item = (
                    componentsschemas_ineligible_rate_list_item_data.to_dict()
                )
                ineligible_rates.append(componentsschemas_ineligible_rate_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rates": rates,
                "requestToken": request_token,
            }
        )
        if ineligible_rates is not UNSET:
            field_dict["ineligibleRates"] = ineligible_rates

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.ineligible_rate import IneligibleRate
        from ..models.rate import Rate

        return (
            (
                ("rates", "rates", True, ("list", ("model", Rate))),
                ("requestToken", "request_token", True, ("str",)),
                (
                    "ineligibleRates",
                    "ineligible_rates",
                    False,
                    ("list", ("model", IneligibleRate)),
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
        _rates = d.pop("rates")
        rates = [Rate.from_dict(_item) for _item in _rates]

        request_token = d.pop("requestToken")

        if _reader is not None and request_token.__class__ is not str:
            raise DeviationError("requestToken")

        _ineligible_rates = d.pop("ineligibleRates", UNSET)
        ineligible_rates = (
            UNSET
            if _ineligible_rates is UNSET
            else [IneligibleRate.from_dict(_item) for _item in _ineligible_rates]
        )

        if cls is GetRatesResult:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.rates = rates
            _built.request_token = request_token
            _built.ineligible_rates = ineligible_rates
            _built._parse_notes = None
            get_rates_result = _built
        else:  # a subclass: its own __init__ runs
            get_rates_result = cls(
                rates=rates,
                request_token=request_token,
                ineligible_rates=ineligible_rates,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        get_rates_result.additional_properties = d or {}
        return get_rates_result

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
