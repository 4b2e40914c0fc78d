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
    from ..models.marketplace_attributes import MarketplaceAttributes


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, MarketplaceAttributes
    from ..models.marketplace_attributes import MarketplaceAttributes

    _lazy_pending = False


T = TypeVar("T", bound="InventoryRequestParams")


@_attrs_define
class InventoryRequestParams:
    """
    Attributes:
        client_sequence_number (int | Unset):
        marketplace_attributes (MarketplaceAttributes | Unset):
        quantity (int | Unset):
    """

    client_sequence_number: int | Unset = UNSET
    marketplace_attributes: MarketplaceAttributes | Unset = UNSET
    quantity: int | Unset = UNSET
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
        client_sequence_number = self.client_sequence_number

        marketplace_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.marketplace_attributes, Unset):
            marketplace_attributes = self.marketplace_attributes.to_dict()

        quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_sequence_number is not UNSET:
            field_dict["clientSequenceNumber"] = client_sequence_number
        if marketplace_attributes is not UNSET:
            field_dict["marketplaceAttributes"] = marketplace_attributes
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.marketplace_attributes import MarketplaceAttributes

        return (
            (
                ("clientSequenceNumber", "client_sequence_number", False, ("int",)),
                (
                    "marketplaceAttributes",
                    "marketplace_attributes",
                    False,
                    ("model", MarketplaceAttributes),
                ),
                ("quantity", "quantity", False, ("int",)),
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
        client_sequence_number = d.pop("clientSequenceNumber", UNSET)

        if (
            _reader is not None
            and client_sequence_number.__class__ is not int
            and client_sequence_number is not UNSET
        ):
            raise DeviationError("clientSequenceNumber")

        _marketplace_attributes = d.pop("marketplaceAttributes", UNSET)
        marketplace_attributes = (
            UNSET
            if _marketplace_attributes is UNSET
            else MarketplaceAttributes.from_dict(_marketplace_attributes)
        )

        quantity = d.pop("quantity", UNSET)

        if (
            _reader is not None
            and quantity.__class__ is not int
            and quantity is not UNSET
        ):
            raise DeviationError("quantity")

        if cls is InventoryRequestParams:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.client_sequence_number = client_sequence_number
            _built.marketplace_attributes = marketplace_attributes
            _built.quantity = quantity
            _built._parse_notes = None
            inventory_request_params = _built
        else:  # a subclass: its own __init__ runs
            inventory_request_params = cls(
                client_sequence_number=client_sequence_number,
                marketplace_attributes=marketplace_attributes,
                quantity=quantity,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        inventory_request_params.additional_properties = d or {}
        return inventory_request_params

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
