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
    from ..models.asin_prep_instructions import ASINPrepInstructions
    from ..models.invalid_asin import InvalidASIN
    from ..models.invalid_sku import InvalidSKU
    from ..models.sku_prep_instructions import SKUPrepInstructions


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        ASINPrepInstructions, \
        InvalidASIN, \
        InvalidSKU, \
        SKUPrepInstructions
    from ..models.asin_prep_instructions import ASINPrepInstructions
    from ..models.invalid_asin import InvalidASIN
    from ..models.invalid_sku import InvalidSKU
    from ..models.sku_prep_instructions import SKUPrepInstructions

    _lazy_pending = False


T = TypeVar("T", bound="GetPrepInstructionsResult")


@_attrs_define
class GetPrepInstructionsResult:
    """
    Attributes:
        asin_prep_instructions_list (list[ASINPrepInstructions] | Unset):
        invalid_asin_list (list[InvalidASIN] | Unset):
        invalid_sku_list (list[InvalidSKU] | Unset):
        sku_prep_instructions_list (list[SKUPrepInstructions] | Unset):
    """

    asin_prep_instructions_list: list[ASINPrepInstructions] | Unset = UNSET
    invalid_asin_list: list[InvalidASIN] | Unset = UNSET
    invalid_sku_list: list[InvalidSKU] | Unset = UNSET
    sku_prep_instructions_list: list[SKUPrepInstructions] | Unset = UNSET
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
        asin_prep_instructions_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.asin_prep_instructions_list, Unset):
            asin_prep_instructions_list = []
            for (
                componentsschemas_asin_prep_instructions_list_item_data
            ) in self.asin_prep_instructions_list:
                componentsschemas_asin_prep_instructions_list_item = (
                    componentsschemas_asin_prep_instructions_list_item_data.to_dict()
                )
                asin_prep_instructions_list.append(
                    componentsschemas_asin_prep_instructions_list_item
                )

        invalid_asin_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invalid_asin_list, Unset):
            invalid_asin_list = []
            for componentsschemas_invalid_asin_list_item_data in self.invalid_asin_list:
                componentsschemas_invalid_asin_list_item = (
                    componentsschemas_invalid_asin_list_item_data.to_dict()
                )
                invalid_asin_list.append(componentsschemas_invalid_asin_list_item)

        invalid_sku_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invalid_sku_list, Unset):
            invalid_sku_list = []
            for componentsschemas_invalid_sku_list_item_data in self.invalid_sku_list:
                componentsschemas_invalid_sku_list_item = (
                    componentsschemas_invalid_sku_list_item_data.to_dict()
                )
                invalid_sku_list.append(componentsschemas_invalid_sku_list_item)

        sku_prep_instructions_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sku_prep_instructions_list, Unset):
            sku_prep_instructions_list = []
            for (
                componentsschemas_sku_prep_instructions_list_item_data
            ) in self.sku_prep_instructions_list:
                componentsschemas_sku_prep_instructions_list_item = (
                    componentsschemas_sku_prep_instructions_list_item_data.to_dict()
                )
                sku_prep_instructions_list.append(
                    componentsschemas_sku_prep_instructions_list_item
                )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asin_prep_instructions_list is not UNSET:
            field_dict["ASINPrepInstructionsList"] = asin_prep_instructions_list
        if invalid_asin_list is not UNSET:
            field_dict["InvalidASINList"] = invalid_asin_list
        if invalid_sku_list is not UNSET:
            field_dict["InvalidSKUList"] = invalid_sku_list
        if sku_prep_instructions_list is not UNSET:
            field_dict["SKUPrepInstructionsList"] = sku_prep_instructions_list

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.asin_prep_instructions import ASINPrepInstructions
        from ..models.invalid_asin import InvalidASIN
        from ..models.invalid_sku import InvalidSKU
        from ..models.sku_prep_instructions import SKUPrepInstructions

        return (
            (
                (
                    "ASINPrepInstructionsList",
                    "asin_prep_instructions_list",
                    False,
                    ("list", ("model", ASINPrepInstructions)),
                ),
                (
                    "InvalidASINList",
                    "invalid_asin_list",
                    False,
                    ("list", ("model", InvalidASIN)),
                ),
                (
                    "InvalidSKUList",
                    "invalid_sku_list",
                    False,
                    ("list", ("model", InvalidSKU)),
                ),
                (
                    "SKUPrepInstructionsList",
                    "sku_prep_instructions_list",
                    False,
                    ("list", ("model", SKUPrepInstructions)),
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
        _asin_prep_instructions_list = d.pop("ASINPrepInstructionsList", UNSET)
        asin_prep_instructions_list = (
            UNSET
            if _asin_prep_instructions_list is UNSET
            else [
                ASINPrepInstructions.from_dict(_item)
                for _item in _asin_prep_instructions_list
            ]
        )

        _invalid_asin_list = d.pop("InvalidASINList", UNSET)
        invalid_asin_list = (
            UNSET
            if _invalid_asin_list is UNSET
            else [InvalidASIN.from_dict(_item) for _item in _invalid_asin_list]
        )

        _invalid_sku_list = d.pop("InvalidSKUList", UNSET)
        invalid_sku_list = (
            UNSET
            if _invalid_sku_list is UNSET
            else [InvalidSKU.from_dict(_item) for _item in _invalid_sku_list]
        )

        _sku_prep_instructions_list = d.pop("SKUPrepInstructionsList", UNSET)
        sku_prep_instructions_list = (
            UNSET
            if _sku_prep_instructions_list is UNSET
            else [
                SKUPrepInstructions.from_dict(_item)
                for _item in _sku_prep_instructions_list
            ]
        )

        if cls is GetPrepInstructionsResult:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.asin_prep_instructions_list = asin_prep_instructions_list
            _built.invalid_asin_list = invalid_asin_list
            _built.invalid_sku_list = invalid_sku_list
            _built.sku_prep_instructions_list = sku_prep_instructions_list
            _built._parse_notes = None
            get_prep_instructions_result = _built
        else:  # a subclass: its own __init__ runs
            get_prep_instructions_result = cls(
                asin_prep_instructions_list=asin_prep_instructions_list,
                invalid_asin_list=invalid_asin_list,
                invalid_sku_list=invalid_sku_list,
                sku_prep_instructions_list=sku_prep_instructions_list,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        get_prep_instructions_result.additional_properties = d or {}
        return get_prep_instructions_result

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
