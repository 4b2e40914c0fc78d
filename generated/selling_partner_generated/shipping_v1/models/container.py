from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.container_container_type import ContainerContainerType
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
    from ..models.container_item import ContainerItem
    from ..models.currency import Currency
    from ..models.dimensions import Dimensions
    from ..models.weight import Weight


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ContainerItem, Currency, Dimensions, Weight
    from ..models.container_item import ContainerItem
    from ..models.currency import Currency
    from ..models.dimensions import Dimensions
    from ..models.weight import Weight

    _lazy_pending = False


T = TypeVar("T", bound="Container")


@_attrs_define
class Container:
    """
    Attributes:
        container_reference_id (str):
        dimensions (Dimensions):
        items (list[ContainerItem]):
        value (Currency):
        weight (Weight):
        container_type (ContainerContainerType | Unset):
    """

    container_reference_id: str
    dimensions: Dimensions
    items: list[ContainerItem]
    value: Currency
    weight: Weight
    container_type: ContainerContainerType | Unset = UNSET
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

        dimensions = self.dimensions.to_dict()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        value = self.value.to_dict()

        weight = self.weight.to_dict()

        container_type: str | Unset = UNSET
        if not isinstance(self.container_type, Unset):
            container_type = self.container_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "containerReferenceId": container_reference_id,
                "dimensions": dimensions,
                "items": items,
                "value": value,
                "weight": weight,
            }
        )
        if container_type is not UNSET:
            field_dict["containerType"] = container_type

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.container_item import ContainerItem
        from ..models.currency import Currency
        from ..models.dimensions import Dimensions
        from ..models.weight import Weight

        return (
            (
                ("containerReferenceId", "container_reference_id", True, ("str",)),
                ("dimensions", "dimensions", True, ("model", Dimensions)),
                ("items", "items", True, ("list", ("model", ContainerItem))),
                ("value", "value", True, ("model", Currency)),
                ("weight", "weight", True, ("model", Weight)),
                (
                    "containerType",
                    "container_type",
                    False,
                    ("enum", ContainerContainerType),
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
        container_reference_id = d.pop("containerReferenceId")

        if _reader is not None and container_reference_id.__class__ is not str:
            raise DeviationError("containerReferenceId")

        dimensions = Dimensions.from_dict(d.pop("dimensions"))

        _items = d.pop("items")
        items = [ContainerItem.from_dict(_item) for _item in _items]

        value = Currency.from_dict(d.pop("value"))

        weight = Weight.from_dict(d.pop("weight"))

        _container_type = d.pop("containerType", UNSET)
        container_type = (
            UNSET
            if _container_type is UNSET
            else (
                ContainerContainerType._value2member_map_.get(_container_type)
                if _container_type.__class__ is str
                else None
            )
            or ContainerContainerType(_container_type)
        )

        if cls is Container:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.container_reference_id = container_reference_id
            _built.dimensions = dimensions
            _built.items = items
            _built.value = value
            _built.weight = weight
            _built.container_type = container_type
            _built._parse_notes = None
            container = _built
        else:  # a subclass: its own __init__ runs
            container = cls(
                container_reference_id=container_reference_id,
                dimensions=dimensions,
                items=items,
                value=value,
                weight=weight,
                container_type=container_type,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        container.additional_properties = d or {}
        return container

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
