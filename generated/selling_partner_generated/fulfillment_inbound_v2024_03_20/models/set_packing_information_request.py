from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.package_grouping_input import PackageGroupingInput


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, PackageGroupingInput
    from ..models.package_grouping_input import PackageGroupingInput

    _lazy_pending = False


T = TypeVar("T", bound="SetPackingInformationRequest")


@_attrs_define
class SetPackingInformationRequest:
    """
    Attributes:
        package_groupings (list[PackageGroupingInput]):
    """

    package_groupings: list[PackageGroupingInput]
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
        package_groupings = []
        for package_groupings_item_data in self.package_groupings:
            package_groupings_item = package_groupings_item_data.to_dict()
            package_groupings.append(package_groupings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "packageGroupings": package_groupings,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.package_grouping_input import PackageGroupingInput

        return (
            (
                (
                    "packageGroupings",
                    "package_groupings",
                    True,
                    ("list", ("model", PackageGroupingInput)),
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
        _package_groupings = d.pop("packageGroupings")
        package_groupings = [
            PackageGroupingInput.from_dict(_item) for _item in _package_groupings
        ]

        if cls is SetPackingInformationRequest:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.package_groupings = package_groupings
            _built._parse_notes = None
            set_packing_information_request = _built
        else:  # a subclass: its own __init__ runs
            set_packing_information_request = cls(
                package_groupings=package_groupings,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        set_packing_information_request.additional_properties = d or {}
        return set_packing_information_request

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
