from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_eligibility_preview_ineligibility_reason_list_item import (
    ItemEligibilityPreviewIneligibilityReasonListItem,
)
from ..models.item_eligibility_preview_program import ItemEligibilityPreviewProgram
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

T = TypeVar("T", bound="ItemEligibilityPreview")


@_attrs_define
class ItemEligibilityPreview:
    """
    Attributes:
        asin (str):
        is_eligible_for_program (bool):
        program (ItemEligibilityPreviewProgram):
        ineligibility_reason_list (list[ItemEligibilityPreviewIneligibilityReasonListItem] | Unset):
        marketplace_id (str | Unset):
    """

    asin: str
    is_eligible_for_program: bool
    program: ItemEligibilityPreviewProgram
    ineligibility_reason_list: (
        list[ItemEligibilityPreviewIneligibilityReasonListItem] | Unset
    ) = UNSET
    marketplace_id: str | Unset = UNSET
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
        asin = self.asin

        is_eligible_for_program = self.is_eligible_for_program

        program = self.program.value

        ineligibility_reason_list: list[str] | Unset = UNSET
        if not isinstance(self.ineligibility_reason_list, Unset):
            ineligibility_reason_list = []
            for ineligibility_reason_list_item_data in self.ineligibility_reason_list:
                ineligibility_reason_list_item = (
                    ineligibility_reason_list_item_data.value
                )
                ineligibility_reason_list.append(ineligibility_reason_list_item)

        marketplace_id = self.marketplace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asin": asin,
                "isEligibleForProgram": is_eligible_for_program,
                "program": program,
            }
        )
        if ineligibility_reason_list is not UNSET:
            field_dict["ineligibilityReasonList"] = ineligibility_reason_list
        if marketplace_id is not UNSET:
            field_dict["marketplaceId"] = marketplace_id

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("asin", "asin", True, ("str",)),
                ("isEligibleForProgram", "is_eligible_for_program", True, ("bool",)),
                ("program", "program", True, ("enum", ItemEligibilityPreviewProgram)),
                (
                    "ineligibilityReasonList",
                    "ineligibility_reason_list",
                    False,
                    (
                        "list",
                        ("enum", ItemEligibilityPreviewIneligibilityReasonListItem),
                    ),
                ),
                ("marketplaceId", "marketplace_id", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        asin = d.pop("asin")

        if _reader is not None and asin.__class__ is not str:
            raise DeviationError("asin")

        is_eligible_for_program = d.pop("isEligibleForProgram")

        if _reader is not None and is_eligible_for_program.__class__ is not bool:
            raise DeviationError("isEligibleForProgram")

        _program = d.pop("program")
        program = (
            ItemEligibilityPreviewProgram._value2member_map_.get(_program)
            if _program.__class__ is str
            else None
        ) or ItemEligibilityPreviewProgram(_program)

        _ineligibility_reason_list = d.pop("ineligibilityReasonList", UNSET)
        ineligibility_reason_list = (
            UNSET
            if _ineligibility_reason_list is UNSET
            else [
                (
                    ItemEligibilityPreviewIneligibilityReasonListItem._value2member_map_.get(
                        _item
                    )
                    if _item.__class__ is str
                    else None
                )
                or ItemEligibilityPreviewIneligibilityReasonListItem(_item)
                for _item in _ineligibility_reason_list
            ]
        )

        marketplace_id = d.pop("marketplaceId", UNSET)

        if (
            _reader is not None
            and marketplace_id.__class__ is not str
            and marketplace_id is not UNSET
        ):
            raise DeviationError("marketplaceId")

        if cls is ItemEligibilityPreview:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.asin = asin
            _built.is_eligible_for_program = is_eligible_for_program
            _built.program = program
            _built.ineligibility_reason_list = ineligibility_reason_list
            _built.marketplace_id = marketplace_id
            _built._parse_notes = None
            item_eligibility_preview = _built
        else:  # a subclass: its own __init__ runs
            item_eligibility_preview = cls(
                asin=asin,
                is_eligible_for_program=is_eligible_for_program,
                program=program,
                ineligibility_reason_list=ineligibility_reason_list,
                marketplace_id=marketplace_id,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        item_eligibility_preview.additional_properties = d or {}
        return item_eligibility_preview

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
