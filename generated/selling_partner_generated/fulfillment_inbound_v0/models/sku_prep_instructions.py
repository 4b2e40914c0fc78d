from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.barcode_instruction import BarcodeInstruction
from ..models.prep_guidance import PrepGuidance
from ..models.prep_instruction import PrepInstruction
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
    from ..models.amazon_prep_fees_details import AmazonPrepFeesDetails


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, AmazonPrepFeesDetails
    from ..models.amazon_prep_fees_details import AmazonPrepFeesDetails

    _lazy_pending = False


T = TypeVar("T", bound="SKUPrepInstructions")


@_attrs_define
class SKUPrepInstructions:
    """
    Attributes:
        asin (str | Unset):
        amazon_prep_fees_details_list (list[AmazonPrepFeesDetails] | Unset):
        barcode_instruction (BarcodeInstruction | Unset):
        prep_guidance (PrepGuidance | Unset):
        prep_instruction_list (list[PrepInstruction] | Unset):
        seller_sku (str | Unset):
    """

    asin: str | Unset = UNSET
    amazon_prep_fees_details_list: list[AmazonPrepFeesDetails] | Unset = UNSET
    barcode_instruction: BarcodeInstruction | Unset = UNSET
    prep_guidance: PrepGuidance | Unset = UNSET
    prep_instruction_list: list[PrepInstruction] | Unset = UNSET
    seller_sku: str | Unset = UNSET
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
        asin = self.asin

        amazon_prep_fees_details_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.amazon_prep_fees_details_list, Unset):
            amazon_prep_fees_details_list = []
            for (
                componentsschemas_amazon_prep_fees_details_list_item_data
            ) in self.amazon_prep_fees_details_list:
                componentsschemas_amazon_prep_fees_details_list_item = (
                    componentsschemas_amazon_prep_fees_details_list_item_data.to_dict()
                )
                amazon_prep_fees_details_list.append(
                    componentsschemas_amazon_prep_fees_details_list_item
                )

        barcode_instruction: str | Unset = UNSET
        if not isinstance(self.barcode_instruction, Unset):
            barcode_instruction = self.barcode_instruction.value

        prep_guidance: str | Unset = UNSET
        if not isinstance(self.prep_guidance, Unset):
            prep_guidance = self.prep_guidance.value

        prep_instruction_list: list[str] | Unset = UNSET
        if not isinstance(self.prep_instruction_list, Unset):
            prep_instruction_list = []
            for (
                componentsschemas_prep_instruction_list_item_data
            ) in self.prep_instruction_list:
                componentsschemas_prep_instruction_list_item = (
                    componentsschemas_prep_instruction_list_item_data.value
                )
                prep_instruction_list.append(
                    componentsschemas_prep_instruction_list_item
                )

        seller_sku = self.seller_sku

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asin is not UNSET:
            field_dict["ASIN"] = asin
        if amazon_prep_fees_details_list is not UNSET:
            field_dict["AmazonPrepFeesDetailsList"] = amazon_prep_fees_details_list
        if barcode_instruction is not UNSET:
            field_dict["BarcodeInstruction"] = barcode_instruction
        if prep_guidance is not UNSET:
            field_dict["PrepGuidance"] = prep_guidance
        if prep_instruction_list is not UNSET:
            field_dict["PrepInstructionList"] = prep_instruction_list
        if seller_sku is not UNSET:
            field_dict["SellerSKU"] = seller_sku

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.amazon_prep_fees_details import AmazonPrepFeesDetails

        return (
            (
                ("ASIN", "asin", False, ("str",)),
                (
                    "AmazonPrepFeesDetailsList",
                    "amazon_prep_fees_details_list",
                    False,
                    ("list", ("model", AmazonPrepFeesDetails)),
                ),
                (
                    "BarcodeInstruction",
                    "barcode_instruction",
                    False,
                    ("enum", BarcodeInstruction),
                ),
                ("PrepGuidance", "prep_guidance", False, ("enum", PrepGuidance)),
                (
                    "PrepInstructionList",
                    "prep_instruction_list",
                    False,
                    ("list", ("enum", PrepInstruction)),
                ),
                ("SellerSKU", "seller_sku", False, ("str",)),
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
        asin = d.pop("ASIN", UNSET)

        if _reader is not None and asin.__class__ is not str and asin is not UNSET:
            raise DeviationError("ASIN")

        _amazon_prep_fees_details_list = d.pop("AmazonPrepFeesDetailsList", UNSET)
        amazon_prep_fees_details_list = (
            UNSET
            if _amazon_prep_fees_details_list is UNSET
            else [
                AmazonPrepFeesDetails.from_dict(_item)
                for _item in _amazon_prep_fees_details_list
            ]
        )

        _barcode_instruction = d.pop("BarcodeInstruction", UNSET)
        barcode_instruction = (
            UNSET
            if _barcode_instruction is UNSET
            else (
                BarcodeInstruction._value2member_map_.get(_barcode_instruction)
                if _barcode_instruction.__class__ is str
                else None
            )
            or BarcodeInstruction(_barcode_instruction)
        )

        _prep_guidance = d.pop("PrepGuidance", UNSET)
        prep_guidance = (
            UNSET
            if _prep_guidance is UNSET
            else (
                PrepGuidance._value2member_map_.get(_prep_guidance)
                if _prep_guidance.__class__ is str
                else None
            )
            or PrepGuidance(_prep_guidance)
        )

        _prep_instruction_list = d.pop("PrepInstructionList", UNSET)
        prep_instruction_list = (
            UNSET
            if _prep_instruction_list is UNSET
            else [
                (
                    PrepInstruction._value2member_map_.get(_item)
                    if _item.__class__ is str
                    else None
                )
                or PrepInstruction(_item)
                for _item in _prep_instruction_list
            ]
        )

        seller_sku = d.pop("SellerSKU", UNSET)

        if (
            _reader is not None
            and seller_sku.__class__ is not str
            and seller_sku is not UNSET
        ):
            raise DeviationError("SellerSKU")

        if cls is SKUPrepInstructions:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.asin = asin
            _built.amazon_prep_fees_details_list = amazon_prep_fees_details_list
            _built.barcode_instruction = barcode_instruction
            _built.prep_guidance = prep_guidance
            _built.prep_instruction_list = prep_instruction_list
            _built.seller_sku = seller_sku
            _built._parse_notes = None
            sku_prep_instructions = _built
        else:  # a subclass: its own __init__ runs
            sku_prep_instructions = cls(
                asin=asin,
                amazon_prep_fees_details_list=amazon_prep_fees_details_list,
                barcode_instruction=barcode_instruction,
                prep_guidance=prep_guidance,
                prep_instruction_list=prep_instruction_list,
                seller_sku=seller_sku,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        sku_prep_instructions.additional_properties = d or {}
        return sku_prep_instructions

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
