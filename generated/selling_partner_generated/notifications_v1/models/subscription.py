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
    from ..models.processing_directive import ProcessingDirective


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ProcessingDirective
    from ..models.processing_directive import ProcessingDirective

    _lazy_pending = False


T = TypeVar("T", bound="Subscription")


@_attrs_define
class Subscription:
    """
    Attributes:
        destination_id (str):
        payload_version (str):
        subscription_id (str):
        processing_directive (ProcessingDirective | Unset):
    """

    destination_id: str
    payload_version: str
    subscription_id: str
    processing_directive: ProcessingDirective | Unset = UNSET
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
        destination_id = self.destination_id

        payload_version = self.payload_version

        subscription_id = self.subscription_id

        processing_directive: dict[str, Any] | Unset = UNSET
        if not isinstance(self.processing_directive, Unset):
            processing_directive = self.processing_directive.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destinationId": destination_id,
                "payloadVersion": payload_version,
                "subscriptionId": subscription_id,
            }
        )
        if processing_directive is not UNSET:
            field_dict["processingDirective"] = processing_directive

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.processing_directive import ProcessingDirective

        return (
            (
                ("destinationId", "destination_id", True, ("str",)),
                ("payloadVersion", "payload_version", True, ("str",)),
                ("subscriptionId", "subscription_id", True, ("str",)),
                (
                    "processingDirective",
                    "processing_directive",
                    False,
                    ("model", ProcessingDirective),
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
        destination_id = d.pop("destinationId")

        if _reader is not None and destination_id.__class__ is not str:
            raise DeviationError("destinationId")

        payload_version = d.pop("payloadVersion")

        if _reader is not None and payload_version.__class__ is not str:
            raise DeviationError("payloadVersion")

        subscription_id = d.pop("subscriptionId")

        if _reader is not None and subscription_id.__class__ is not str:
            raise DeviationError("subscriptionId")

        _processing_directive = d.pop("processingDirective", UNSET)
        processing_directive = (
            UNSET
            if _processing_directive is UNSET
            else ProcessingDirective.from_dict(_processing_directive)
        )

        if cls is Subscription:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.destination_id = destination_id
            _built.payload_version = payload_version
            _built.subscription_id = subscription_id
            _built.processing_directive = processing_directive
            _built._parse_notes = None
            subscription = _built
        else:  # a subclass: its own __init__ runs
            subscription = cls(
                destination_id=destination_id,
                payload_version=payload_version,
                subscription_id=subscription_id,
                processing_directive=processing_directive,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        subscription.additional_properties = d or {}
        return subscription

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
