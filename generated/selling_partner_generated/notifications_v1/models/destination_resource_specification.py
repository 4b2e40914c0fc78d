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
    from ..models.event_bridge_resource_specification import (
        EventBridgeResourceSpecification,
    )
    from ..models.sqs_resource import SqsResource


T = TypeVar("T", bound="DestinationResourceSpecification")


@_attrs_define
class DestinationResourceSpecification:
    """
    Attributes:
        event_bridge (EventBridgeResourceSpecification | Unset):
        sqs (SqsResource | Unset):
    """

    event_bridge: EventBridgeResourceSpecification | Unset = UNSET
    sqs: SqsResource | Unset = UNSET
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
        event_bridge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_bridge, Unset):
            event_bridge = self.event_bridge.to_dict()

        sqs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sqs, Unset):
            sqs = self.sqs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_bridge is not UNSET:
            field_dict["eventBridge"] = event_bridge
        if sqs is not UNSET:
            field_dict["sqs"] = sqs

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.event_bridge_resource_specification import (
            EventBridgeResourceSpecification,
        )
        from ..models.sqs_resource import SqsResource

        return (
            (
                (
                    "eventBridge",
                    "event_bridge",
                    False,
                    ("model", EventBridgeResourceSpecification),
                ),
                ("sqs", "sqs", False, ("model", SqsResource)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        from ..models.event_bridge_resource_specification import (
            EventBridgeResourceSpecification,
        )
        from ..models.sqs_resource import SqsResource

        d = dict(src_dict)
        _event_bridge = d.pop("eventBridge", UNSET)
        event_bridge: EventBridgeResourceSpecification | Unset
        if isinstance(_event_bridge, Unset):
            event_bridge = UNSET
        else:
            event_bridge = EventBridgeResourceSpecification.from_dict(_event_bridge)

        _sqs = d.pop("sqs", UNSET)
        sqs: SqsResource | Unset
        if isinstance(_sqs, Unset):
            sqs = UNSET
        else:
            sqs = SqsResource.from_dict(_sqs)

        destination_resource_specification = cls(
            event_bridge=event_bridge,
            sqs=sqs,
        )

        destination_resource_specification.additional_properties = d
        return destination_resource_specification

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
