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
    from ..models.carton_reference_details import CartonReferenceDetails
    from ..models.container_identification import ContainerIdentification
    from ..models.container_item import ContainerItem
    from ..models.dimensions import Dimensions
    from ..models.weight import Weight


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        CartonReferenceDetails, \
        ContainerIdentification, \
        ContainerItem, \
        Dimensions, \
        Weight
    from ..models.carton_reference_details import CartonReferenceDetails
    from ..models.container_identification import ContainerIdentification
    from ..models.container_item import ContainerItem
    from ..models.dimensions import Dimensions
    from ..models.weight import Weight

    _lazy_pending = False


T = TypeVar("T", bound="Pallet")


@_attrs_define
class Pallet:
    """
    Attributes:
        pallet_identifiers (list[ContainerIdentification]):
        block (int | Unset):
        carton_reference_details (CartonReferenceDetails | Unset):
        dimensions (Dimensions | Unset):
        items (list[ContainerItem] | Unset):
        tier (int | Unset):
        weight (Weight | Unset):
    """

    pallet_identifiers: list[ContainerIdentification]
    block: int | Unset = UNSET
    carton_reference_details: CartonReferenceDetails | Unset = UNSET
    dimensions: Dimensions | Unset = UNSET
    items: list[ContainerItem] | Unset = UNSET
    tier: int | Unset = UNSET
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
        pallet_identifiers = []
        for pallet_identifiers_item_data in self.pallet_identifiers:
            pallet_identifiers_item = pallet_identifiers_item_data.to_dict()
            pallet_identifiers.append(pallet_identifiers_item)

        block = self.block

        carton_reference_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.carton_reference_details, Unset):
            carton_reference_details = self.carton_reference_details.to_dict()

        dimensions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dimensions, Unset):
            dimensions = self.dimensions.to_dict()

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        tier = self.tier

        weight: dict[str, Any] | Unset = UNSET
        if not isinstance(self.weight, Unset):
            weight = self.weight.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "palletIdentifiers": pallet_identifiers,
            }
        )
        if block is not UNSET:
            field_dict["block"] = block
        if carton_reference_details is not UNSET:
            field_dict["cartonReferenceDetails"] = carton_reference_details
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if items is not UNSET:
            field_dict["items"] = items
        if tier is not UNSET:
            field_dict["tier"] = tier
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.carton_reference_details import CartonReferenceDetails
        from ..models.container_identification import ContainerIdentification
        from ..models.container_item import ContainerItem
        from ..models.dimensions import Dimensions
        from ..models.weight import Weight

        return (
            (
                (
                    "palletIdentifiers",
                    "pallet_identifiers",
                    True,
                    ("list", ("model", ContainerIdentification)),
                ),
                ("block", "block", False, ("int",)),
                (
                    "cartonReferenceDetails",
                    "carton_reference_details",
                    False,
                    ("model", CartonReferenceDetails),
                ),
                ("dimensions", "dimensions", False, ("model", Dimensions)),
                ("items", "items", False, ("list", ("model", ContainerItem))),
                ("tier", "tier", False, ("int",)),
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
        _pallet_identifiers = d.pop("palletIdentifiers")
        pallet_identifiers = [
            ContainerIdentification.from_dict(_item) for _item in _pallet_identifiers
        ]

        block = d.pop("block", UNSET)

        if _reader is not None and block.__class__ is not int and block is not UNSET:
            raise DeviationError("block")

        _carton_reference_details = d.pop("cartonReferenceDetails", UNSET)
        carton_reference_details = (
            UNSET
            if _carton_reference_details is UNSET
            else CartonReferenceDetails.from_dict(_carton_reference_details)
        )

        _dimensions = d.pop("dimensions", UNSET)
        dimensions = (
            UNSET if _dimensions is UNSET else Dimensions.from_dict(_dimensions)
        )

        _items = d.pop("items", UNSET)
        items = (
            UNSET
            if _items is UNSET
            else [ContainerItem.from_dict(_item) for _item in _items]
        )

        tier = d.pop("tier", UNSET)

        if _reader is not None and tier.__class__ is not int and tier is not UNSET:
            raise DeviationError("tier")

        _weight = d.pop("weight", UNSET)
        weight = UNSET if _weight is UNSET else Weight.from_dict(_weight)

        if cls is Pallet:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.pallet_identifiers = pallet_identifiers
            _built.block = block
            _built.carton_reference_details = carton_reference_details
            _built.dimensions = dimensions
            _built.items = items
            _built.tier = tier
            _built.weight = weight
            _built._parse_notes = None
            pallet = _built
        else:  # a subclass: its own __init__ runs
            pallet = cls(
                pallet_identifiers=pallet_identifiers,
                block=block,
                carton_reference_details=carton_reference_details,
                dimensions=dimensions,
                items=items,
                tier=tier,
                weight=weight,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        pallet.additional_properties = d or {}
        return pallet

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
