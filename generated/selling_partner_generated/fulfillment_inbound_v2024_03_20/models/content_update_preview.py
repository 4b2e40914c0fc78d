from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

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

if TYPE_CHECKING:
    from ..models.requested_updates import RequestedUpdates
    from ..models.transportation_option import TransportationOption


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, RequestedUpdates, TransportationOption
    from ..models.requested_updates import RequestedUpdates
    from ..models.transportation_option import TransportationOption

    _lazy_pending = False


T = TypeVar("T", bound="ContentUpdatePreview")


@_attrs_define
class ContentUpdatePreview:
    """
    Attributes:
        content_update_preview_id (str):
        expiration (datetime.datetime):
        requested_updates (RequestedUpdates):
        transportation_option (TransportationOption):
    """

    content_update_preview_id: str
    expiration: datetime.datetime
    requested_updates: RequestedUpdates
    transportation_option: TransportationOption
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
        content_update_preview_id = self.content_update_preview_id

        expiration = self.expiration.isoformat()

        requested_updates = self.requested_updates.to_dict()

        transportation_option = self.transportation_option.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contentUpdatePreviewId": content_update_preview_id,
                "expiration": expiration,
                "requestedUpdates": requested_updates,
                "transportationOption": transportation_option,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.requested_updates import RequestedUpdates
        from ..models.transportation_option import TransportationOption

        return (
            (
                ("contentUpdatePreviewId", "content_update_preview_id", True, ("str",)),
                ("expiration", "expiration", True, ("datetime",)),
                (
                    "requestedUpdates",
                    "requested_updates",
                    True,
                    ("model", RequestedUpdates),
                ),
                (
                    "transportationOption",
                    "transportation_option",
                    True,
                    ("model", TransportationOption),
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
        content_update_preview_id = d.pop("contentUpdatePreviewId")

        if _reader is not None and content_update_preview_id.__class__ is not str:
            raise DeviationError("contentUpdatePreviewId")

        expiration = datetime.datetime.fromisoformat(d.pop("expiration"))

        if _reader is not None and expiration.tzinfo is None:
            raise DeviationError("expiration")

        requested_updates = RequestedUpdates.from_dict(d.pop("requestedUpdates"))

        transportation_option = TransportationOption.from_dict(
            d.pop("transportationOption")
        )

        if cls is ContentUpdatePreview:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.content_update_preview_id = content_update_preview_id
            _built.expiration = expiration
            _built.requested_updates = requested_updates
            _built.transportation_option = transportation_option
            _built._parse_notes = None
            content_update_preview = _built
        else:  # a subclass: its own __init__ runs
            content_update_preview = cls(
                content_update_preview_id=content_update_preview_id,
                expiration=expiration,
                requested_updates=requested_updates,
                transportation_option=transportation_option,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        content_update_preview.additional_properties = d or {}
        return content_update_preview

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
