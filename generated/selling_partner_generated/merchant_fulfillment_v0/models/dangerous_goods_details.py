from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dangerous_goods_details_packing_group import (
    DangerousGoodsDetailsPackingGroup,
)
from ..models.dangerous_goods_details_packing_instruction import (
    DangerousGoodsDetailsPackingInstruction,
)
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

T = TypeVar("T", bound="DangerousGoodsDetails")


@_attrs_define
class DangerousGoodsDetails:
    """
    Attributes:
        packing_group (DangerousGoodsDetailsPackingGroup | Unset):
        packing_instruction (DangerousGoodsDetailsPackingInstruction | Unset):
        transportation_regulatory_class (str | Unset):
        united_nations_regulatory_id (str | Unset):
    """

    packing_group: DangerousGoodsDetailsPackingGroup | Unset = UNSET
    packing_instruction: DangerousGoodsDetailsPackingInstruction | Unset = UNSET
    transportation_regulatory_class: str | Unset = UNSET
    united_nations_regulatory_id: str | Unset = UNSET
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
        packing_group: str | Unset = UNSET
        if not isinstance(self.packing_group, Unset):
            packing_group = self.packing_group.value

        packing_instruction: str | Unset = UNSET
        if not isinstance(self.packing_instruction, Unset):
            packing_instruction = self.packing_instruction.value

        transportation_regulatory_class = self.transportation_regulatory_class

        united_nations_regulatory_id = self.united_nations_regulatory_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if packing_group is not UNSET:
            field_dict["PackingGroup"] = packing_group
        if packing_instruction is not UNSET:
            field_dict["PackingInstruction"] = packing_instruction
        if transportation_regulatory_class is not UNSET:
            field_dict["TransportationRegulatoryClass"] = (
                transportation_regulatory_class
            )
        if united_nations_regulatory_id is not UNSET:
            field_dict["UnitedNationsRegulatoryId"] = united_nations_regulatory_id

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                (
                    "PackingGroup",
                    "packing_group",
                    False,
                    ("enum", DangerousGoodsDetailsPackingGroup),
                ),
                (
                    "PackingInstruction",
                    "packing_instruction",
                    False,
                    ("enum", DangerousGoodsDetailsPackingInstruction),
                ),
                (
                    "TransportationRegulatoryClass",
                    "transportation_regulatory_class",
                    False,
                    ("str",),
                ),
                (
                    "UnitedNationsRegulatoryId",
                    "united_nations_regulatory_id",
                    False,
                    ("str",),
                ),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        _packing_group = d.pop("PackingGroup", UNSET)
        packing_group = (
            UNSET
            if _packing_group is UNSET
            else (
                DangerousGoodsDetailsPackingGroup._value2member_map_.get(_packing_group)
                if _packing_group.__class__ is str
                else None
            )
            or DangerousGoodsDetailsPackingGroup(_packing_group)
        )

        _packing_instruction = d.pop("PackingInstruction", UNSET)
        packing_instruction = (
            UNSET
            if _packing_instruction is UNSET
            else (
                DangerousGoodsDetailsPackingInstruction._value2member_map_.get(
                    _packing_instruction
                )
                if _packing_instruction.__class__ is str
                else None
            )
            or DangerousGoodsDetailsPackingInstruction(_packing_instruction)
        )

        transportation_regulatory_class = d.pop("TransportationRegulatoryClass", UNSET)

        if (
            _reader is not None
            and transportation_regulatory_class.__class__ is not str
            and transportation_regulatory_class is not UNSET
        ):
            raise DeviationError("TransportationRegulatoryClass")

        united_nations_regulatory_id = d.pop("UnitedNationsRegulatoryId", UNSET)

        if (
            _reader is not None
            and united_nations_regulatory_id.__class__ is not str
            and united_nations_regulatory_id is not UNSET
        ):
            raise DeviationError("UnitedNationsRegulatoryId")

        if cls is DangerousGoodsDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.packing_group = packing_group
            _built.packing_instruction = packing_instruction
            _built.transportation_regulatory_class = transportation_regulatory_class
            _built.united_nations_regulatory_id = united_nations_regulatory_id
            _built._parse_notes = None
            dangerous_goods_details = _built
        else:  # a subclass: its own __init__ runs
            dangerous_goods_details = cls(
                packing_group=packing_group,
                packing_instruction=packing_instruction,
                transportation_regulatory_class=transportation_regulatory_class,
                united_nations_regulatory_id=united_nations_regulatory_id,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        dangerous_goods_details.additional_properties = d or {}
        return dangerous_goods_details

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
