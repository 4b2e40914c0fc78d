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
    from ..models.money import Money
    from ..models.product_identifier import ProductIdentifier


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Money, ProductIdentifier
    from ..models.money import Money
    from ..models.product_identifier import ProductIdentifier

    _lazy_pending = False


T = TypeVar("T", bound="OrderProduct")


@_attrs_define
class OrderProduct:
    """
    Attributes:
        product_identifier (ProductIdentifier):
        per_unit_declared_value (Money | Unset):
    """

    product_identifier: ProductIdentifier
    per_unit_declared_value: Money | Unset = UNSET
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
        product_identifier = self.product_identifier.to_dict()

        per_unit_declared_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.per_unit_declared_value, Unset):
            per_unit_declared_value = self.per_unit_declared_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "productIdentifier": product_identifier,
            }
        )
        if per_unit_declared_value is not UNSET:
            field_dict["perUnitDeclaredValue"] = per_unit_declared_value

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.money import Money
        from ..models.product_identifier import ProductIdentifier

        return (
            (
                (
                    "productIdentifier",
                    "product_identifier",
                    True,
                    ("model", ProductIdentifier),
                ),
                (
                    "perUnitDeclaredValue",
                    "per_unit_declared_value",
                    False,
                    ("model", Money),
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
        product_identifier = ProductIdentifier.from_dict(d.pop("productIdentifier"))

        _per_unit_declared_value = d.pop("perUnitDeclaredValue", UNSET)
        per_unit_declared_value = (
            UNSET
            if _per_unit_declared_value is UNSET
            else Money.from_dict(_per_unit_declared_value)
        )

        if cls is OrderProduct:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.product_identifier = product_identifier
            _built.per_unit_declared_value = per_unit_declared_value
            _built._parse_notes = None
            order_product = _built
        else:  # a subclass: its own __init__ runs
            order_product = cls(
                product_identifier=product_identifier,
                per_unit_declared_value=per_unit_declared_value,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        order_product.additional_properties = d or {}
        return order_product

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
