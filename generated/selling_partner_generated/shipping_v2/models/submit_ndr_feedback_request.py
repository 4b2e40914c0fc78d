from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ndr_action import NdrAction
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
    from ..models.ndr_request_data import NdrRequestData


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, NdrRequestData
    from ..models.ndr_request_data import NdrRequestData

    _lazy_pending = False


T = TypeVar("T", bound="SubmitNdrFeedbackRequest")


@_attrs_define
class SubmitNdrFeedbackRequest:
    """
    Attributes:
        ndr_action (NdrAction):
        tracking_id (str):
        ndr_request_data (NdrRequestData | Unset):
    """

    ndr_action: NdrAction
    tracking_id: str
    ndr_request_data: NdrRequestData | Unset = UNSET
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
        ndr_action = self.ndr_action.value

        tracking_id = self.tracking_id

        ndr_request_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ndr_request_data, Unset):
            ndr_request_data = self.ndr_request_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ndrAction": ndr_action,
                "trackingId": tracking_id,
            }
        )
        if ndr_request_data is not UNSET:
            field_dict["ndrRequestData"] = ndr_request_data

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.ndr_request_data import NdrRequestData

        return (
            (
                ("ndrAction", "ndr_action", True, ("enum", NdrAction)),
                ("trackingId", "tracking_id", True, ("str",)),
                (
                    "ndrRequestData",
                    "ndr_request_data",
                    False,
                    ("model", NdrRequestData),
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
        _ndr_action = d.pop("ndrAction")
        ndr_action = (
            NdrAction._value2member_map_.get(_ndr_action)
            if _ndr_action.__class__ is str
            else None
        ) or NdrAction(_ndr_action)

        tracking_id = d.pop("trackingId")

        if _reader is not None and tracking_id.__class__ is not str:
            raise DeviationError("trackingId")

        _ndr_request_data = d.pop("ndrRequestData", UNSET)
        ndr_request_data = (
            UNSET
            if _ndr_request_data is UNSET
            else NdrRequestData.from_dict(_ndr_request_data)
        )

        if cls is SubmitNdrFeedbackRequest:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.ndr_action = ndr_action
            _built.tracking_id = tracking_id
            _built.ndr_request_data = ndr_request_data
            _built._parse_notes = None
            submit_ndr_feedback_request = _built
        else:  # a subclass: its own __init__ runs
            submit_ndr_feedback_request = cls(
                ndr_action=ndr_action,
                tracking_id=tracking_id,
                ndr_request_data=ndr_request_data,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        submit_ndr_feedback_request.additional_properties = d or {}
        return submit_ndr_feedback_request

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
