from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.box_content_information_source import BoxContentInformationSource
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
    from ..models.dimensions import Dimensions
    from ..models.item_input import ItemInput
    from ..models.weight import Weight


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Dimensions, ItemInput, Weight
    from ..models.dimensions import Dimensions
    from ..models.item_input import ItemInput
    from ..models.weight import Weight

    _lazy_pending = False


T = TypeVar("T", bound="BoxInput")


@_attrs_define
class BoxInput:
    """
    Attributes:
        content_information_source (BoxContentInformationSource):
        dimensions (Dimensions):
        quantity (int):
        weight (Weight):
        items (list[ItemInput] | Unset):
    """

    content_information_source: BoxContentInformationSource
    dimensions: Dimensions
    quantity: int
    weight: Weight
    items: list[ItemInput] | Unset = UNSET
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
        content_information_source = self.content_information_source.value

        dimensions = self.dimensions.to_dict()

        quantity = self.quantity

        weight = self.weight.to_dict()

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contentInformationSource": content_information_source,
                "dimensions": dimensions,
                "quantity": quantity,
                "weight": weight,
            }
        )
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.dimensions import Dimensions
        from ..models.item_input import ItemInput
        from ..models.weight import Weight

        return (
            (
                (
                    "contentInformationSource",
                    "content_information_source",
                    True,
                    ("enum", BoxContentInformationSource),
                ),
                ("dimensions", "dimensions", True, ("model", Dimensions)),
                ("quantity", "quantity", True, ("int",)),
                ("weight", "weight", True, ("model", Weight)),
                ("items", "items", False, ("list", ("model", ItemInput))),
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
        _content_information_source = d.pop("contentInformationSource")
        content_information_source = (
            BoxContentInformationSource._value2member_map_.get(
                _content_information_source
            )
            if _content_information_source.__class__ is str
            else None
        ) or BoxContentInformationSource(_content_information_source)

        dimensions = Dimensions.from_dict(d.pop("dimensions"))

        quantity = d.pop("quantity")

        if _reader is not None and quantity.__class__ is not int:
            raise DeviationError("quantity")

        weight = Weight.from_dict(d.pop("weight"))

        _items = d.pop("items", UNSET)
        items = (
            UNSET
            if _items is UNSET
            else [ItemInput.from_dict(_item) for _item in _items]
        )

        if cls is BoxInput:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.content_information_source = content_information_source
            _built.dimensions = dimensions
            _built.quantity = quantity
            _built.weight = weight
            _built.items = items
            _built._parse_notes = None
            box_input = _built
        else:  # a subclass: its own __init__ runs
            box_input = cls(
                content_information_source=content_information_source,
                dimensions=dimensions,
                quantity=quantity,
                weight=weight,
                items=items,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        box_input.additional_properties = d or {}
        return box_input

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
