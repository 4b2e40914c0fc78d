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
    from ..models.container_identification import ContainerIdentification
    from ..models.container_item import ContainerItem
    from ..models.dimensions import Dimensions
    from ..models.weight import Weight


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ContainerIdentification, ContainerItem, Dimensions, Weight
    from ..models.container_identification import ContainerIdentification
    from ..models.container_item import ContainerItem
    from ..models.dimensions import Dimensions
    from ..models.weight import Weight

    _lazy_pending = False


T = TypeVar("T", bound="Carton")


@_attrs_define
class Carton:
    """
    Attributes:
        carton_sequence_number (str):
        items (list[ContainerItem]):
        carton_identifiers (list[ContainerIdentification] | Unset):
        dimensions (Dimensions | Unset):
        tracking_number (str | Unset):
        weight (Weight | Unset):
    """

    carton_sequence_number: str
    items: list[ContainerItem]
    carton_identifiers: list[ContainerIdentification] | Unset = UNSET
    dimensions: Dimensions | Unset = UNSET
    tracking_number: str | Unset = UNSET
    weight: Weight | Unset = UNSET
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
        carton_sequence_number = self.carton_sequence_number

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        carton_identifiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.carton_identifiers, Unset):
            carton_identifiers = []
            for carton_identifiers_item_data in self.carton_identifiers:
                carton_identifiers_item = carton_identifiers_item_data.to_dict()
                carton_identifiers.append(carton_identifiers_item)

        dimensions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dimensions, Unset):
            dimensions = self.dimensions.to_dict()

        tracking_number = self.tracking_number

        weight: dict[str, Any] | Unset = UNSET
        if not isinstance(self.weight, Unset):
            weight = self.weight.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cartonSequenceNumber": carton_sequence_number,
                "items": items,
            }
        )
        if carton_identifiers is not UNSET:
            field_dict["cartonIdentifiers"] = carton_identifiers
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if tracking_number is not UNSET:
            field_dict["trackingNumber"] = tracking_number
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.container_identification import ContainerIdentification
        from ..models.container_item import ContainerItem
        from ..models.dimensions import Dimensions
        from ..models.weight import Weight

        return (
            (
                ("cartonSequenceNumber", "carton_sequence_number", True, ("str",)),
                ("items", "items", True, ("list", ("model", ContainerItem))),
                (
                    "cartonIdentifiers",
                    "carton_identifiers",
                    False,
                    ("list", ("model", ContainerIdentification)),
                ),
                ("dimensions", "dimensions", False, ("model", Dimensions)),
                ("trackingNumber", "tracking_number", False, ("str",)),
                ("weight", "weight", False, ("model", Weight)),
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
        carton_sequence_number = d.pop("cartonSequenceNumber")

        if _reader is not None and carton_sequence_number.__class__ is not str:
            raise DeviationError("cartonSequenceNumber")

        _items = d.pop("items")
        items = [ContainerItem.from_dict(_item) for _item in _items]

        _carton_identifiers = d.pop("cartonIdentifiers", UNSET)
        carton_identifiers = (
            UNSET
            if _carton_identifiers is UNSET
            else [
                ContainerIdentification.from_dict(_item)
                for _item in _carton_identifiers
            ]
        )

        _dimensions = d.pop("dimensions", UNSET)
        dimensions = (
            UNSET if _dimensions is UNSET else Dimensions.from_dict(_dimensions)
        )

        tracking_number = d.pop("trackingNumber", UNSET)

        if (
            _reader is not None
            and tracking_number.__class__ is not str
            and tracking_number is not UNSET
        ):
            raise DeviationError("trackingNumber")

        _weight = d.pop("weight", UNSET)
        weight = UNSET if _weight is UNSET else Weight.from_dict(_weight)

        if cls is Carton:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.carton_sequence_number = carton_sequence_number
            _built.items = items
            _built.carton_identifiers = carton_identifiers
            _built.dimensions = dimensions
            _built.tracking_number = tracking_number
            _built.weight = weight
            _built._parse_notes = None
            carton = _built
        else:  # a subclass: its own __init__ runs
            carton = cls(
                carton_sequence_number=carton_sequence_number,
                items=items,
                carton_identifiers=carton_identifiers,
                dimensions=dimensions,
                tracking_number=tracking_number,
                weight=weight,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        carton.additional_properties = d or {}
        return carton

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
