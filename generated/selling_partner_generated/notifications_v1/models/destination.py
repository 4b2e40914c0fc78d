from __future__ import annotations

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
    from ..models.destination_resource import DestinationResource


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, DestinationResource
    from ..models.destination_resource import DestinationResource

    _lazy_pending = False


T = TypeVar("T", bound="Destination")


@_attrs_define
class Destination:
    """
    Attributes:
        destination_id (str):
        name (str):
        resource (DestinationResource):
    """

    destination_id: str
    name: str
    resource: DestinationResource
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

        name = self.name

        resource = self.resource.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destinationId": destination_id,
                "name": name,
                "resource": resource,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.destination_resource import DestinationResource

        return (
            (
                ("destinationId", "destination_id", True, ("str",)),
                ("name", "name", True, ("str",)),
                ("resource", "resource", True, ("model", DestinationResource)),
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

        name = d.pop("name")

        if _reader is not None and name.__class__ is not str:
            raise DeviationError("name")

        resource = DestinationResource.from_dict(d.pop("resource"))

        if cls is Destination:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.destination_id = destination_id
            _built.name = name
            _built.resource = resource
            _built._parse_notes = None
            destination = _built
        else:  # a subclass: its own __init__ runs
            destination = cls(
                destination_id=destination_id,
                name=name,
                resource=resource,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        destination.additional_properties = d or {}
        return destination

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
