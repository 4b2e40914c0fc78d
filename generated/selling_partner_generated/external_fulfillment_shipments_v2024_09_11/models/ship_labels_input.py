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
    from ..models.courier_supported_attributes import CourierSupportedAttributes


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, CourierSupportedAttributes
    from ..models.courier_supported_attributes import CourierSupportedAttributes

    _lazy_pending = False


T = TypeVar("T", bound="ShipLabelsInput")


@_attrs_define
class ShipLabelsInput:
    """
    Attributes:
        package_ids (list[str]):
        courier_supported_attributes (CourierSupportedAttributes | Unset):
    """

    package_ids: list[str]
    courier_supported_attributes: CourierSupportedAttributes | Unset = UNSET
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
        package_ids = self.package_ids

        courier_supported_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.courier_supported_attributes, Unset):
            courier_supported_attributes = self.courier_supported_attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "packageIds": package_ids,
            }
        )
        if courier_supported_attributes is not UNSET:
            field_dict["courierSupportedAttributes"] = courier_supported_attributes

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.courier_supported_attributes import CourierSupportedAttributes

        return (
            (
                ("packageIds", "package_ids", True, ("list", ("str",))),
                (
                    "courierSupportedAttributes",
                    "courier_supported_attributes",
                    False,
                    ("model", CourierSupportedAttributes),
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
        package_ids = d.pop("packageIds")

        if _reader is not None and package_ids.__class__ is not list:
            raise DeviationError("packageIds")

        _courier_supported_attributes = d.pop("courierSupportedAttributes", UNSET)
        courier_supported_attributes = (
            UNSET
            if _courier_supported_attributes is UNSET
            else CourierSupportedAttributes.from_dict(_courier_supported_attributes)
        )

        if cls is ShipLabelsInput:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.package_ids = package_ids
            _built.courier_supported_attributes = courier_supported_attributes
            _built._parse_notes = None
            ship_labels_input = _built
        else:  # a subclass: its own __init__ runs
            ship_labels_input = cls(
                package_ids=package_ids,
                courier_supported_attributes=courier_supported_attributes,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        ship_labels_input.additional_properties = d or {}
        return ship_labels_input

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
