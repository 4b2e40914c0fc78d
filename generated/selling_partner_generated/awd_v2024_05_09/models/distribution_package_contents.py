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
    from ..models.distribution_package_quantity import DistributionPackageQuantity
    from ..models.product_quantity import ProductQuantity


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, DistributionPackageQuantity, ProductQuantity
    from ..models.distribution_package_quantity import DistributionPackageQuantity
    from ..models.product_quantity import ProductQuantity

    _lazy_pending = False


T = TypeVar("T", bound="DistributionPackageContents")


@_attrs_define
class DistributionPackageContents:
    """
    Attributes:
        packages (list[DistributionPackageQuantity] | Unset):
        products (list[ProductQuantity] | Unset):
    """

    packages: list[DistributionPackageQuantity] | Unset = UNSET
    products: list[ProductQuantity] | Unset = UNSET
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
        packages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.packages, Unset):
            packages = []
            for packages_item_data in self.packages:
                packages_item = packages_item_data.to_dict()
                packages.append(packages_item)

        products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = []
            for products_item_data in self.products:
                products_item = products_item_data.to_dict()
                products.append(products_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if packages is not UNSET:
            field_dict["packages"] = packages
        if products is not UNSET:
            field_dict["products"] = products

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.distribution_package_quantity import DistributionPackageQuantity
        from ..models.product_quantity import ProductQuantity

        return (
            (
                (
                    "packages",
                    "packages",
                    False,
                    ("list", ("model", DistributionPackageQuantity)),
                ),
                ("products", "products", False, ("list", ("model", ProductQuantity))),
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
        _packages = d.pop("packages", UNSET)
        packages = (
            UNSET
            if _packages is UNSET
            else [DistributionPackageQuantity.from_dict(_item) for _item in _packages]
        )

        _products = d.pop("products", UNSET)
        products = (
            UNSET
            if _products is UNSET
            else [ProductQuantity.from_dict(_item) for _item in _products]
        )

        if cls is DistributionPackageContents:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.packages = packages
            _built.products = products
            _built._parse_notes = None
            distribution_package_contents = _built
        else:  # a subclass: its own __init__ runs
            distribution_package_contents = cls(
                packages=packages,
                products=products,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        distribution_package_contents.additional_properties = d or {}
        return distribution_package_contents

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
