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
    from ..models.additional_inputs import AdditionalInputs
    from ..models.item_level_fields import ItemLevelFields


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, AdditionalInputs, ItemLevelFields
    from ..models.additional_inputs import AdditionalInputs
    from ..models.item_level_fields import ItemLevelFields

    _lazy_pending = False


T = TypeVar("T", bound="GetAdditionalSellerInputsResult")


@_attrs_define
class GetAdditionalSellerInputsResult:
    """
    Attributes:
        item_level_fields_list (list[ItemLevelFields] | Unset):
        shipment_level_fields (list[AdditionalInputs] | Unset):
    """

    item_level_fields_list: list[ItemLevelFields] | Unset = UNSET
    shipment_level_fields: list[AdditionalInputs] | Unset = UNSET
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
        item_level_fields_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.item_level_fields_list, Unset):
            item_level_fields_list = []
            for (
                componentsschemas_item_level_fields_list_item_data
            ) in self.item_level_fields_list:
                componentsschemas_item_level_fields_list_item = (
                    componentsschemas_item_level_fields_list_item_data.to_dict()
                )
                item_level_fields_list.append(
                    componentsschemas_item_level_fields_list_item
                )

        shipment_level_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shipment_level_fields, Unset):
            shipment_level_fields = []
            for (
                componentsschemas_additional_inputs_list_item_data
            ) in self.shipment_level_fields:
                componentsschemas_additional_inputs_list_item = (
                    componentsschemas_additional_inputs_list_item_data.to_dict()
                )
                shipment_level_fields.append(
                    componentsschemas_additional_inputs_list_item
                )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_level_fields_list is not UNSET:
            field_dict["ItemLevelFieldsList"] = item_level_fields_list
        if shipment_level_fields is not UNSET:
            field_dict["ShipmentLevelFields"] = shipment_level_fields

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.additional_inputs import AdditionalInputs
        from ..models.item_level_fields import ItemLevelFields

        return (
            (
                (
                    "ItemLevelFieldsList",
                    "item_level_fields_list",
                    False,
                    ("list", ("model", ItemLevelFields)),
                ),
                (
                    "ShipmentLevelFields",
                    "shipment_level_fields",
                    False,
                    ("list", ("model", AdditionalInputs)),
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
        _item_level_fields_list = d.pop("ItemLevelFieldsList", UNSET)
        item_level_fields_list = (
            UNSET
            if _item_level_fields_list is UNSET
            else [ItemLevelFields.from_dict(_item) for _item in _item_level_fields_list]
        )

        _shipment_level_fields = d.pop("ShipmentLevelFields", UNSET)
        shipment_level_fields = (
            UNSET
            if _shipment_level_fields is UNSET
            else [AdditionalInputs.from_dict(_item) for _item in _shipment_level_fields]
        )

        if cls is GetAdditionalSellerInputsResult:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.item_level_fields_list = item_level_fields_list
            _built.shipment_level_fields = shipment_level_fields
            _built._parse_notes = None
            get_additional_seller_inputs_result = _built
        else:  # a subclass: its own __init__ runs
            get_additional_seller_inputs_result = cls(
                item_level_fields_list=item_level_fields_list,
                shipment_level_fields=shipment_level_fields,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        get_additional_seller_inputs_result.additional_properties = d or {}
        return get_additional_seller_inputs_result

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
