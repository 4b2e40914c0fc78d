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
    from ..models.label import Label


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Label
    from ..models.label import Label

    _lazy_pending = False


T = TypeVar("T", bound="LabelResult")


@_attrs_define
class LabelResult:
    """
    Attributes:
        container_reference_id (str | Unset):
        label (Label | Unset):
        tracking_id (str | Unset):
    """

    container_reference_id: str | Unset = UNSET
    label: Label | Unset = UNSET
    tracking_id: str | Unset = UNSET
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
        container_reference_id = self.container_reference_id

        label: dict[str, Any] | Unset = UNSET
        if not isinstance(self.label, Unset):
            label = self.label.to_dict()

        tracking_id = self.tracking_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if container_reference_id is not UNSET:
            field_dict["containerReferenceId"] = container_reference_id
        if label is not UNSET:
            field_dict["label"] = label
        if tracking_id is not UNSET:
            field_dict["trackingId"] = tracking_id

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.label import Label

        return (
            (
                ("containerReferenceId", "container_reference_id", False, ("str",)),
                ("label", "label", False, ("model", Label)),
                ("trackingId", "tracking_id", False, ("str",)),
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
        container_reference_id = d.pop("containerReferenceId", UNSET)

        if (
            _reader is not None
            and container_reference_id.__class__ is not str
            and container_reference_id is not UNSET
        ):
            raise DeviationError("containerReferenceId")

        _label = d.pop("label", UNSET)
        label = UNSET if _label is UNSET else Label.from_dict(_label)

        tracking_id = d.pop("trackingId", UNSET)

        if (
            _reader is not None
            and tracking_id.__class__ is not str
            and tracking_id is not UNSET
        ):
            raise DeviationError("trackingId")

        if cls is LabelResult:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.container_reference_id = container_reference_id
            _built.label = label
            _built.tracking_id = tracking_id
            _built._parse_notes = None
            label_result = _built
        else:  # a subclass: its own __init__ runs
            label_result = cls(
                container_reference_id=container_reference_id,
                label=label,
                tracking_id=tracking_id,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        label_result.additional_properties = d or {}
        return label_result

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
