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
    from ..models.ltl_tracking_detail_input import LtlTrackingDetailInput
    from ..models.spd_tracking_detail_input import SpdTrackingDetailInput


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, LtlTrackingDetailInput, SpdTrackingDetailInput
    from ..models.ltl_tracking_detail_input import LtlTrackingDetailInput
    from ..models.spd_tracking_detail_input import SpdTrackingDetailInput

    _lazy_pending = False


T = TypeVar("T", bound="TrackingDetailsInput")


@_attrs_define
class TrackingDetailsInput:
    """
    Attributes:
        ltl_tracking_detail (LtlTrackingDetailInput | Unset):
        spd_tracking_detail (SpdTrackingDetailInput | Unset):
    """

    ltl_tracking_detail: LtlTrackingDetailInput | Unset = UNSET
    spd_tracking_detail: SpdTrackingDetailInput | Unset = UNSET
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
        ltl_tracking_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ltl_tracking_detail, Unset):
            ltl_tracking_detail = self.ltl_tracking_detail.to_dict()

        spd_tracking_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spd_tracking_detail, Unset):
            spd_tracking_detail = self.spd_tracking_detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ltl_tracking_detail is not UNSET:
            field_dict["ltlTrackingDetail"] = ltl_tracking_detail
        if spd_tracking_detail is not UNSET:
            field_dict["spdTrackingDetail"] = spd_tracking_detail

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.ltl_tracking_detail_input import LtlTrackingDetailInput
        from ..models.spd_tracking_detail_input import SpdTrackingDetailInput

        return (
            (
                (
                    "ltlTrackingDetail",
                    "ltl_tracking_detail",
                    False,
                    ("model", LtlTrackingDetailInput),
                ),
                (
                    "spdTrackingDetail",
                    "spd_tracking_detail",
                    False,
                    ("model", SpdTrackingDetailInput),
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
        _ltl_tracking_detail = d.pop("ltlTrackingDetail", UNSET)
        ltl_tracking_detail = (
            UNSET
            if _ltl_tracking_detail is UNSET
            else LtlTrackingDetailInput.from_dict(_ltl_tracking_detail)
        )

        _spd_tracking_detail = d.pop("spdTrackingDetail", UNSET)
        spd_tracking_detail = (
            UNSET
            if _spd_tracking_detail is UNSET
            else SpdTrackingDetailInput.from_dict(_spd_tracking_detail)
        )

        if cls is TrackingDetailsInput:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.ltl_tracking_detail = ltl_tracking_detail
            _built.spd_tracking_detail = spd_tracking_detail
            _built._parse_notes = None
            tracking_details_input = _built
        else:  # a subclass: its own __init__ runs
            tracking_details_input = cls(
                ltl_tracking_detail=ltl_tracking_detail,
                spd_tracking_detail=spd_tracking_detail,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        tracking_details_input.additional_properties = d or {}
        return tracking_details_input

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
