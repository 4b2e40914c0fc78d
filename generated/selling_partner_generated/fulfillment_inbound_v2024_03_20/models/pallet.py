from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stackability import Stackability
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
    from ..models.weight import Weight


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Dimensions, Weight
    from ..models.dimensions import Dimensions
    from ..models.weight import Weight

    _lazy_pending = False


T = TypeVar("T", bound="Pallet")


@_attrs_define
class Pallet:
    """
    Attributes:
        package_id (str):
        dimensions (Dimensions | Unset):
        quantity (int | Unset):
        stackability (Stackability | Unset):
        weight (Weight | Unset):
    """

    package_id: str
    dimensions: Dimensions | Unset = UNSET
    quantity: int | Unset = UNSET
    stackability: Stackability | Unset = UNSET
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
        package_id = self.package_id

        dimensions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dimensions, Unset):
            dimensions = self.dimensions.to_dict()

        quantity = self.quantity

        stackability: str | Unset = UNSET
        if not isinstance(self.stackability, Unset):
            stackability = self.stackability.value

        weight: dict[str, Any] | Unset = UNSET
        if not isinstance(self.weight, Unset):
            weight = self.weight.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "packageId": package_id,
            }
        )
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if stackability is not UNSET:
            field_dict["stackability"] = stackability
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.dimensions import Dimensions
        from ..models.weight import Weight

        return (
            (
                ("packageId", "package_id", True, ("str",)),
                ("dimensions", "dimensions", False, ("model", Dimensions)),
                ("quantity", "quantity", False, ("int",)),
                ("stackability", "stackability", False, ("enum", Stackability)),
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
        package_id = d.pop("packageId")

        if _reader is not None and package_id.__class__ is not str:
            raise DeviationError("packageId")

        _dimensions = d.pop("dimensions", UNSET)
        dimensions = (
            UNSET if _dimensions is UNSET else Dimensions.from_dict(_dimensions)
        )

        quantity = d.pop("quantity", UNSET)

        if (
            _reader is not None
            and quantity.__class__ is not int
            and quantity is not UNSET
        ):
            raise DeviationError("quantity")

        _stackability = d.pop("stackability", UNSET)
        stackability = (
            UNSET
            if _stackability is UNSET
            else (
                Stackability._value2member_map_.get(_stackability)
                if _stackability.__class__ is str
                else None
            )
            or Stackability(_stackability)
        )

        _weight = d.pop("weight", UNSET)
        weight = UNSET if _weight is UNSET else Weight.from_dict(_weight)

        if cls is Pallet:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.package_id = package_id
            _built.dimensions = dimensions
            _built.quantity = quantity
            _built.stackability = stackability
            _built.weight = weight
            _built._parse_notes = None
            pallet = _built
        else:  # a subclass: its own __init__ runs
            pallet = cls(
                package_id=package_id,
                dimensions=dimensions,
                quantity=quantity,
                stackability=stackability,
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
