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
    from ..models.prep_instruction import PrepInstruction


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, PrepInstruction
    from ..models.prep_instruction import PrepInstruction

    _lazy_pending = False


T = TypeVar("T", bound="Item")


@_attrs_define
class Item:
    """
    Attributes:
        asin (str):
        fnsku (str):
        label_owner (str):
        msku (str):
        prep_instructions (list[PrepInstruction]):
        quantity (int):
        expiration (str | Unset):
        manufacturing_lot_code (str | Unset):
    """

    asin: str
    fnsku: str
    label_owner: str
    msku: str
    prep_instructions: list[PrepInstruction]
    quantity: int
    expiration: str | Unset = UNSET
    manufacturing_lot_code: str | Unset = UNSET
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

        fnsku = self.fnsku

        label_owner = self.label_owner

        msku = self.msku

        prep_instructions = []
        for prep_instructions_item_data in self.prep_instructions:
            prep_instructions_item = prep_instructions_item_data.to_dict()
            prep_instructions.append(prep_instructions_item)

        quantity = self.quantity

        expiration = self.expiration

        manufacturing_lot_code = self.manufacturing_lot_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asin": asin,
                "fnsku": fnsku,
                "labelOwner": label_owner,
                "msku": msku,
                "prepInstructions": prep_instructions,
                "quantity": quantity,
            }
        )
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if manufacturing_lot_code is not UNSET:
            field_dict["manufacturingLotCode"] = manufacturing_lot_code

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.prep_instruction import PrepInstruction

        return (
            (
                ("asin", "asin", True, ("str",)),
                ("fnsku", "fnsku", True, ("str",)),
                ("labelOwner", "label_owner", True, ("str",)),
                ("msku", "msku", True, ("str",)),
                (
                    "prepInstructions",
                    "prep_instructions",
                    True,
                    ("list", ("model", PrepInstruction)),
                ),
                ("quantity", "quantity", True, ("int",)),
                ("expiration", "expiration", False, ("str",)),
                ("manufacturingLotCode", "manufacturing_lot_code", False, ("str",)),
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
        asin = d.pop("asin")

        if _reader is not None and asin.__class__ is not str:
            raise DeviationError("asin")

        fnsku = d.pop("fnsku")

        if _reader is not None and fnsku.__class__ is not str:
            raise DeviationError("fnsku")

        label_owner = d.pop("labelOwner")

        if _reader is not None and label_owner.__class__ is not str:
            raise DeviationError("labelOwner")

        msku = d.pop("msku")

        if _reader is not None and msku.__class__ is not str:
            raise DeviationError("msku")

        _prep_instructions = d.pop("prepInstructions")
        prep_instructions = [
            PrepInstruction.from_dict(_item) for _item in _prep_instructions
        ]

        quantity = d.pop("quantity")

        if _reader is not None and quantity.__class__ is not int:
            raise DeviationError("quantity")

        expiration = d.pop("expiration", UNSET)

        if (
            _reader is not None
            and expiration.__class__ is not str
            and expiration is not UNSET
        ):
            raise DeviationError("expiration")

        manufacturing_lot_code = d.pop("manufacturingLotCode", UNSET)

        if (
            _reader is not None
            and manufacturing_lot_code.__class__ is not str
            and manufacturing_lot_code is not UNSET
        ):
            raise DeviationError("manufacturingLotCode")

        if cls is Item:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.asin = asin
            _built.fnsku = fnsku
            _built.label_owner = label_owner
            _built.msku = msku
            _built.prep_instructions = prep_instructions
            _built.quantity = quantity
            _built.expiration = expiration
            _built.manufacturing_lot_code = manufacturing_lot_code
            _built._parse_notes = None
            item = _built
        else:  # a subclass: its own __init__ runs
            item = cls(
                asin=asin,
                fnsku=fnsku,
                label_owner=label_owner,
                msku=msku,
                prep_instructions=prep_instructions,
                quantity=quantity,
                expiration=expiration,
                manufacturing_lot_code=manufacturing_lot_code,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        item.additional_properties = d or {}
        return item

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
