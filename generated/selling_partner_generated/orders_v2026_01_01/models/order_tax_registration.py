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
    from ..models.customer_address import CustomerAddress
    from ..models.tax_registration_attribute import TaxRegistrationAttribute


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, CustomerAddress, TaxRegistrationAttribute
    from ..models.customer_address import CustomerAddress
    from ..models.tax_registration_attribute import TaxRegistrationAttribute

    _lazy_pending = False


T = TypeVar("T", bound="OrderTaxRegistration")


@_attrs_define
class OrderTaxRegistration:
    """
    Attributes:
        entity_type (str | Unset):
        legal_name (str | Unset):
        tax_registration_address (CustomerAddress | Unset):
        tax_registration_attributes (list[TaxRegistrationAttribute] | Unset):
        tax_registration_number (str | Unset):
        tax_registration_type (str | Unset):
    """

    entity_type: str | Unset = UNSET
    legal_name: str | Unset = UNSET
    tax_registration_address: CustomerAddress | Unset = UNSET
    tax_registration_attributes: list[TaxRegistrationAttribute] | Unset = UNSET
    tax_registration_number: str | Unset = UNSET
    tax_registration_type: str | Unset = UNSET
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
        entity_type = self.entity_type

        legal_name = self.legal_name

        tax_registration_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_registration_address, Unset):
            tax_registration_address = self.tax_registration_address.to_dict()

        tax_registration_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_registration_attributes, Unset):
            tax_registration_attributes = []
            for (
                tax_registration_attributes_item_data
            ) in self.tax_registration_attributes:
                tax_registration_attributes_item = (
                    tax_registration_attributes_item_data.to_dict()
                )
                tax_registration_attributes.append(tax_registration_attributes_item)

        tax_registration_number = self.tax_registration_number

        tax_registration_type = self.tax_registration_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entity_type is not UNSET:
            field_dict["entityType"] = entity_type
        if legal_name is not UNSET:
            field_dict["legalName"] = legal_name
        if tax_registration_address is not UNSET:
            field_dict["taxRegistrationAddress"] = tax_registration_address
        if tax_registration_attributes is not UNSET:
            field_dict["taxRegistrationAttributes"] = tax_registration_attributes
        if tax_registration_number is not UNSET:
            field_dict["taxRegistrationNumber"] = tax_registration_number
        if tax_registration_type is not UNSET:
            field_dict["taxRegistrationType"] = tax_registration_type

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.customer_address import CustomerAddress
        from ..models.tax_registration_attribute import TaxRegistrationAttribute

        return (
            (
                ("entityType", "entity_type", False, ("str",)),
                ("legalName", "legal_name", False, ("str",)),
                (
                    "taxRegistrationAddress",
                    "tax_registration_address",
                    False,
                    ("model", CustomerAddress),
                ),
                (
                    "taxRegistrationAttributes",
                    "tax_registration_attributes",
                    False,
                    ("list", ("model", TaxRegistrationAttribute)),
                ),
                ("taxRegistrationNumber", "tax_registration_number", False, ("str",)),
                ("taxRegistrationType", "tax_registration_type", False, ("str",)),
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
        entity_type = d.pop("entityType", UNSET)

        if (
            _reader is not None
            and entity_type.__class__ is not str
            and entity_type is not UNSET
        ):
            raise DeviationError("entityType")

        legal_name = d.pop("legalName", UNSET)

        if (
            _reader is not None
            and legal_name.__class__ is not str
            and legal_name is not UNSET
        ):
            raise DeviationError("legalName")

        _tax_registration_address = d.pop("taxRegistrationAddress", UNSET)
        tax_registration_address = (
            UNSET
            if _tax_registration_address is UNSET
            else CustomerAddress.from_dict(_tax_registration_address)
        )

        _tax_registration_attributes = d.pop("taxRegistrationAttributes", UNSET)
        tax_registration_attributes = (
            UNSET
            if _tax_registration_attributes is UNSET
            else [
                TaxRegistrationAttribute.from_dict(_item)
                for _item in _tax_registration_attributes
            ]
        )

        tax_registration_number = d.pop("taxRegistrationNumber", UNSET)

        if (
            _reader is not None
            and tax_registration_number.__class__ is not str
            and tax_registration_number is not UNSET
        ):
            raise DeviationError("taxRegistrationNumber")

        tax_registration_type = d.pop("taxRegistrationType", UNSET)

        if (
            _reader is not None
            and tax_registration_type.__class__ is not str
            and tax_registration_type is not UNSET
        ):
            raise DeviationError("taxRegistrationType")

        if cls is OrderTaxRegistration:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.entity_type = entity_type
            _built.legal_name = legal_name
            _built.tax_registration_address = tax_registration_address
            _built.tax_registration_attributes = tax_registration_attributes
            _built.tax_registration_number = tax_registration_number
            _built.tax_registration_type = tax_registration_type
            _built._parse_notes = None
            order_tax_registration = _built
        else:  # a subclass: its own __init__ runs
            order_tax_registration = cls(
                entity_type=entity_type,
                legal_name=legal_name,
                tax_registration_address=tax_registration_address,
                tax_registration_attributes=tax_registration_attributes,
                tax_registration_number=tax_registration_number,
                tax_registration_type=tax_registration_type,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        order_tax_registration.additional_properties = d or {}
        return order_tax_registration

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
