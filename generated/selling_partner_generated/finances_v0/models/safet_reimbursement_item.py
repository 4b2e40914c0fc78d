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


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ChargeComponent
    from ..models.charge_component import ChargeComponent

    _lazy_pending = False


T = TypeVar("T", bound="SAFETReimbursementItem")


@_attrs_define
class SAFETReimbursementItem:
    """
    Attributes:
        item_charge_list (list[ChargeComponent] | Unset):
        product_description (str | Unset):
        quantity (str | Unset):
    """

    item_charge_list: list[ChargeComponent] | Unset = UNSET
    product_description: str | Unset = UNSET
    quantity: str | Unset = UNSET
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
        item_charge_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.item_charge_list, Unset):
            item_charge_list = []
            for (
                componentsschemas_charge_component_list_item_data
            ) in self.item_charge_list:
                componentsschemas_charge_component_list_item = (
                    componentsschemas_charge_component_list_item_data.to_dict()
                )
                item_charge_list.append(componentsschemas_charge_component_list_item)

        product_description = self.product_description

        quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_charge_list is not UNSET:
            field_dict["itemChargeList"] = item_charge_list
        if product_description is not UNSET:
            field_dict["productDescription"] = product_description
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.charge_component import ChargeComponent

        return (
            (
                (
                    "itemChargeList",
                    "item_charge_list",
                    False,
                    ("list", ("model", ChargeComponent)),
                ),
                ("productDescription", "product_description", False, ("str",)),
                ("quantity", "quantity", False, ("str",)),
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
        _item_charge_list = d.pop("itemChargeList", UNSET)
        item_charge_list = (
            UNSET
            if _item_charge_list is UNSET
            else [ChargeComponent.from_dict(_item) for _item in _item_charge_list]
        )

        product_description = d.pop("productDescription", UNSET)

        if (
            _reader is not None
            and product_description.__class__ is not str
            and product_description is not UNSET
        ):
            raise DeviationError("productDescription")

        quantity = d.pop("quantity", UNSET)

        if (
            _reader is not None
            and quantity.__class__ is not str
            and quantity is not UNSET
        ):
            raise DeviationError("quantity")

        if cls is SAFETReimbursementItem:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.item_charge_list = item_charge_list
            _built.product_description = product_description
            _built.quantity = quantity
            _built._parse_notes = None
            safet_reimbursement_item = _built
        else:  # a subclass: its own __init__ runs
            safet_reimbursement_item = cls(
                item_charge_list=item_charge_list,
                product_description=product_description,
                quantity=quantity,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        safet_reimbursement_item.additional_properties = d or {}
        return safet_reimbursement_item

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
