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
    from ..models.product_type import ProductType


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ProductType
    from ..models.product_type import ProductType

    _lazy_pending = False


T = TypeVar("T", bound="ProductTypeList")


@_attrs_define
class ProductTypeList:
    """
    Attributes:
        product_type_version (str):
        product_types (list[ProductType]):
    """

    product_type_version: str
    product_types: list[ProductType]
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
        product_type_version = self.product_type_version

        product_types = []
        for product_types_item_data in self.product_types:
            product_types_item = product_types_item_data.to_dict()
            product_types.append(product_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "productTypeVersion": product_type_version,
                "productTypes": product_types,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.product_type import ProductType

        return (
            (
                ("productTypeVersion", "product_type_version", True, ("str",)),
                (
                    "productTypes",
                    "product_types",
                    True,
                    ("list", ("model", ProductType)),
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
        product_type_version = d.pop("productTypeVersion")

        if _reader is not None and product_type_version.__class__ is not str:
            raise DeviationError("productTypeVersion")

        _product_types = d.pop("productTypes")
        product_types = [ProductType.from_dict(_item) for _item in _product_types]

        if cls is ProductTypeList:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.product_type_version = product_type_version
            _built.product_types = product_types
            _built._parse_notes = None
            product_type_list = _built
        else:  # a subclass: its own __init__ runs
            product_type_list = cls(
                product_type_version=product_type_version,
                product_types=product_types,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        product_type_list.additional_properties = d or {}
        return product_type_list

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
