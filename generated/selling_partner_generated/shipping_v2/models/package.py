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
    from ..models.charge_component import ChargeComponent
    from ..models.currency import Currency
    from ..models.dimensions import Dimensions
    from ..models.item import Item
    from ..models.weight import Weight


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ChargeComponent, Currency, Dimensions, Item, Weight
    from ..models.charge_component import ChargeComponent
    from ..models.currency import Currency
    from ..models.dimensions import Dimensions
    from ..models.item import Item
    from ..models.weight import Weight

    _lazy_pending = False


T = TypeVar("T", bound="Package")


@_attrs_define
class Package:
    """
    Attributes:
        dimensions (Dimensions):
        insured_value (Currency):
        items (list[Item]):
        package_client_reference_id (str):
        weight (Weight):
        charges (list[ChargeComponent] | Unset):
        is_hazmat (bool | Unset):
        seller_display_name (str | Unset):
    """

    dimensions: Dimensions
    insured_value: Currency
    items: list[Item]
    package_client_reference_id: str
    weight: Weight
    charges: list[ChargeComponent] | Unset = UNSET
    is_hazmat: bool | Unset = UNSET
    seller_display_name: str | Unset = UNSET
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
        dimensions = self.dimensions.to_dict()

        insured_value = self.insured_value.to_dict()

        items = []
        for componentsschemas_item_list_item_data in self.items:
            componentsschemas_item_list_item = (
                componentsschemas_item_list_item_data.to_dict()
            )
            items.append(componentsschemas_item_list_item)

        package_client_reference_id = self.package_client_reference_id

        weight = self.weight.to_dict()

        charges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.charges, Unset):
            charges = []
            for componentsschemas_charge_list_item_data in self.charges:
                componentsschemas_charge_list_item = (
                    componentsschemas_charge_list_item_data.to_dict()
                )
                charges.append(componentsschemas_charge_list_item)

        is_hazmat = self.is_hazmat

        seller_display_name = self.seller_display_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dimensions": dimensions,
                "insuredValue": insured_value,
                "items": items,
                "packageClientReferenceId": package_client_reference_id,
                "weight": weight,
            }
        )
        if charges is not UNSET:
            field_dict["charges"] = charges
        if is_hazmat is not UNSET:
            field_dict["isHazmat"] = is_hazmat
        if seller_display_name is not UNSET:
            field_dict["sellerDisplayName"] = seller_display_name

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.charge_component import ChargeComponent
        from ..models.currency import Currency
        from ..models.dimensions import Dimensions
        from ..models.item import Item
        from ..models.weight import Weight

        return (
            (
                ("dimensions", "dimensions", True, ("model", Dimensions)),
                ("insuredValue", "insured_value", True, ("model", Currency)),
                ("items", "items", True, ("list", ("model", Item))),
                (
                    "packageClientReferenceId",
                    "package_client_reference_id",
                    True,
                    ("str",),
                ),
                ("weight", "weight", True, ("model", Weight)),
                ("charges", "charges", False, ("list", ("model", ChargeComponent))),
                ("isHazmat", "is_hazmat", False, ("bool",)),
                ("sellerDisplayName", "seller_display_name", False, ("str",)),
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
        dimensions = Dimensions.from_dict(d.pop("dimensions"))

        insured_value = Currency.from_dict(d.pop("insuredValue"))

        _items = d.pop("items")
        items = [Item.from_dict(_item) for _item in _items]

        package_client_reference_id = d.pop("packageClientReferenceId")

        if _reader is not None and package_client_reference_id.__class__ is not str:
            raise DeviationError("packageClientReferenceId")

        weight = Weight.from_dict(d.pop("weight"))

        _charges = d.pop("charges", UNSET)
        charges = (
            UNSET
            if _charges is UNSET
            else [ChargeComponent.from_dict(_item) for _item in _charges]
        )

        is_hazmat = d.pop("isHazmat", UNSET)

        if (
            _reader is not None
            and is_hazmat.__class__ is not bool
            and is_hazmat is not UNSET
        ):
            raise DeviationError("isHazmat")

        seller_display_name = d.pop("sellerDisplayName", UNSET)

        if (
            _reader is not None
            and seller_display_name.__class__ is not str
            and seller_display_name is not UNSET
        ):
            raise DeviationError("sellerDisplayName")

        if cls is Package:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.dimensions = dimensions
            _built.insured_value = insured_value
            _built.items = items
            _built.package_client_reference_id = package_client_reference_id
            _built.weight = weight
            _built.charges = charges
            _built.is_hazmat = is_hazmat
            _built.seller_display_name = seller_display_name
            _built._parse_notes = None
            package = _built
        else:  # a subclass: its own __init__ runs
            package = cls(
                dimensions=dimensions,
                insured_value=insured_value,
                items=items,
                package_client_reference_id=package_client_reference_id,
                weight=weight,
                charges=charges,
                is_hazmat=is_hazmat,
                seller_display_name=seller_display_name,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        package.additional_properties = d or {}
        return package

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
