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
    from ..models.amount import Amount
    from ..models.product_identifier import ProductIdentifier
    from ..models.unit_identifiers import UnitIdentifiers


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Amount, ProductIdentifier, UnitIdentifiers
    from ..models.amount import Amount
    from ..models.product_identifier import ProductIdentifier
    from ..models.unit_identifiers import UnitIdentifiers

    _lazy_pending = False


T = TypeVar("T", bound="ShipmentItem")


@_attrs_define
class ShipmentItem:
    """
    Attributes:
        amount (Amount):
        line_item_id (str):
        product_identifier (ProductIdentifier):
        package_id (str | Unset):
        shipment_item_id (str | Unset):
        unit_identifiers (UnitIdentifiers | Unset):
    """

    amount: Amount
    line_item_id: str
    product_identifier: ProductIdentifier
    package_id: str | Unset = UNSET
    shipment_item_id: str | Unset = UNSET
    unit_identifiers: UnitIdentifiers | Unset = UNSET
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
        amount = self.amount.to_dict()

        line_item_id = self.line_item_id

        product_identifier = self.product_identifier.to_dict()

        package_id = self.package_id

        shipment_item_id = self.shipment_item_id

        unit_identifiers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_identifiers, Unset):
            unit_identifiers = self.unit_identifiers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "lineItemId": line_item_id,
                "productIdentifier": product_identifier,
            }
        )
        if package_id is not UNSET:
            field_dict["packageId"] = package_id
        if shipment_item_id is not UNSET:
            field_dict["shipmentItemId"] = shipment_item_id
        if unit_identifiers is not UNSET:
            field_dict["unitIdentifiers"] = unit_identifiers

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.amount import Amount
        from ..models.product_identifier import ProductIdentifier
        from ..models.unit_identifiers import UnitIdentifiers

        return (
            (
                ("amount", "amount", True, ("model", Amount)),
                ("lineItemId", "line_item_id", True, ("str",)),
                (
                    "productIdentifier",
                    "product_identifier",
                    True,
                    ("model", ProductIdentifier),
                ),
                ("packageId", "package_id", False, ("str",)),
                ("shipmentItemId", "shipment_item_id", False, ("str",)),
                (
                    "unitIdentifiers",
                    "unit_identifiers",
                    False,
                    ("model", UnitIdentifiers),
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
        amount = Amount.from_dict(d.pop("amount"))

        line_item_id = d.pop("lineItemId")

        if _reader is not None and line_item_id.__class__ is not str:
            raise DeviationError("lineItemId")

        product_identifier = ProductIdentifier.from_dict(d.pop("productIdentifier"))

        package_id = d.pop("packageId", UNSET)

        if (
            _reader is not None
            and package_id.__class__ is not str
            and package_id is not UNSET
        ):
            raise DeviationError("packageId")

        shipment_item_id = d.pop("shipmentItemId", UNSET)

        if (
            _reader is not None
            and shipment_item_id.__class__ is not str
            and shipment_item_id is not UNSET
        ):
            raise DeviationError("shipmentItemId")

        _unit_identifiers = d.pop("unitIdentifiers", UNSET)
        unit_identifiers = (
            UNSET
            if _unit_identifiers is UNSET
            else UnitIdentifiers.from_dict(_unit_identifiers)
        )

        if cls is ShipmentItem:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.amount = amount
            _built.line_item_id = line_item_id
            _built.product_identifier = product_identifier
            _built.package_id = package_id
            _built.shipment_item_id = shipment_item_id
            _built.unit_identifiers = unit_identifiers
            _built._parse_notes = None
            shipment_item = _built
        else:  # a subclass: its own __init__ runs
            shipment_item = cls(
                amount=amount,
                line_item_id=line_item_id,
                product_identifier=product_identifier,
                package_id=package_id,
                shipment_item_id=shipment_item_id,
                unit_identifiers=unit_identifiers,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        shipment_item.additional_properties = d or {}
        return shipment_item

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
