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
    from ..models.box import Box
    from ..models.pagination import Pagination


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Box, Pagination
    from ..models.box import Box
    from ..models.pagination import Pagination

    _lazy_pending = False


T = TypeVar("T", bound="ListPackingGroupBoxesResponse")


@_attrs_define
class ListPackingGroupBoxesResponse:
    """
    Attributes:
        boxes (list[Box]):
        pagination (Pagination | Unset):
    """

    boxes: list[Box]
    pagination: Pagination | Unset = UNSET
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
        boxes = []
        for boxes_item_data in self.boxes:
            boxes_item = boxes_item_data.to_dict()
            boxes.append(boxes_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "boxes": boxes,
            }
        )
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.box import Box
        from ..models.pagination import Pagination

        return (
            (
                ("boxes", "boxes", True, ("list", ("model", Box))),
                ("pagination", "pagination", False, ("model", Pagination)),
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
        _boxes = d.pop("boxes")
        boxes = [Box.from_dict(_item) for _item in _boxes]

        _pagination = d.pop("pagination", UNSET)
        pagination = (
            UNSET if _pagination is UNSET else Pagination.from_dict(_pagination)
        )

        if cls is ListPackingGroupBoxesResponse:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.boxes = boxes
            _built.pagination = pagination
            _built._parse_notes = None
            list_packing_group_boxes_response = _built
        else:  # a subclass: its own __init__ runs
            list_packing_group_boxes_response = cls(
                boxes=boxes,
                pagination=pagination,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        list_packing_group_boxes_response.additional_properties = d or {}
        return list_packing_group_boxes_response

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
