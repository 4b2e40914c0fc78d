from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.allowance_details_type import AllowanceDetailsType
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
    from ..models.money import Money
    from ..models.tax_details import TaxDetails


T = TypeVar("T", bound="AllowanceDetails")


@_attrs_define
class AllowanceDetails:
    """
    Attributes:
        allowance_amount (Money):
        type_ (AllowanceDetailsType):
        description (str | Unset):
        tax_details (list[TaxDetails] | Unset):
    """

    allowance_amount: Money
    type_: AllowanceDetailsType
    description: str | Unset = UNSET
    tax_details: list[TaxDetails] | Unset = UNSET
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
        allowance_amount = self.allowance_amount.to_dict()

        type_ = self.type_.value

        description = self.description

        tax_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_details, Unset):
            tax_details = []
            for tax_details_item_data in self.tax_details:
                tax_details_item = tax_details_item_data.to_dict()
                tax_details.append(tax_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowanceAmount": allowance_amount,
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if tax_details is not UNSET:
            field_dict["taxDetails"] = tax_details

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.money import Money
        from ..models.tax_details import TaxDetails

        return (
            (
                ("allowanceAmount", "allowance_amount", True, ("model", Money)),
                ("type", "type_", True, ("enum", AllowanceDetailsType)),
                ("description", "description", False, ("str",)),
                ("taxDetails", "tax_details", False, ("list", ("model", TaxDetails))),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        from ..models.money import Money
        from ..models.tax_details import TaxDetails

        d = dict(src_dict)
        allowance_amount = Money.from_dict(d.pop("allowanceAmount"))

        type_ = AllowanceDetailsType(d.pop("type"))

        description = d.pop("description", UNSET)
        if (
            _reader is not None
            and description.__class__ is not str
            and description is not UNSET
        ):
            raise DeviationError("description")

        _tax_details = d.pop("taxDetails", UNSET)
        tax_details: list[TaxDetails] | Unset = UNSET
        if _tax_details is not UNSET:
            tax_details = []
            for tax_details_item_data in _tax_details:
                tax_details_item = TaxDetails.from_dict(tax_details_item_data)

                tax_details.append(tax_details_item)

        allowance_details = cls(
            allowance_amount=allowance_amount,
            type_=type_,
            description=description,
            tax_details=tax_details,
        )

        allowance_details.additional_properties = d
        return allowance_details

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
